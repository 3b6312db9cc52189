package io.github.cnbudget.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The column lists of the tables {@link BudgetSpark} makes, in one place so that the documented
 * schemas, the rows built on executors and the tests agree. Every table derived from documents
 * starts with the document's columns and ends with {@code error}.
 */
final class Schemas {
  private Schemas() {}

  /** Line-item values: 20 integer and 18 fraction digits hold any published amount exactly. */
  static final int VALUE_PRECISION = 38;
  static final int VALUE_SCALE = 18;

  static final StructType IMPORT_PROBLEM = new StructType(new StructField[] {
      field("severity", DataTypes.StringType, false), field("page", DataTypes.IntegerType, true),
      field("line", DataTypes.IntegerType, true), field("box", DataTypes.StringType, true),
      field("what", DataTypes.StringType, false), field("why", DataTypes.StringType, false)});

  static StructType documents() {
    return of(head(), new StructField[] {
        field("json", DataTypes.StringType, true),
        field("import_problems", DataTypes.createArrayType(IMPORT_PROBLEM, false), false),
        error()});
  }

  static StructType findings() {
    return of(head(), new StructField[] {
        field("finding", DataTypes.IntegerType, true), field("rule", DataTypes.StringType, true),
        field("finding_code", DataTypes.StringType, true), field("severity", DataTypes.StringType, true),
        field("pointer", DataTypes.StringType, true), field("table", DataTypes.StringType, true),
        field("table_kind", DataTypes.StringType, true), field("unit", DataTypes.StringType, true),
        field("code", DataTypes.StringType, true), field("column", DataTypes.StringType, true),
        field("expected", DataTypes.StringType, true), field("actual", DataTypes.StringType, true),
        field("difference", DataTypes.StringType, true), field("tolerance", DataTypes.StringType, true),
        field("within_rounding", DataTypes.BooleanType, true), field("rounding_cells", DataTypes.IntegerType, true),
        field("message_zh", DataTypes.StringType, true), field("message_en", DataTypes.StringType, true),
        field("page", DataTypes.IntegerType, true), field("line", DataTypes.IntegerType, true), error()});
  }

  static StructType notChecked() {
    return of(head(), new StructField[] {
        field("item", DataTypes.IntegerType, true), field("rule", DataTypes.StringType, true),
        field("reason", DataTypes.StringType, true), field("check", DataTypes.StringType, true),
        field("subject", DataTypes.StringType, true), field("pointer", DataTypes.StringType, true),
        field("table", DataTypes.StringType, true), field("unit", DataTypes.StringType, true),
        field("code", DataTypes.StringType, true), field("column", DataTypes.StringType, true),
        field("message_zh", DataTypes.StringType, true), field("message_en", DataTypes.StringType, true),
        field("page", DataTypes.IntegerType, true), field("line", DataTypes.IntegerType, true), error()});
  }

  static StructType importProblems() {
    List<StructField> fields = new ArrayList<>(List.of(head()));
    fields.add(field("problem", DataTypes.IntegerType, true));
    for (StructField f : IMPORT_PROBLEM.fields()) {
      // nullable here: a document that could not be read has one row with only its error
      fields.add(field(f.name(), f.dataType(), true));
    }
    fields.add(error());
    return new StructType(fields.toArray(new StructField[0]));
  }

  static StructType lineItems() {
    return of(head(), new StructField[] {
        field("table", DataTypes.IntegerType, true), field("table_kind", DataTypes.StringType, true),
        field("table_title", DataTypes.StringType, true), field("row", DataTypes.IntegerType, true),
        field("unit_code", DataTypes.StringType, true), field("unit_name", DataTypes.StringType, true),
        field("code", DataTypes.StringType, true), field("name", DataTypes.StringType, true),
        field("column", DataTypes.StringType, true),
        field("value", DataTypes.createDecimalType(VALUE_PRECISION, VALUE_SCALE), true),
        field("scale", DataTypes.IntegerType, true), field("printed", DataTypes.StringType, true),
        field("mark", DataTypes.StringType, true), field("repaired", DataTypes.BooleanType, true),
        field("page", DataTypes.IntegerType, true), field("line", DataTypes.IntegerType, true), error()});
  }

  /** The document's columns that start every table: where it came from and whose it is. */
  private static StructField[] head() {
    return new StructField[] {
        field("source", DataTypes.StringType, false), field("document_id", DataTypes.StringType, false),
        field("department", DataTypes.StringType, true), field("year", DataTypes.IntegerType, true),
        field("stage", DataTypes.StringType, true)};
  }

  private static StructField error() {
    return field("error", DataTypes.StringType, true);
  }

  private static StructType of(StructField[] head, StructField[] rest) {
    StructField[] all = new StructField[head.length + rest.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(rest, 0, all, head.length, rest.length);
    return new StructType(all);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }
}
