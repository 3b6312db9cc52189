package io.github.cnbudget.model.table;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese ordinals that number the lines of 收支总表 and similar tables (序号): {@code 九、},
 * {@code （六）}, {@code 廿一、}, {@code 二十四、}, and Arabic {@code 1.} / {@code 1、}.
 */
public final class Ordinal {
  private Ordinal() {}

  private static final Pattern PREFIX = Pattern.compile(
      "^(?:[（(]([一二三四五六七八九十廿卅〇零百]+)[）)]|([一二三四五六七八九十廿卅〇零百]+)[、.．]|(\\d{1,3})[、.．](?!\\d)|[（(](\\d{1,3})[）)])");

  /**
   * The number of a leading ordinal.
   *
   * @param printed a printed label such as {@code 廿一、其他支出}
   * @return the ordinal's value (21), or empty when the label has none
   */
  public static OptionalInt of(String printed) {
    Matcher m = PREFIX.matcher(printed.strip());
    if (!m.find()) {
      return OptionalInt.empty();
    }
    String han = m.group(1) != null ? m.group(1) : m.group(2);
    if (han != null) {
      return valueOfChinese(han);
    }
    String arabic = m.group(3) != null ? m.group(3) : m.group(4);
    return OptionalInt.of(Integer.parseInt(arabic));
  }

  /**
   * Removes a leading ordinal.
   *
   * @param printed a printed label
   * @return the label without it
   */
  public static String stripPrefix(String printed) {
    Matcher m = PREFIX.matcher(printed);
    return m.find() ? printed.substring(m.end()) : printed;
  }

  /**
   * The value of a Chinese numeral up to 999: 九 9, 十二 12, 二十四 24, 廿一 21, 卅 30, 一百零五 105.
   *
   * @param han the numeral
   * @return its value, or empty when the text is not a numeral
   */
  public static OptionalInt valueOfChinese(String han) {
    int total = 0;
    int digit = -1;
    for (int i = 0; i < han.length(); i++) {
      char c = han.charAt(i);
      int d = "〇一二三四五六七八九".indexOf(c);
      if (c == '零') {
        d = 0;
      }
      if (d >= 0) {
        // a 零 placeholder (一百零五) may be followed by the digit it stands before
        if (digit > 0) {
          return OptionalInt.empty();
        }
        digit = d;
      } else if (c == '十') {
        total += (digit < 0 ? 1 : digit) * 10;
        digit = -1;
      } else if (c == '廿') {
        total += 20;
      } else if (c == '卅') {
        total += 30;
      } else if (c == '百') {
        if (digit < 0) {
          return OptionalInt.empty();
        }
        total += digit * 100;
        digit = -1;
      } else {
        return OptionalInt.empty();
      }
    }
    if (digit > 0) {
      total += digit;
    }
    return total == 0 && digit != 0 ? OptionalInt.empty() : OptionalInt.of(total);
  }
}
