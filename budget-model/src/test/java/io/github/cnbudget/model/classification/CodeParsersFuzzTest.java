package io.github.cnbudget.model.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cnbudget.model.TextParseException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Fuzz tests of the code parsers: arbitrary text either parses to a value that reads back to itself
 * or throws {@link CodeParseException} with an index inside the text; nothing else escapes. The
 * committed corpus under {@code CodeParsersFuzzTestInputs/} is replayed by every {@code mvn verify};
 * {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class CodeParsersFuzzTest {

  private static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

  static void checkIndex(TextParseException e, String text) {
    assertThat(e).isInstanceOf(CodeParseException.class);
    assertThat(e.parsedText()).isEqualTo(text);
    assertThat(e.errorIndex()).isBetween(0, text.length());
  }

  /** Parses; a value must read back from its canonical text, a failure must be a located CodeParseException. */
  private static <T> void readsBackOrFailsAtAnIndex(byte[] data, Function<String, T> parse) {
    String s = text(data);
    try {
      T value = parse.apply(s);
      assertThat(parse.apply(value.toString())).isEqualTo(value);
    } catch (CodeParseException e) {
      checkIndex(e, s);
    }
  }

  @FuzzTest
  void functionalCodeParse(byte[] data) {
    readsBackOrFailsAtAnIndex(data, FunctionalCode::parse);
  }

  @FuzzTest
  void economicCodeParse(byte[] data) {
    readsBackOrFailsAtAnIndex(data, EconomicCode::parse);
  }

  @FuzzTest
  void classificationCodesParse(byte[] data) {
    readsBackOrFailsAtAnIndex(data, ClassificationCodes::parse);
  }

  @FuzzTest
  void classificationCodesParsePrinted(byte[] data) {
    readsBackOrFailsAtAnIndex(data, ClassificationCodes::parsePrinted);
  }

  @FuzzTest
  void printedCodeParse(byte[] data) {
    String s = text(data);
    for (Scheme scheme : Scheme.values()) {
      try {
        PrintedCode p = PrintedCode.parse(s, scheme);
        assertThat(p.code().scheme() == scheme || scheme == Scheme.FUNCTIONAL).isTrue();
      } catch (CodeParseException e) {
        checkIndex(e, s);
      }
    }
  }
}
