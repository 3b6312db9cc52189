package io.github.cnbudget.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.cnbudget.io.ReadProblem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reason of a JSON parser error in our words (JSON 解析错误的说明): the bounds named as the
 * {@link io.github.cnbudget.io.ReadOptions} that set them, not as the parser's internal settings,
 * and the parser's character codes dropped. The parser's exception stays the cause. Stateless and
 * thread-safe.
 */
final class JsonMessages {
  private static final Pattern LIMIT = Pattern.compile(
      "(String value|Number value|Document nesting depth|Document|Name) (?:length )?\\((\\d+)\\) exceeds the maximum (?:allowed|length) \\((\\d+).*",
      Pattern.DOTALL);
  private static final Pattern CODE = Pattern.compile(" \\(code \\d+\\)");
  private static final Pattern CTRL = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
      Pattern.DOTALL);

  private JsonMessages() {}

  /**
   * The kind of a parser error: a bound of the read options exceeded, or malformed JSON.
   *
   * @param e the parser's exception
   * @return {@link ReadProblem.Kind#BOUND_EXCEEDED} or {@link ReadProblem.Kind#JSON_SYNTAX}
   */
  static ReadProblem.Kind kind(JsonProcessingException e) {
    return e instanceof StreamConstraintsException ? ReadProblem.Kind.BOUND_EXCEEDED : ReadProblem.Kind.JSON_SYNTAX;
  }

  /**
   * The reason for a parser error.
   *
   * @param e the parser's exception
   * @return e.g. {@code string longer than the maximum of 1048576 characters (ReadOptions.maxStringLength)}
   */
  static String reason(JsonProcessingException e) {
    String m = String.valueOf(e.getOriginalMessage());
    Matcher limit = LIMIT.matcher(m);
    if (e instanceof StreamConstraintsException && limit.matches()) {
      String max = limit.group(3);
      switch (limit.group(1)) {
        case "String value":
          return "string longer than the maximum of " + max + " characters (ReadOptions.maxStringLength)";
        case "Number value":
          return "number longer than the maximum of " + max + " characters (ReadOptions.maxNumberLength)";
        case "Document":
          return "document longer than the maximum of " + max + " bytes (ReadOptions.maxDocumentLength)";
        case "Document nesting depth":
          return "nesting depth greater than the maximum of " + max + " (ReadOptions.maxNestingDepth)";
        default:
          return "field name longer than the maximum of " + max + " characters";
      }
    }
    Matcher ctrl = CTRL.matcher(m);
    if (ctrl.matches()) {
      return String.format("malformed JSON: control character U+%04X inside a string (it must be escaped)",
          Integer.parseInt(ctrl.group(1)));
    }
    String plain = CODE.matcher(m).replaceAll("")
        .replace("Unexpected end-of-input within/between Object entries", "unexpected end of input inside an object")
        .replace("Unexpected end-of-input within/between Array entries", "unexpected end of input inside an array")
        .replace("Unexpected end-of-input", "unexpected end of input");
    return "malformed JSON: " + plain;
  }
}
