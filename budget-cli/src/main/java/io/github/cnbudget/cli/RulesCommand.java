package io.github.cnbudget.cli;

import io.github.cnbudget.cli.internal.Printable;
import io.github.cnbudget.cli.internal.TextTable;
import io.github.cnbudget.rules.Rule;
import io.github.cnbudget.rules.Rules;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code budget rules}: lists the validation rules (校验规则列表): each rule's id, tags, the
 * severities its findings can have, and one line saying what it checks, in Chinese or English. The
 * ids and tags are what {@code validate --rules} takes.
 *
 * <p>Not thread-safe: picocli fills one instance per execution.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "List the validation rules: id, tags, the severities of their findings, and what each checks.",
      "Ids and tags are what validate --rules takes. Exit code 0."
    })
final class RulesCommand implements Callable<Integer> {
  private static final String CATALOG = "rule-catalog.properties";

  @Spec CommandSpec spec;

  @Option(names = "--locale", defaultValue = "zh", paramLabel = "zh|en",
      description = "Language of the descriptions (default: ${DEFAULT-VALUE}).")
  MessageLocale locale = MessageLocale.zh;

  @Override
  public Integer call() {
    Properties catalog = catalog();
    boolean zh = locale == MessageLocale.zh;
    TextTable t = new TextTable(zh ? List.of("规则", "标签", "严重程度", "说明") : List.of("rule", "tags", "severities", "checks"),
        List.of(false, false, false, false));
    t.rule();
    for (Rule r : Rules.defaults().rules()) {
      t.add(List.of(r.id(), String.join(",", new TreeSet<>(r.tags())), catalog.getProperty(r.id() + ".severities", "?"),
          zh ? catalog.getProperty(r.id() + ".zh", r.description()) : r.description()));
    }
    PrintWriter out = Printable.writer(spec.commandLine().getOut());
    t.write(out, "");
    out.flush();
    return 0;
  }

  /** The severities and Chinese lines of the rules, from the command's resources. */
  static Properties catalog() {
    Properties p = new Properties();
    try (InputStream in = RulesCommand.class.getResourceAsStream(CATALOG)) {
      if (in == null) {
        throw new IllegalStateException(CATALOG + " is missing from the command's resources");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
