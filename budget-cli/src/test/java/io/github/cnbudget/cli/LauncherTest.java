package io.github.cnbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./budget} launcher at the repository root, run by bash against stand-in {@code mvn}
 * and {@code java} commands that record their calls: it builds when the jar is missing or stale,
 * not otherwise, and hands every argument to the jar.
 */
class LauncherTest {
  private static final Path LAUNCHER = Path.of("..", "budget");

  @TempDir Path root;
  private Path bin;
  private Path log;

  @BeforeEach
  void setUp() throws IOException, InterruptedException {
    assumeTrue(new ProcessBuilder("bash", "--version").start().waitFor() == 0, "needs bash");
    Files.copy(LAUNCHER, root.resolve("budget"));
    for (String module : List.of("budget-model", "budget-rules", "budget-io", "budget-cli")) {
      Files.createDirectories(root.resolve(module).resolve("src/main/java"));
      Files.writeString(root.resolve(module).resolve("pom.xml"), "<project/>");
      Files.writeString(root.resolve(module).resolve("src/main/java/A.java"), "class A {}");
    }
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    bin = Files.createDirectories(root.resolve("fake-bin"));
    log = root.resolve("calls.log");
    // mvn: records its arguments and produces the jar, as package would
    script("mvn", "echo \"mvn $*\" >> '" + log + "'\nmkdir -p budget-cli/target && touch budget-cli/target/budget-cli-1.0-all.jar\n");
    script("java", "echo \"java $*\" >> '" + log + "'\n");
    backdateSources();
  }

  private void script(String name, String body) throws IOException {
    Path p = bin.resolve(name);
    Files.writeString(p, "#!/usr/bin/env bash\n" + body, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private void backdateSources() throws IOException {
    FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
    try (var files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Files.setLastModifiedTime(p, old);
      }
    }
  }

  private List<String> run(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("bash", root.resolve("budget").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    List<String> calls = Files.exists(log) ? Files.readAllLines(log) : List.of();
    Files.deleteIfExists(log);
    return calls;
  }

  @Test
  void launcher_isExecutable() {
    assertThat(Files.isExecutable(LAUNCHER)).isTrue();
  }

  @Test
  void firstRun_buildsThenRunsJarWithArguments() throws Exception {
    List<String> calls = run("validate", "a b.txt", "--format", "json");
    assertThat(calls).hasSize(2);
    assertThat(calls.get(0)).isEqualTo("mvn -B -q -Dstyle.color=never -DskipTests -pl budget-cli -am package");
    assertThat(calls.get(1)).endsWith("budget-cli/target/budget-cli-1.0-all.jar validate a b.txt --format json").startsWith("java -Dbudget.progress=lines -jar ");
  }

  @Test
  void freshJar_runsWithoutBuilding() throws Exception {
    run("--version");
    assertThat(run("--version")).singleElement().satisfies(c -> assertThat(c).startsWith("java "));
  }

  @Test
  void sourceNewerThanJar_rebuilds() throws Exception {
    run("--version");
    Path jar = root.resolve("budget-cli/target/budget-cli-1.0-all.jar");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
    Files.setLastModifiedTime(root.resolve("budget-rules/src/main/java/A.java"), FileTime.from(Instant.now()));
    assertThat(run("--version")).hasSize(2).first().satisfies(c -> assertThat(c).startsWith("mvn "));
  }
}
