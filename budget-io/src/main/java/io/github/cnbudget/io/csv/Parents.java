package io.github.cnbudget.io.csv;

import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.io.SourcePosition;
import io.github.cnbudget.model.BudgetException;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.organisation.BudgetUnit;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.target.Relation;
import io.github.cnbudget.model.target.Target;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where the writer is (写出位置): the one-based indices of the record being written and of its
 * parents, as written, and the facts of its parents that derived columns repeat (taken once per
 * document, table or row rather than once per line item). One per writer, moved along as it
 * writes; the {@link TidyColumn.Writing writings} of the columns read it.
 */
final class Parents {
  // indices, as written; empty where the record has no such parent (a document's notes: no table)
  String document = "";
  String table = "";
  String row = "";
  String framework = "";
  /** The parent of a framework node; empty for a root. */
  String parent = "";
  String owner = "";
  String ownerIndex = "";
  /** A labelled line's index among its owner's; empty for a project's own amounts. */
  String entry = "";
  /** The record's own index, for the files whose index is not also a parent's. */
  String index = "";

  // what line items repeat of their document, table and row
  String department = "";
  String year = "";
  String stage = "";
  String tableTitle = "";
  String rowCode = "";
  String rowLabel = "";
  String rowLine = "";
  String unitName = "";
  String unitCode = "";

  /** How refusals name the object being written: "document 1 table 3". */
  private String where = "";
  private final Map<String, String> unitCodes = new HashMap<>();
  private @Nullable Indicator targetOf;
  private String[] target = {"", "", ""};

  void enterDocument(int d, Disclosure doc) {
    document = Integer.toString(d);
    index = document;
    table = "";
    where = "document " + d;
    department = doc.department().name();
    year = doc.year().toString();
    stage = doc.stage().name();
    unitCodes.clear();
    // units of one name: the last one's code, as the units are listed
    for (BudgetUnit u : doc.department().units()) {
      unitCodes.put(u.name(), u.code().orElse(""));
    }
  }

  void enterTable(int t, DisclosureTable value) {
    table = Integer.toString(t);
    where = "document " + document + " table " + t;
    tableTitle = value.title();
  }

  void enterRow(int r, Row value) {
    row = Integer.toString(r);
    rowCode = value.code().map(c -> c.digits()).orElse("");
    rowLabel = value.label();
    rowLine = Columns.line(value.line());
    unitName = value.unit().orElse("");
    unitCode = unitCodes.getOrDefault(unitName, "");
  }

  /** A document's project, goal, self-evaluation or framework, the object refusals name. */
  void enter(String what, int i) {
    index = Integer.toString(i);
    where = "document " + document + " " + what + " " + i;
  }

  /**
   * An optional text as written: empty when absent.
   *
   * @throws CodecException for a present but empty text, which the empty field cannot tell from an
   *     absent one
   */
  String text(Optional<String> value, String what) {
    if (value.isPresent() && value.get().isEmpty()) {
      throw refusal("an empty " + what + " apart from an absent one");
    }
    return value.orElse("");
  }

  /** What CSV cannot carry, named with the object being written. */
  CodecException refusal(String what) {
    return new CodecException(ReadProblem.Kind.NOT_REPRESENTABLE, SourcePosition.unknown(),
        "CSV cannot carry " + what + " (" + where + "); use JSON for this document");
  }

  /**
   * Part of an indicator's target as parsed (0 relation symbol, 1 number, 2 unit), empty when it
   * cannot be read; parsed once for the three columns that show it.
   */
  String target(Indicator in, int part) {
    if (in != targetOf) {
      targetOf = in;
      target = parts(in);
    }
    return target[part];
  }

  private static String[] parts(Indicator in) {
    Optional<Target> t = Optional.empty();
    try {
      if (in.targetText().isPresent()) {
        t = Optional.of(Target.parse(in.targetText().get()));
      } else if (in.value().isPresent()) {
        t = Optional.of(Target.ofParts(in.nature().orElse(""), in.value().get(), in.measureUnit().orElse("")));
      }
    } catch (BudgetException unreadable) {
      // garbled targets are kept as printed in target_text / value; the derived columns stay empty
      t = Optional.empty();
    }
    return new String[] {t.flatMap(Target::relation).map(Relation::symbol).orElse(""),
        t.flatMap(Target::number).map(BigDecimal::toPlainString).orElse(""), t.flatMap(Target::unit).orElse("")};
  }
}
