package io.github.cnbudget.bench;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The baseline: plain Java records that Jackson databind reads and writes directly, shaped like the
 * JSON format's tables (the bulk of every document) with {@code BigDecimal} amounts. They skip what
 * the library does on top — model invariants, enums, codes, optional performance sections — so
 * the ratio against them is an upper bound of our overhead.
 */
final class Records {
  private Records() {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Doc(int formatVersion, Dept department, int year, String stage, Precision precision, List<Table> tables) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Dept(String name, String code, List<Unit> units) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Unit(String name, String role, String code) {}

  record Precision(String unit, int scale) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Table(String kind, String number, String title, String issuer, String amountUnit, String emptyStatement,
      Integer line, List<Column> columns, List<Row> rows) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Column(String key, String concept, List<String> header, String parent, Boolean partOf, String side,
      String number) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Row(String kind, String code, String scheme, String label, String concept, String unit, String side,
      String number, Integer line, Map<String, Cell> cells) {}

  /** A cell: a plain decimal string, or an object when it was printed otherwise. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Cell(BigDecimal value, String printed, String mark, Boolean repaired) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Cell ofText(String value) {
      return new Cell(new BigDecimal(value), null, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static Cell of(@com.fasterxml.jackson.annotation.JsonProperty("value") BigDecimal value,
        @com.fasterxml.jackson.annotation.JsonProperty("printed") String printed,
        @com.fasterxml.jackson.annotation.JsonProperty("mark") String mark,
        @com.fasterxml.jackson.annotation.JsonProperty("repaired") Boolean repaired) {
      return new Cell(value, printed, mark, repaired);
    }

    @JsonValue
    Object json() {
      if (printed == null && mark == null && repaired == null && value != null) {
        return value.toPlainString();
      }
      java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
      if (value != null) {
        m.put("value", value.toPlainString());
      }
      if (printed != null) {
        m.put("printed", printed);
      }
      if (mark != null) {
        m.put("mark", mark);
      }
      if (repaired != null) {
        m.put("repaired", repaired);
      }
      return m;
    }
  }
}
