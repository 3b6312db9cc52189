package io.github.cnbudget.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cnbudget.io.json.DisclosureJson;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code budget} command under hostile files and arguments: file names (dots, separators,
 * glob syntax, control characters), contents (valid and broken JSON and JSON Lines, disclosure
 * text in UTF-8, GB18030 and UTF-16, arbitrary bytes), links (to files outside, to themselves) and
 * every subcommand with its options. Whatever happens: the exit code is 0, 1 or 2; no exception
 * escapes but a file system one (e.g. {@code -o} naming a file); nothing outside the output
 * folder is created, changed or deleted. {@code mvn verify} replays the committed corpus; {@code
 * JAZZER_FUZZ=1} fuzzes (see {@code docs/fuzzing.md}).
 */
class CommandFuzzTest {
  private static final String[] COMMANDS = {"import", "validate", "convert", "score"};
  /** Failures the command may report through its exception handler: the file system's. */
  private static final Pattern ESCAPED = Pattern.compile("(?m)^budget: (\\w+)");
  private static final String JSON = DisclosureJson.defaults().writeString(Fixtures.document("3000"));
  private static final String LINES = DisclosureJson.defaults().writeLines(List.of(Fixtures.document("2958")));
  /**
   * The lines of the four seed texts, read once. An input takes a few of a seed's first lines (its
   * title: year, stage, department) and a window of at most {@link #WINDOW} lines (a table or two,
   * or narrative), so that the command imports a text of a few KB: a whole seed (up to 80 KB) cost
   * most of a second to import per input, and its tables, read whole, add nothing a window does not.
   */
  private static final List<String[]> SEEDS = seeds();
  /** The most lines of a seed one input imports besides its title lines. */
  private static final int WINDOW = 60;
  /**
   * Where each input's files go: a folder in memory ({@code /dev/shm}) when the system has a
   * writable one, else the default temporary folder. The files of every input are created, walked
   * and deleted, and on a busy disk that took a tenth of the run.
   */
  private static final Path SCRATCH = scratch();

  @FuzzTest(maxDuration = "30s")
  void run(FuzzedDataProvider data) throws IOException {
    Path root = Files.createTempDirectory(SCRATCH, "budget-fuzz");
    try {
      Path in = Files.createDirectories(root.resolve("in"));
      Path keep = Files.createDirectories(root.resolve("keep"));
      Files.writeString(keep.resolve("k.json"), JSON);
      List<Path> made = new ArrayList<>();
      int files = data.consumeInt(0, 4);
      for (int i = 0; i < files; i++) {
        Path p = file(in, data.consumeString(24), content(data));
        if (p != null) {
          made.add(p);
        }
      }
      if (data.consumeBoolean()) {
        link(in.resolve("link.json"), data.consumeBoolean() ? keep.resolve("k.json") : in.resolve("link.json"));
      }
      Path out = root.resolve("out");
      List<String> args = arguments(data, in, made, out);
      Map<String, byte[]> before = snapshot(root, out);

      Cli r = Cli.run(args.toArray(new String[0]));

      assertThat(r.exitCode).as(r.toString()).isBetween(0, 2);
      java.util.regex.Matcher m = ESCAPED.matcher(r.err);
      while (m.find()) {
        assertThat(isFileSystemFailure(m.group(1))).as(r.toString()).isTrue();
      }
      Map<String, byte[]> after = snapshot(root, out);
      assertThat(after.keySet()).as(args.toString()).isEqualTo(before.keySet());
      for (Map.Entry<String, byte[]> e : before.entrySet()) {
        assertThat(after.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
      }
    } finally {
      delete(root);
    }
  }

  private static boolean isFileSystemFailure(String type) {
    return type.equals("IOException") || type.endsWith("FileSystemException") || type.equals("AccessDeniedException")
        || type.equals("FileAlreadyExistsException") || type.equals("NoSuchFileException") || type.equals("NotDirectoryException")
        || type.equals("DirectoryNotEmptyException") || type.equals("FileSystemLoopException");
  }

  private static byte[] content(FuzzedDataProvider data) {
    switch (data.consumeInt(0, 5)) {
      case 0:
        // a document, or a validation report naming fuzzed files (score reads the files a report names)
        return (data.consumeBoolean() ? JSON : report(data.consumeString(30))).getBytes(StandardCharsets.UTF_8);
      case 1:
        return (LINES + data.consumeString(40) + "\n")
            .getBytes(StandardCharsets.UTF_8);
      case 2:
        return seedText(data).getBytes(StandardCharsets.UTF_8);
      case 3:
        return seedText(data).getBytes(data.consumeBoolean() ? Charset.forName("GB18030") : StandardCharsets.UTF_16);
      case 4:
        // a JSON document with fuzzed text spliced in
        String s = data.consumeString(40);
        int at = data.consumeInt(0, JSON.length());
        return (JSON.substring(0, at) + s + JSON.substring(at)).getBytes(StandardCharsets.UTF_8);
      default:
        return data.consumeBytes(2000);
    }
  }

  /** The JSON report of validate naming one input, as score reads it. */
  private static String report(String source) {
    try {
      return "{\"findings\": [], \"import\": {\"files\": [{\"source\": "
          + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(source)
          + ", \"status\": \"ok\"}], \"problems\": []}, \"summary\": {}}";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A seed's first lines and a window of its lines, the window's last line cut at a fuzzed length. */
  private static String seedText(FuzzedDataProvider data) {
    String[] lines = SEEDS.get(data.consumeInt(0, SEEDS.size() - 1));
    int title = data.consumeInt(0, 8);
    int from = data.consumeInt(0, lines.length - 1);
    int to = Math.min(lines.length, from + data.consumeInt(1, WINDOW));
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Math.min(title, from); i++) {
      text.append(lines[i]).append('\n');
    }
    for (int i = from; i < to - 1; i++) {
      text.append(lines[i]).append('\n');
    }
    String last = lines[to - 1];
    return text.append(last, 0, data.consumeInt(0, last.length())).toString();
  }

  private static List<String[]> seeds() {
    try {
      List<String[]> texts = new ArrayList<>();
      for (int i = 0; i <= 3; i++) {
        texts.add(Files.readString(Fixtures.seed("00" + i)).split("\n", -1));
      }
      return List.copyOf(texts);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path scratch() {
    Path shm = Path.of("/dev/shm");
    return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
  }

  /** Writes a file of a fuzzed name under {@code in}, or nothing when the name cannot be one there. */
  private static Path file(Path in, String name, byte[] content) {
    try {
      Path p = in.resolve(name).normalize();
      if (!p.startsWith(in) || p.equals(in) || Files.isDirectory(p)) {
        return null;
      }
      Files.createDirectories(p.getParent());
      Files.write(p, content);
      return p;
    } catch (InvalidPathException | IOException e) {
      return null;
    }
  }

  private static void link(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target);
    } catch (IOException | UnsupportedOperationException e) {
      // no links here: the input is fuzzed without one
    }
  }

  private static List<String> arguments(FuzzedDataProvider data, Path in, List<Path> made, Path out) {
    List<String> args = new ArrayList<>();
    String command = COMMANDS[data.consumeInt(0, COMMANDS.length - 1)];
    args.add(command);
    int n = data.consumeInt(1, 3);
    for (int i = 0; i < n; i++) {
      switch (data.consumeInt(0, 3)) {
        case 0:
          args.add(made.isEmpty() ? in.toString() : made.get(data.consumeInt(0, made.size() - 1)).toString());
          break;
        case 1:
          args.add(in.toString());
          break;
        case 2:
          args.add(in + "/" + data.consumeString(12));
          break;
        default:
          args.add(in + "/" + data.pickValue(new String[] {"*.json", "**", "*", "..", "...json", "[a", "{a,b}.json"}));
          break;
      }
    }
    switch (command) {
      case "convert":
        args.add("--to");
        args.add(data.pickValue(new String[] {"json", "jsonl", "csv"}));
        if (data.consumeBoolean()) {
          args.add("-o");
          args.add(out.toString());
        }
        break;
      case "import":
        if (data.consumeBoolean()) {
          args.add("-o");
          args.add(data.pickValue(new String[] {out.toString(), out + "/x.json", out + "/x.jsonl"}));
        }
        break;
      case "validate":
        args.add("--format");
        args.add(data.pickValue(new String[] {"text", "json", "html"}));
        args.add("--threads");
        args.add(Integer.toString(data.consumeInt(1, 2)));
        if (data.consumeBoolean()) {
          args.add("-o");
          args.add(out.toString());
        }
        break;
      default:
        break;
    }
    return args;
  }

  /** Every file under root but those under out, with its content (links as their target). */
  private static Map<String, byte[]> snapshot(Path root, Path out) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (p.startsWith(out)) {
          continue;
        }
        if (Files.isSymbolicLink(p)) {
          files.put(root.relativize(p).toString(), ("-> " + Files.readSymbolicLink(p)).getBytes(StandardCharsets.UTF_8));
        } else if (Files.isRegularFile(p)) {
          files.put(root.relativize(p).toString(), Files.readAllBytes(p));
        } else {
          files.put(root.relativize(p) + "/", new byte[0]);
        }
      }
    }
    return files;
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        try {
          Files.delete(p);
        } catch (FileSystemException e) {
          // best effort for a temporary folder
        }
      }
    }
  }
}
