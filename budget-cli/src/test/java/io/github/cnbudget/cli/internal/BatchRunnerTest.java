package io.github.cnbudget.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {
  @Test
  void run_failingInput_doesNotStopBatch() {
    List<Input> inputs = List.of(Input.of(Path.of("a")), Input.of(Path.of("broken")), Input.of(Path.of("c")));
    List<FileOutcome<String>> outcomes = BatchRunner.run(inputs, in -> {
      if (in.display().equals("broken")) {
        throw new IOException("cannot read");
      }
      return in.display().toUpperCase();
    }, Progress.none());
    assertThat(outcomes).extracting(FileOutcome::ok).containsExactly(true, false, true);
    assertThat(outcomes.get(0).result()).contains("A");
    assertThat(outcomes.get(1).failure()).contains("IOException: cannot read");
    assertThat(outcomes.get(2).result()).contains("C");
  }

  @Test
  void run_inputWithProblem_failsWithoutCallingTask() {
    List<Input> called = new ArrayList<>();
    List<FileOutcome<String>> outcomes = BatchRunner.run(List.of(Input.unreadable("x", "no such file")), in -> {
      called.add(in);
      return "never";
    }, Progress.none());
    assertThat(called).isEmpty();
    assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.failure()).contains("no such file"));
  }

  @Test
  void run_runtimeException_isRecordedWithType() {
    List<FileOutcome<String>> outcomes = BatchRunner.run(List.of(Input.of(Path.of("a"))), in -> {
      throw new IllegalStateException("Duplicate column key 'total'");
    }, Progress.none());
    assertThat(outcomes.get(0).failure()).contains("IllegalStateException: Duplicate column key 'total'");
  }

  @Test
  void run_reportsEachInputToProgress() {
    StringWriter err = new StringWriter();
    BatchRunner.run(List.of(Input.of(Path.of("a")), Input.unreadable("b", "no such file")), in -> "ok",
        Progress.of(new PrintWriter(err), false));
    assertThat(err.toString().lines()).containsExactly("[1/2] ok     a", "[2/2] FAILED b");
  }

  @Test
  void describe_addsCauseWhenItSaysMore() {
    Exception e = new RuntimeException("cannot import", new IOException("disk gone"));
    assertThat(BatchRunner.describe(e)).isEqualTo("RuntimeException: cannot import (IOException: disk gone)");
    assertThat(BatchRunner.describe(new IOException())).isEqualTo("IOException");
  }

  @Test
  void run_outOfMemoryInOneInput_failsThatInputAndGoesOn() {
    List<FileOutcome<String>> outcomes = BatchRunner.run(List.of(Input.of(Path.of("huge")), Input.of(Path.of("b"))), in -> {
      if (in.display().equals("huge")) {
        throw new OutOfMemoryError("Java heap space");
      }
      return "ok";
    }, Progress.none());
    assertThat(outcomes).extracting(FileOutcome::ok).containsExactly(false, true);
    assertThat(outcomes.get(0).failure().orElseThrow()).startsWith("out of memory (Java heap space) with a maximum heap of ");
  }

  @Test
  void describe_causeOfTheSameType_isARelocatedCopyAndNotRepeated() {
    Exception e = new IOException("line 3: bad", new IOException("line 1: bad"));
    assertThat(BatchRunner.describe(e)).isEqualTo("IOException: line 3: bad");
  }
}
