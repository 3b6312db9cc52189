package io.github.cnbudget.model.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Reads the target-value language described in the package documentation. One instance reads one
 * text; every index it reports points into that whole text, also when it reads only a region (the
 * value inside {@code 及时（…）}, or the value and unit columns of the split form).
 */
final class TargetParser {

  /** The pieces of a target while it is being read; {@link Target} copies them. */
  static final class Parts {
    Target.Kind kind = Target.Kind.QUANTITATIVE;
    @Nullable Relation comparator;
    @Nullable BigDecimal number;
    @Nullable String unit;
    boolean eachOf;
    @Nullable BigDecimal tolerance;
    @Nullable String toleranceUnit;
    @Nullable String period;
    @Nullable Relation upperRelation;
    @Nullable BigDecimal upperNumber;
    @Nullable String upperUnit;
    @Nullable LocalDate deadline;
    @Nullable ChronoUnit deadlinePrecision;
    @Nullable String qualifier;
    @Nullable String text;
  }

  /** A comparator found in the text and how many characters it takes. */
  private static final class Found {
    final Relation comparator;
    final int length;

    Found(Relation comparator, int length) {
      this.comparator = comparator;
      this.length = length;
    }
  }

  // Longest forms first, so that ">=" is not read as ">" followed by "=".
  private static final String[][] SIGNS = {
    {"≥=", "GE"}, {"≧=", "GE"}, {"⩾=", "GE"}, {">=", "GE"}, {"＞=", "GE"}, {">＝", "GE"}, {"＞＝", "GE"},
    {"≥＝", "GE"},
    {"≤=", "LE"}, {"≦=", "LE"}, {"⩽=", "LE"}, {"<=", "LE"}, {"＜=", "LE"}, {"<＝", "LE"}, {"＜＝", "LE"},
    {"≤＝", "LE"},
    {"==", "EQ"}, {"＝＝", "EQ"},
    {"≥", "GE"}, {"≧", "GE"}, {"⩾", "GE"}, {"≤", "LE"}, {"≦", "LE"}, {"⩽", "LE"},
    {">", "GT"}, {"＞", "GT"}, {"<", "LT"}, {"＜", "LT"}, {"=", "EQ"}, {"＝", "EQ"}, {"≈", "APPROX"},
  };

  // Words count as comparators only when a number follows; otherwise they begin a qualitative phrase
  // (不低于去年水平, 约定…).
  private static final String[][] WORDS = {
    {"大于等于", "GE"}, {"小于等于", "LE"}, {"不低于", "GE"}, {"不少于", "GE"}, {"不小于", "GE"},
    {"不高于", "LE"}, {"不超过", "LE"}, {"不多于", "LE"}, {"不大于", "LE"}, {"大于", "GT"}, {"高于", "GT"},
    {"超过", "GT"}, {"多于", "GT"}, {"小于", "LT"}, {"低于", "LT"}, {"少于", "LT"}, {"等于", "EQ"},
    {"达到", "GE"}, {"约", "APPROX"},
  };

  // Words after the value that state its comparator: 90%以上 (at least, 以上 includes the number as in
  // 《民法典》 第一千二百五十九条), 5个工作日以内 / 以下 (at most), 8000个左右 (about).
  private static final String[][] SUFFIXES = {
    {"以上", "GE"}, {"以下", "LE"}, {"以内", "LE"}, {"左右", "APPROX"},
  };

  private final String s;

  TargetParser(String s) {
    this.s = s;
  }

  TargetParseException fail(int index, String reason) {
    return new TargetParseException(s, index, reason);
  }

  /**
   * Reads a whole target from {@code from} to {@code to}.
   *
   * @param labelled whether {@code 标签（值）} may be read; false for the value inside the brackets
   */
  Parts readTarget(int from, int to, boolean labelled) {
    int i = skipWs(from, to);
    int last = lastNonWs(from, to);
    if (i >= to) {
      throw fail(i, "empty target");
    }
    int cp = s.codePointAt(i);
    if (isPlaceholder(s.substring(i, last + 1))) {
      throw fail(i, "placeholder instead of a target value");
    }
    if (sign(i, to) != null || wordBeforeNumber(i, to) != null || eachBeforeNumber(i, to)) {
      return readQuantity(i, last + 1);
    }
    if (numberStartsAt(i, to)) {
      return readNumberFirst(i, last + 1);
    }
    if (Character.isLetter(cp) || isOpening(cp)) {
      if (!isHan(cp) && !isOpening(cp) && containsDigit(i, last + 1)) {
        throw fail(i, "unreadable text before a number (garbled comparator)");
      }
      if (labelled) {
        Parts p = readLabelled(i, last + 1);
        if (p != null) {
          return p;
        }
      }
      Parts p = new Parts();
      p.kind = Target.Kind.QUALITATIVE;
      p.text = s.substring(i, last + 1);
      return p;
    }
    throw fail(i, "unreadable character where a comparator, number or phrase was expected");
  }

  /** A dash or slash printed where a target should be: {@code -}, {@code —}, {@code --}, {@code /}. */
  private static boolean isPlaceholder(String t) {
    for (int k = 0; k < t.length(); k++) {
      if ("-—–－/／\\".indexOf(t.charAt(k)) < 0 && !isWs(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Reads {@code label（value）}; null when the text is not of that form (then it is a phrase). */
  private @Nullable Parts readLabelled(int from, int to) {
    char close = s.charAt(to - 1);
    if (close != ')' && close != '）') {
      return null;
    }
    int depth = 0;
    int open = -1;
    for (int k = to - 1; k >= from; k--) {
      char c = s.charAt(k);
      if (c == ')' || c == '）') {
        depth++;
      } else if (c == '(' || c == '（') {
        depth--;
        if (depth == 0) {
          open = k;
          break;
        }
      }
    }
    if (open <= from) {
      return null;
    }
    String label = s.substring(from, lastNonWs(from, open) + 1);
    Parts inner;
    try {
      inner = readTarget(open + 1, to - 1, false);
    } catch (TargetParseException e) {
      // Not a failure of the whole text: a phrase that merely ends in brackets (完成（详见附件）) is
      // qualitative text, read as printed.
      return null;
    }
    if ((inner.kind != Target.Kind.QUANTITATIVE && inner.kind != Target.Kind.DEADLINE) || inner.text != null) {
      return null;
    }
    inner.text = label;
    return inner;
  }

  /** Text that starts with a number: a deadline ({@code 2023年底}), a quantity or a range. */
  private Parts readNumberFirst(int from, int to) {
    Parts p = new Parts();
    int i = readNumber(from, to, p, false);
    BigDecimal n = p.number;
    int afterNumber = skipWs(i, to);
    if (n != null && s.charAt(from) != '-' && n.scale() == 0 && afterNumber < to && s.charAt(afterNumber) == '年'
        && n.compareTo(BigDecimal.valueOf(1900)) >= 0 && n.compareTo(BigDecimal.valueOf(2199)) <= 0) {
      return readDeadline(n.intValueExact(), afterNumber + 1, to);
    }
    return readQuantity(from, to);
  }

  private Parts readDeadline(int year, int from, int to) {
    Parts p = new Parts();
    p.kind = Target.Kind.DEADLINE;
    int i = skipWs(from, to);
    if (i + 2 <= to && (s.startsWith("年底", i) || s.startsWith("年末", i))) {
      i += 2;
      p.deadlinePrecision = ChronoUnit.YEARS;
    } else if (i < to && (s.charAt(i) == '底' || s.charAt(i) == '末')) {
      i += 1;
      p.deadlinePrecision = ChronoUnit.YEARS;
    } else if (i < to && isDigit(s.charAt(i))) {
      int monthAt = i;
      int[] month = new int[1];
      i = skipWs(readSmall(i, to, month), to);
      if (i >= to || s.charAt(i) != '月') {
        throw fail(monthAt, "month (月) expected after the year");
      }
      if (month[0] < 1 || month[0] > 12) {
        throw fail(monthAt, "month out of range");
      }
      i = skipWs(i + 1, to);
      if (i < to && isDigit(s.charAt(i))) {
        int dayAt = i;
        int[] day = new int[1];
        i = skipWs(readSmall(i, to, day), to);
        if (i >= to || (s.charAt(i) != '日' && s.charAt(i) != '号')) {
          throw fail(dayAt, "day (日) expected after the month");
        }
        if (day[0] < 1 || day[0] > YearMonth.of(year, month[0]).lengthOfMonth()) {
          throw fail(dayAt, "day out of range");
        }
        i++;
        p.deadline = LocalDate.of(year, month[0], day[0]);
        p.deadlinePrecision = ChronoUnit.DAYS;
      } else {
        p.deadline = YearMonth.of(year, month[0]).atEndOfMonth();
        p.deadlinePrecision = ChronoUnit.MONTHS;
      }
    } else {
      p.deadlinePrecision = ChronoUnit.YEARS;
    }
    if (p.deadline == null) {
      p.deadline = LocalDate.of(year, 12, 31);
    }
    StringBuilder q = new StringBuilder();
    for (int k = i; k < to; ) {
      int cp = s.codePointAt(k);
      if (isDigitCp(cp)) {
        throw fail(k, "digit in the words after a deadline");
      }
      if (cp == '(' || cp == ')' || cp == '（' || cp == '）') {
        throw fail(k, "bracket in the words after a deadline");
      }
      if (!isWs(cp)) {
        q.appendCodePoint(cp);
      }
      k += Character.charCount(cp);
    }
    p.qualifier = q.length() == 0 ? null : q.toString();
    return p;
  }

  /** Reads {@code [各][comparator] number [unit] [/period] [（±tolerance）]} or a range. */
  private Parts readQuantity(int from, int to) {
    Parts p = new Parts();
    int i = from;
    if (s.charAt(i) == '各') {
      p.eachOf = true;
      i = skipWs(i + 1, to);
    }
    int comparatorAt = i;
    Found f = sign(i, to);
    if (f == null) {
      f = wordBeforeNumber(i, to);
    }
    if (f != null) {
      p.comparator = f.comparator;
      i = skipWs(i + f.length, to);
      if (!numberStartsAt(i, to)) {
        throw fail(comparatorAt, "comparator not followed by a number (garbled comparator)");
      }
    } else if (!numberStartsAt(i, to)) {
      throw fail(i, "number expected");
    }
    i = readNumber(i, to, p, false);
    i = skipWs(i, to);
    StringBuilder unit = new StringBuilder();
    int unitAt = i;
    i = skipWs(readUnit(i, to, unit), to);
    if (unit.length() == 0 && i < to && (s.charAt(i) == '(' || s.charAt(i) == '（')) {
      // a unit printed in brackets, as forms with a separate unit column print it: ≥13459.00(平方米)
      int inner = skipWs(i + 1, to);
      if (inner < to && isUnitChar(s.codePointAt(inner))) {
        unitAt = inner;
        int close = skipWs(readUnit(inner, to, unit), to);
        if (close >= to || (s.charAt(close) != ')' && s.charAt(close) != '）')) {
          throw fail(close, "closing bracket expected after the unit");
        }
        i = skipWs(close + 1, to);
      }
    }
    p.unit = suffix(p, unit, unitAt);
    if (i < to && p.comparator == null && !p.eachOf) {
      Found r = sign(i, to);
      if (r != null && (r.comparator == Relation.LE || r.comparator == Relation.LT)) {
        return readRange(p, i, r, to);
      }
    }
    if (i < to && s.charAt(i) == '/') {
      int periodAt = skipWs(i + 1, to);
      StringBuilder period = new StringBuilder();
      i = skipWs(readUnit(periodAt, to, period), to);
      p.period = suffix(p, period, periodAt);
      if (p.period == null) {
        throw fail(periodAt, "period unit expected after '/'");
      }
    }
    if (i < to) {
      i = readTolerance(i, to, p);
    }
    if (i < to) {
      throw fail(i, "unexpected text after the value");
    }
    return p;
  }

  /**
   * The unit word without a comparator word at its end (以上, 以下, 以内, 左右), which becomes the
   * comparator: {@code 90%以上} is {@code ≥90%}. A suffix that restates the printed comparator
   * ({@code ≥90%以上}) is dropped; one that contradicts it ({@code ≤5天以上}) cannot be read.
   *
   * @return the unit, or null when nothing else was printed
   */
  private @Nullable String suffix(Parts p, StringBuilder word, int at) {
    String w = word.toString();
    for (String[] e : SUFFIXES) {
      if (w.endsWith(e[0])) {
        Relation c = Relation.valueOf(e[1]);
        if (p.comparator != null && p.comparator != c) {
          int where = s.indexOf(e[0], at);
          throw fail(where < 0 ? at : where, "comparator word contradicts the printed comparator");
        }
        p.comparator = c;
        w = w.substring(0, w.length() - e[0].length());
        break;
      }
    }
    return w.isEmpty() ? null : w;
  }

  private int readTolerance(int from, int to, Parts p) {
    int i = from;
    char c = s.charAt(i);
    boolean bracket = c == '(' || c == '（';
    if (bracket) {
      i = skipWs(i + 1, to);
    }
    if (i >= to || s.charAt(i) != '±') {
      return from;
    }
    i = skipWs(i + 1, to);
    if (i >= to || !isDigit(s.charAt(i))) {
      throw fail(i, "number expected after '±'");
    }
    Parts t = new Parts();
    i = skipWs(readNumber(i, to, t, true), to);
    StringBuilder unit = new StringBuilder();
    i = skipWs(readUnit(i, to, unit), to);
    if (bracket) {
      if (i >= to || (s.charAt(i) != ')' && s.charAt(i) != '）')) {
        throw fail(i, "closing bracket expected after the tolerance");
      }
      i = skipWs(i + 1, to);
    }
    p.tolerance = t.number;
    p.toleranceUnit = unit.length() == 0 ? null : unit.toString();
    return i;
  }

  /** {@code lower ≤ subject ≤ upper}: seen {@code lower [unit]} and the first comparator at {@code at}. */
  private Parts readRange(Parts p, int at, Found first, int to) {
    p.kind = Target.Kind.RANGE;
    // Stored from the indicator's side: "90% ≤ X" says X ≥ 90%.
    p.comparator = first.comparator == Relation.LE ? Relation.GE : Relation.GT;
    int subjectFrom = at + first.length;
    int k = subjectFrom;
    Found second = null;
    while (k < to) {
      second = sign(k, to);
      if (second != null) {
        break;
      }
      if (isDigit(s.charAt(k))) {
        throw fail(k, "digit in the subject of a range");
      }
      k++;
    }
    if (second == null) {
      throw fail(at, "range needs a second comparator");
    }
    if (second.comparator != Relation.LE && second.comparator != Relation.LT) {
      throw fail(k, "a range reads lower ≤ subject ≤ upper");
    }
    int subjectEnd = lastNonWs(subjectFrom, k) + 1;
    int subjectStart = skipWs(subjectFrom, k);
    p.text = subjectStart < subjectEnd ? s.substring(subjectStart, subjectEnd) : null;
    p.upperRelation = second.comparator;
    int i = skipWs(k + second.length, to);
    if (!numberStartsAt(i, to)) {
      throw fail(k, "comparator not followed by a number (garbled comparator)");
    }
    Parts upper = new Parts();
    i = skipWs(readNumber(i, to, upper, false), to);
    StringBuilder unit = new StringBuilder();
    i = skipWs(readUnit(i, to, unit), to);
    if (i < to) {
      throw fail(i, "unexpected text after the range");
    }
    p.upperNumber = upper.number;
    p.upperUnit = unit.length() == 0 ? null : unit.toString();
    return p;
  }

  /** Reads digits with optional thousands groups and fraction into {@code p.number}. */
  private int readNumber(int from, int to, Parts p, boolean unsigned) {
    StringBuilder b = new StringBuilder();
    int i = from;
    if (!unsigned && s.charAt(i) == '-') {
      b.append('-');
      i++;
    }
    while (i < to && isDigit(s.charAt(i))) {
      b.append(ascii(s.charAt(i++)));
    }
    while (i < to && s.charAt(i) == ',' && isGroup(i + 1, to)) {
      for (int k = 1; k <= 3; k++) {
        b.append(ascii(s.charAt(i + k)));
      }
      i += 4;
    }
    if (i + 1 < to && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
      b.append('.');
      i++;
      while (i < to && isDigit(s.charAt(i))) {
        b.append(ascii(s.charAt(i++)));
      }
    }
    p.number = new BigDecimal(b.toString());
    return i;
  }

  private boolean isGroup(int at, int to) {
    for (int k = 0; k < 3; k++) {
      if (at + k >= to || !isDigit(s.charAt(at + k))) {
        return false;
      }
    }
    return at + 3 >= to || !isDigit(s.charAt(at + 3));
  }

  /** Reads a unit word (letters and unit signs; inner spaces dropped) into {@code out}. */
  private int readUnit(int from, int to, StringBuilder out) {
    int i = from;
    while (i < to) {
      int cp = s.codePointAt(i);
      if (isWs(cp)) {
        int j = skipWs(i, to);
        if (out.length() > 0 && j < to && isUnitChar(s.codePointAt(j))) {
          i = j;
          continue;
        }
        return i;
      }
      if (!isUnitChar(cp)) {
        return i;
      }
      out.appendCodePoint(cp == '％' ? '%' : cp);
      i += Character.charCount(cp);
    }
    return i;
  }

  private int readSmall(int from, int to, int[] out) {
    int i = from;
    int v = 0;
    while (i < to && isDigit(s.charAt(i)) && i - from < 2) {
      v = v * 10 + (ascii(s.charAt(i)) - '0');
      i++;
    }
    if (i < to && isDigit(s.charAt(i))) {
      throw fail(from, "too many digits");
    }
    out[0] = v;
    return i;
  }

  /** A comparator sign (not a word) at {@code i}, or null. */
  @Nullable Found sign(int i, int to) {
    for (String[] e : SIGNS) {
      if (s.startsWith(e[0], i) && i + e[0].length() <= to) {
        return new Found(Relation.valueOf(e[1]), e[0].length());
      }
    }
    return null;
  }

  /** A comparator word at {@code i} that a number follows, or null. */
  private @Nullable Found wordBeforeNumber(int i, int to) {
    for (String[] e : WORDS) {
      if (s.startsWith(e[0], i) && i + e[0].length() <= to && numberStartsAt(skipWs(i + e[0].length(), to), to)) {
        return new Found(Relation.valueOf(e[1]), e[0].length());
      }
    }
    return null;
  }

  /** {@code 各} before a number or comparator. */
  private boolean eachBeforeNumber(int i, int to) {
    if (s.charAt(i) != '各') {
      return false;
    }
    int j = skipWs(i + 1, to);
    return numberStartsAt(j, to) || sign(j, to) != null || wordBeforeNumber(j, to) != null;
  }

  /**
   * Reads a whole split-form nature (指标性质) as a comparator.
   *
   * @return the comparator, or null when the nature is not exactly one comparator
   */
  static @Nullable Relation natureComparator(String nature) {
    TargetParser p = new TargetParser(nature);
    Found f = p.sign(0, nature.length());
    if (f != null && f.length == nature.length()) {
      return f.comparator;
    }
    for (String[] e : WORDS) {
      if (e[0].equals(nature)) {
        return Relation.valueOf(e[1]);
      }
    }
    return null;
  }

  boolean numberStartsAt(int i, int to) {
    if (i >= to) {
      return false;
    }
    if (s.charAt(i) == '-') {
      return i + 1 < to && isDigit(s.charAt(i + 1));
    }
    return isDigit(s.charAt(i));
  }

  private boolean containsDigit(int from, int to) {
    for (int k = from; k < to; k++) {
      if (isDigit(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  int skipWs(int from, int to) {
    int i = from;
    while (i < to && isWs(s.charAt(i))) {
      i++;
    }
    return i;
  }

  int lastNonWs(int from, int to) {
    int i = to - 1;
    while (i >= from && isWs(s.charAt(i))) {
      i--;
    }
    return i;
  }

  static boolean isWs(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  private static boolean isDigitCp(int cp) {
    return (cp >= '0' && cp <= '9') || (cp >= '０' && cp <= '９');
  }

  private static char ascii(char c) {
    return c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c;
  }

  static boolean isUnitChar(int cp) {
    return Character.isLetter(cp) || "%％‰‱℃°²³·㎡".indexOf(cp) >= 0;
  }

  private static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static boolean isOpening(int cp) {
    int type = Character.getType(cp);
    return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION || cp == '"'
        || cp == '\'';
  }
}
