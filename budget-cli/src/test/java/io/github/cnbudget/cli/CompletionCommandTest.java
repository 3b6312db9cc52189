package io.github.cnbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletionCommandTest {
  @Test
  void completion_printsABashScriptCoveringEveryCommandAndTheFormats() {
    Cli r = Cli.run("completion");
    assertThat(r.exitCode).as(r.toString()).isZero();
    assertThat(r.out).startsWith("#!/usr/bin/env bash").contains("complete -F")
        .contains("import").contains("validate").contains("convert").contains("score").contains("rules")
        .contains("--to").contains("wide-csv").contains("datapackage").contains("xlsx");
  }
}
