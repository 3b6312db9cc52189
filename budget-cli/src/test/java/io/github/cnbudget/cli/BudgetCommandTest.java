package io.github.cnbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.cli.internal.FileReport;
import io.github.cnbudget.cli.internal.Input;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BudgetCommandTest {
  @Test
  void noSubcommand_isUsageErrorWithExitTwo() {
    Cli r = Cli.run();
    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("Missing subcommand").contains("Usage: budget");
  }

  @Test
  void unknownOption_isUsageErrorWithExitTwo() {
    Cli r = Cli.run("--no-such-option");
    assertThat(r.exitCode).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("Unknown option");
  }

  @Test
  void help_listsExitCodes() {
    Cli r = Cli.run("--help");
    assertThat(r.exitCode).isZero();
    assertThat(r.out).contains("Exit codes:").contains("ERROR findings");
  }
  @Test
  void commandHelp_namesThePdfHeaderWithoutFormatWarnings() {
    for (String command : java.util.List.of("validate", "import", "score")) {
      Cli r = Cli.run(command, "--help");
      assertThat(r.out.replaceAll("\\s+", "")).as(command).contains("%PDF-header");
      assertThat(r.out + r.err).as(command).doesNotContain("Could not format");
    }
  }


  @Test
  void version_namesTheCommand() {
    Cli r = Cli.run("--version");
    assertThat(r.exitCode).isZero();
    assertThat(r.out).startsWith("budget ");
  }

  @Test
  void commandLine_mapsEscapedFailureToExitTwo() {
    BudgetCommand command = new BudgetCommand(false);
    CommandLine cl = BudgetCommand.commandLine(command);
    cl.addSubcommand("boom", new Boom());
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err, true));
    assertThat(cl.execute("boom")).isEqualTo(2);
    assertThat(err.toString()).contains("budget: IllegalStateException: disk full");
  }

  @Test
  void batch_oneInput_noProgressAndFailureKept() {
    StringWriter err = new StringWriter();
    List<FileReport> reports = new BudgetCommand(false).batch(
        List.of(Input.unreadable("x.txt", "no such file")), in -> {
          throw new AssertionError("never called for an unreadable input");
        }, new PrintWriter(err, true));
    assertThat(err.toString()).isEmpty();
    assertThat(reports).singleElement().satisfies(r -> assertThat(r.failure()).contains("no such file"));
  }

  @Test
  void batch_manyInputsOnTerminal_drawsBar() {
    StringWriter err = new StringWriter();
    List<Input> inputs = List.of(
        Input.of(Path.of("a.txt")), Input.of(Path.of("b.txt")));
    List<FileReport> reports = new BudgetCommand(true).batch(inputs,
        in -> FileReport.failed(in.display(), "x"), new PrintWriter(err, true));
    assertThat(reports).hasSize(2);
    assertThat(err.toString()).contains("\r[").contains("2/2");
  }

  @Test
  void barWanted_propertyWinsOverConsole() {
    assertThat(BudgetCommand.barWanted("bar", false)).isTrue();
    assertThat(BudgetCommand.barWanted("lines", true)).isFalse();
    assertThat(BudgetCommand.barWanted("", true)).isTrue();
    assertThat(BudgetCommand.barWanted("", false)).isFalse();
  }

  @Test
  void module_exportsNothingAndOpensCommandsToPicocli() throws Exception {
    Path classes = Path.of(BudgetCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      d = ModuleDescriptor.read(in);
    }
    assertThat(d.name()).isEqualTo("io.github.cnbudget.cli");
    assertThat(d.exports()).isEmpty();
    assertThat(d.opens()).singleElement().satisfies(o -> {
      assertThat(o.source()).isEqualTo("io.github.cnbudget.cli");
      assertThat(o.targets()).containsExactly("info.picocli");
    });
  }

  @CommandLine.Command(name = "boom")
  static final class Boom implements Runnable {
    @Override
    public void run() {
      throw new IllegalStateException("disk full");
    }
  }
}
