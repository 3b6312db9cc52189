package io.github.cnbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
  void version_namesTheCommand() {
    Cli r = Cli.run("--version");
    assertThat(r.exitCode).isZero();
    assertThat(r.out).startsWith("budget ");
  }

  @Test
  void commandLine_mapsEscapedFailureToExitTwo() {
    BudgetCommand command = new BudgetCommand(false);
    picocli.CommandLine cl = BudgetCommand.commandLine(command);
    cl.addSubcommand("boom", new Boom());
    java.io.StringWriter err = new java.io.StringWriter();
    cl.setErr(new java.io.PrintWriter(err, true));
    assertThat(cl.execute("boom")).isEqualTo(2);
    assertThat(err.toString()).contains("budget: IllegalStateException: disk full");
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

  @picocli.CommandLine.Command(name = "boom")
  static final class Boom implements Runnable {
    @Override
    public void run() {
      throw new IllegalStateException("disk full");
    }
  }
}
