package io.github.cnbudget.rules.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparison and number of a printed target or actual value, as far as scoring needs them:
 * {@code ≥322.5 万人} → (AT_LEAST, 322.5). Package-private: the full target language is the model's
 * {@code Target}; scoring only needs the direction and the first number.
 */
final class Quantity {
  enum Direction { AT_LEAST, AT_MOST, EXACTLY }

  private static final Pattern UNIT = Pattern.compile("[^0-9０-９（(±/／,，;；]*");
  private static final Pattern NUMBER = Pattern.compile("[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?");

  final Direction direction;
  final BigDecimal number;
  final boolean percent;
  /** The unit printed after the number ({@code 万人}, {@code %}), empty when none. */
  final String unit;

  private Quantity(Direction direction, BigDecimal number, boolean percent, String unit) {
    this.direction = direction;
    this.number = number;
    this.percent = percent;
    this.unit = unit;
  }

  static Optional<Quantity> parse(String text) {
    String s = text.replaceAll("[\\s\\u3000]", "");
    Matcher m = NUMBER.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    String prefix = s.substring(0, m.start());
    StringBuilder digits = new StringBuilder();
    for (char c : m.group().toCharArray()) {
      if (c >= '０' && c <= '９') {
        digits.append((char) ('0' + (c - '０')));
      } else if (c == '．') {
        digits.append('.');
      } else if (c != ',') {
        digits.append(c);
      }
    }
    Direction dir = Direction.AT_LEAST;
    if (prefix.contains("≤") || prefix.contains("≦") || prefix.contains("<") || prefix.contains("＜")
        || prefix.contains("不超过") || prefix.contains("不高于") || prefix.contains("小于") || prefix.contains("低于")) {
      dir = Direction.AT_MOST;
    } else if (prefix.contains("=") || prefix.contains("＝")) {
      dir = Direction.EXACTLY;
    }
    String rest = s.substring(m.end());
    boolean percent = rest.startsWith("%") || rest.startsWith("％");
    Matcher u = UNIT.matcher(rest);
    String unit = u.lookingAt() ? u.group().replace('％', '%') : "";
    return Optional.of(new Quantity(dir, new BigDecimal(digits.toString()), percent, unit));
  }
}
