package io.github.cnbudget.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbudget.cli.internal.BatchSummary;
import io.github.cnbudget.cli.internal.Input;
import io.github.cnbudget.cli.internal.Printable;
import io.github.cnbudget.cli.internal.TextTable;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.compare.AmountChange;
import io.github.cnbudget.rules.compare.DisclosureComparison;
import io.github.cnbudget.rules.compare.StatedChange;
import io.github.cnbudget.rules.compare.TableComparison;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code budget compare OLD NEW}: compares two disclosures of one department (年度对比) — two years'
 * budgets, or a budget and its final account — table by table and code by code, and checks the
 * changes the newer narrative states against the older year. The comparison is
 * {@link DisclosureComparison}'s; this command only prints it.
 *
 * <p>Not thread-safe: picocli fills one instance per execution.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two disclosures of one department (two years, or a budget and its final account): the change of every amount,",
      "the codes that appear or vanish, and the changes the newer narrative states against the older year.",
      "Exit code 0: compared, every stated change checked agrees or could not be checked; 1: a stated change differs",
      "from the older document; 2: an input could not be read, or a usage error."
    })
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin ReadingOptions reading = new ReadingOptions();

  @Parameters(index = "0", paramLabel = "OLD", description = "The older document: a published PDF or text, .json, or a tidy CSV folder.")
  String older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer document.")
  String newer;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, or html (one self-contained page).")
  String format = "text";

  @Option(names = "--all", description = "In text, list unchanged amounts too (JSON always lists every amount).")
  boolean all;

  @Override
  public Integer call() {
    PrintWriter raw = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("text") && !format.equals("json") && !format.equals("html")) {
      err.println("budget compare: unknown --format " + Printable.escape(format) + "; use text, json or html");
      return BatchSummary.UNREADABLE;
    }
    Optional<Disclosure> o = load(older, err);
    Optional<Disclosure> n = o.isPresent() ? load(newer, err) : Optional.empty();
    if (n.isEmpty()) {
      return BatchSummary.UNREADABLE;
    }
    DisclosureComparison c = DisclosureComparison.of(o.get(), n.get());
    if (!c.sameDepartment()) {
      err.println("budget compare: the documents name different departments: " + Printable.escape(o.get().department().name())
          + " and " + Printable.escape(n.get().department().name()));
    }
    if (format.equals("json")) {
      // JSON escapes every control character itself; its own line breaks are the layout
      raw.println(json(c));
    } else if (format.equals("html")) {
      io.github.cnbudget.cli.internal.CompareHtml.write(c, all, raw);
    } else {
      // document text (titles, labels, sentences) escaped: it cannot forge lines of the report
      PrintWriter out = Printable.writer(raw);
      text(c, out);
      out.flush();
    }
    raw.flush();
    return c.differing().isEmpty() ? BatchSummary.OK : BatchSummary.FINDINGS;
  }

  /** The one document of an input, or empty after saying on standard error why there is none. */
  private Optional<Disclosure> load(String argument, PrintWriter err) {
    Input in = Input.of(Path.of(argument));
    try {
      if (in.problem().isPresent()) {
        err.println("budget compare: " + Printable.escape(in.display()) + ": " + Printable.escape(in.problem().get()));
        return Optional.empty();
      }
      Documents.Loaded loaded = Documents.load(in, reading);
      if (loaded.documents().size() != 1) {
        err.println("budget compare: " + Printable.escape(in.display()) + " holds " + loaded.documents().size()
            + " documents; compare takes one document per side");
        return Optional.empty();
      }
      return Optional.of(loaded.documents().get(0));
    } catch (IOException | RuntimeException e) {
      err.println("budget compare: " + Printable.escape(in.display()) + ": " + Printable.escape(String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  private void text(DisclosureComparison c, PrintWriter out) {
    out.println("older: " + Documents.describe(c.older()));
    out.println("newer: " + Documents.describe(c.newer()));
    out.println("Amounts in yuan (元), converted exactly from each table's unit; change = newer − older; percent of the older amount.");
    for (TableComparison t : c.tables()) {
      out.println();
      out.println(t.kind().chinese() + ": " + t.olderTitle().orElse("(none)") + " → " + t.newerTitle().orElse("(none)"));
      long changed = count(t, AmountChange.Status.CHANGED);
      long added = count(t, AmountChange.Status.ADDED);
      long removed = count(t, AmountChange.Status.REMOVED);
      long same = count(t, AmountChange.Status.UNCHANGED);
      out.println("  " + t.amounts().size() + " amounts: " + changed + " changed, " + added + " added, " + removed + " removed, "
          + same + " unchanged");
      TextTable table = new TextTable(List.of("row", "column", "older", "newer", "change", "%"),
          List.of(false, false, true, true, true, true));
      boolean any = false;
      for (AmountChange a : t.amounts()) {
        if (all || a.status() != AmountChange.Status.UNCHANGED) {
          table.add(List.of(a.row(), a.columnLabel(), plain(a.older()), plain(a.newer()),
              a.change().map(CompareCommand::signed).orElse(a.status() == AmountChange.Status.ADDED ? "added" : "removed"),
              a.percent().map(CompareCommand::signed).orElse("")));
          any = true;
        }
      }
      if (any) {
        table.write(out, "  ");
      }
      list(out, "rows only in the newer (新增)", t.addedRows());
      list(out, "rows only in the older (取消)", t.removedRows());
      list(out, "columns only in the newer, not compared", t.addedColumns());
      list(out, "columns only in the older, not compared", t.removedColumns());
    }
    out.println();
    List<StatedChange> stated = c.statedChanges();
    out.println("Changes the newer narrative states against " + c.older().year() + ": " + verdicts(stated, StatedChange.Verdict.AGREES)
        + " agree, " + verdicts(stated, StatedChange.Verdict.DIFFERS) + " differ, " + verdicts(stated, StatedChange.Verdict.NOT_CHECKED)
        + " not checked");
    for (StatedChange s : stated) {
      out.println("  " + s.verdict().name().replace('_', ' ') + (s.where().isEmpty() ? "" : " " + s.where()) + ": " + s.subject() + " "
          + s.amount().printed() + "，" + s.statementText());
      if (s.older().isPresent()) {
        out.println("    older " + s.older().get().toPlainString() + " (" + s.olderSource() + "); computed change "
            + signed(s.computedChange().orElseThrow()) + s.computedPercent().map(p -> " (" + signed(p) + "%)").orElse(""));
      }
      if (s.verdict() != StatedChange.Verdict.AGREES) {
        // the subject alone may be only 2024年预算安排: the sentence says what it is about
        out.println("    “" + s.sentence() + "”");
        out.println("    " + s.explanation());
      }
    }
  }

  private static long count(TableComparison t, AmountChange.Status status) {
    return t.amounts().stream().filter(a -> a.status() == status).count();
  }

  private static long verdicts(List<StatedChange> stated, StatedChange.Verdict v) {
    return stated.stream().filter(s -> s.verdict() == v).count();
  }

  private static void list(PrintWriter out, String what, List<String> items) {
    if (!items.isEmpty()) {
      out.println("  " + what + ": " + String.join("; ", items));
    }
  }

  private static String plain(Optional<BigDecimal> v) {
    return v.map(BigDecimal::toPlainString).orElse("");
  }

  private static String signed(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + v.toPlainString();
  }

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The comparison as one JSON object; amounts are strings of their exact decimal value in yuan. */
  private static String json(DisclosureComparison c) {
    ObjectNode root = JSON.createObjectNode();
    root.set("older", document(c.older()));
    root.set("newer", document(c.newer()));
    root.put("sameDepartment", c.sameDepartment());
    root.put("amountUnit", "元");
    ArrayNode tables = root.putArray("tables");
    for (TableComparison t : c.tables()) {
      ObjectNode tn = tables.addObject();
      tn.put("kind", t.kind().name());
      t.olderTitle().ifPresent(x -> tn.put("olderTitle", x));
      t.newerTitle().ifPresent(x -> tn.put("newerTitle", x));
      ArrayNode amounts = tn.putArray("amounts");
      for (AmountChange a : t.amounts()) {
        ObjectNode an = amounts.addObject();
        an.put("row", a.row());
        an.put("label", a.label());
        a.unit().ifPresent(u -> an.put("unit", u));
        an.put("column", a.column());
        an.put("columnLabel", a.columnLabel());
        an.put("status", a.status().name());
        a.older().ifPresent(v -> an.put("older", v.toPlainString()));
        a.newer().ifPresent(v -> an.put("newer", v.toPlainString()));
        a.change().ifPresent(v -> an.put("change", v.toPlainString()));
        a.percent().ifPresent(v -> an.put("percent", v.toPlainString()));
      }
      strings(tn.putArray("addedRows"), t.addedRows());
      strings(tn.putArray("removedRows"), t.removedRows());
      strings(tn.putArray("addedColumns"), t.addedColumns());
      strings(tn.putArray("removedColumns"), t.removedColumns());
    }
    ArrayNode stated = root.putArray("statedChanges");
    for (StatedChange s : c.statedChanges()) {
      ObjectNode sn = stated.addObject();
      sn.put("verdict", s.verdict().name());
      sn.put("paragraph", s.paragraph());
      if (!s.where().isEmpty()) {
        sn.put("where", s.where());
      }
      sn.put("sentence", s.sentence());
      sn.put("subject", s.subject());
      sn.put("topic", s.topic().name());
      sn.put("amount", s.amount().printed());
      sn.put("statement", s.statementText());
      s.older().ifPresent(v -> sn.put("older", v.toPlainString()));
      if (!s.olderSource().isEmpty()) {
        sn.put("olderSource", s.olderSource());
      }
      s.computedChange().ifPresent(v -> sn.put("computedChange", v.toPlainString()));
      s.computedPercent().ifPresent(v -> sn.put("computedPercent", v.toPlainString()));
      if (!s.explanation().isEmpty()) {
        sn.put("explanation", s.explanation());
      }
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ObjectNode document(Disclosure d) {
    ObjectNode n = JSON.createObjectNode();
    n.put("department", d.department().name());
    n.put("year", d.year().value());
    n.put("stage", d.stage().name());
    return n;
  }

  private static void strings(ArrayNode array, List<String> items) {
    items.forEach(array::add);
  }
}
