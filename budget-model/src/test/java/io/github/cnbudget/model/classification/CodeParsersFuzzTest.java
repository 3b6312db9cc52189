package io.github.cnbudget.model.classification;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cnbudget.model.TextParseException;
import java.nio.charset.StandardCharsets;

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

  @FuzzTest
  void functionalCodeParse(byte[] data) {
    String s = text(data);
    try {
      FunctionalCode c = FunctionalCode.parse(s);
      assertThat(FunctionalCode.parse(c.toString())).isEqualTo(c);
    } catch (CodeParseException e) {
      checkIndex(e, s);
    }
  }

  @FuzzTest
  void economicCodeParse(byte[] data) {
    String s = text(data);
    try {
      EconomicCode c = EconomicCode.parse(s);
      assertThat(EconomicCode.parse(c.toString())).isEqualTo(c);
    } catch (CodeParseException e) {
      checkIndex(e, s);
    }
  }

  @FuzzTest
  void classificationCodesParse(byte[] data) {
    String s = text(data);
    try {
      ClassificationCode c = ClassificationCodes.parse(s);
      assertThat(ClassificationCodes.parse(c.toString())).isEqualTo(c);
    } catch (CodeParseException e) {
      checkIndex(e, s);
    }
  }

  @FuzzTest
  void classificationCodesParsePrinted(byte[] data) {
    String s = text(data);
    try {
      PrintedCode p = ClassificationCodes.parsePrinted(s);
      assertThat(p.code().digits()).hasSizeBetween(3, 7);
    } catch (CodeParseException e) {
      checkIndex(e, s);
    }
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
