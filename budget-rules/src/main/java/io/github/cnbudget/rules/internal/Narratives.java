package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.narrative.Fact;
import io.github.cnbudget.model.narrative.Paragraph;
import io.github.cnbudget.model.narrative.Percent;
import io.github.cnbudget.model.narrative.StatedAmount;
import io.github.cnbudget.rules.finding.Location;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helpers shared by the narrative rules: locations into the narrative, quoted sentences, and the
 * arithmetic of printed percentages with the rounding of their printed digits.
 */
final class Narratives {
  private static final MathContext MC = new MathContext(20, RoundingMode.HALF_EVEN);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int QUOTE_LIMIT = 160;
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
  /** Words that close a comparison's frame (与2019年相比，增加…) or the clause it is in. */
  private static final Pattern FRAME_CLOSED = Pattern.compile("相比|增加|减少|增长|下降|持平|[。；;]");

  /** How a printed percentage compares with the one its amounts give. */
  enum Agreement {
    /** Within the rounding of the printed digits of the amounts and the percentage. */
    AGREES,
    /** Off by no more than one unit of the percentage's last printed digit (truncated, not rounded). */
    ROUNDING,
    /** Farther off. */
    DIFFERS
  }

  private Narratives() {}

  /**
   * Where a paragraph is: its pointer, and the line (text) or page (PDF) it starts on, so that a finding
   * on it is placed like one on a table cell.
   */
  static Location location(Disclosure d, int paragraph) {
    Paragraph p = d.narrative().paragraphs().get(paragraph);
    Location at = Tables.onLine(Location.at("/narrative/paragraphs/" + paragraph), p.line());
    return p.page().isPresent() ? at.withPage(p.page().getAsInt()) : at;
  }

  static String quote(String sentence) {
    String s = sentence.strip();
    return s.length() <= QUOTE_LIMIT ? s : s.substring(0, QUOTE_LIMIT) + "…";
  }

  /**
   * The year a fact's amount is of: the year its subject names, else the year printed last before the
   * amount in its sentence when the amount stands in that year's frame (与2019年度支出合计17,677.03万元
   * （基本支出2,579.24万元…）相比: 2019), else the document's year. A year whose comparison closed before the
   * amount (比2022年预算增加1421.25万元；政府性基金拨款支出预算0万元) is not the amount's.
   */
  static int yearOf(Fact f, int documentYear) {
    if (f.year().isPresent()) {
      return f.year().getAsInt();
    }
    String s = f.sentence();
    int at = f.amount().map(a -> s.indexOf(a.printed())).orElse(-1);
    if (at < 0) {
      return documentYear;
    }
    Matcher m = YEAR.matcher(s).region(0, at);
    int year = documentYear;
    int end = -1;
    while (m.find()) {
      year = Integer.parseInt(m.group(1));
      end = m.end();
    }
    return end >= 0 && !FRAME_CLOSED.matcher(s.substring(end, at)).find() ? year : documentYear;
  }

  /** The facts of the document's narrative, in printed order. */
  static List<Fact> facts(Disclosure d) {
    return d.narrative().reading().facts();
  }

  /**
   * Compares a printed percentage with {@code part ÷ whole × 100}, each amount known to half a unit
   * of its last printed digit: the printed value agrees when it lies in the range those amounts allow,
   * widened by half a unit of the percentage's own last digit.
   */
  static Agreement agreement(BigDecimal part, BigDecimal partHalf, BigDecimal whole, BigDecimal wholeHalf, Percent p) {
    BigDecimal printed = p.value().abs();
    BigDecimal ulp = BigDecimal.ONE.movePointLeft(Math.max(0, p.value().scale()));
    BigDecimal half = ulp.divide(BigDecimal.valueOf(2));
    BigDecimal loWhole = whole.add(wholeHalf);
    BigDecimal hiWhole = whole.subtract(wholeHalf);
    BigDecimal lo = ratio(part.subtract(partHalf).max(BigDecimal.ZERO), loWhole);
    BigDecimal hi = hiWhole.signum() > 0 ? ratio(part.add(partHalf), hiWhole) : null;
    if (printed.compareTo(lo.subtract(half)) >= 0 && (hi == null || printed.compareTo(hi.add(half)) <= 0)) {
      return Agreement.AGREES;
    }
    if (printed.compareTo(lo.subtract(ulp)) >= 0 && (hi == null || printed.compareTo(hi.add(ulp)) <= 0)) {
      return Agreement.ROUNDING;
    }
    return Agreement.DIFFERS;
  }

  /** {@code part ÷ whole × 100}. */
  static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
    return part.multiply(HUNDRED).divide(whole, MC);
  }

  /** A percentage for messages, to two decimals more than printed. */
  static String percentText(BigDecimal value, Percent printed) {
    return value.setScale(Math.max(0, printed.value().scale()) + 2, RoundingMode.HALF_UP).toPlainString() + "%";
  }


  /** A yuan amount written in a printed unit (元, 万元, 亿元), for messages. */
  static String inUnit(BigDecimal yuan, String unit) {
    int e = "亿元".equals(unit) ? 8 : "万元".equals(unit) ? 4 : 0;
    return yuan.movePointLeft(e).stripTrailingZeros().toPlainString() + unit;
  }

  /** A subject without its year, 年度, blanks and basis words, for matching two mentions of one thing. */
  static String key(String subject) {
    return subject.replaceAll("(?:19|20)\\d{2}\\s*年度?", "")
        .replaceAll("当年|预算执行数|执行数|年初预算|全年预算|预算数|预算安排|安排|预算|决算数|决算|[\\s“”\"]", "");
  }

  /**
   * The amount a fact speaks of: its own, or that of an earlier fact of its paragraph whose subject
   * ends with the same words (收入支出总计 2995.39万元。与2023年度相比，收入支出总计减少…).
   */
  static Optional<StatedAmount> amountOf(List<Fact> facts, int index) {
    Fact f = facts.get(index);
    if (f.amount().isPresent()) {
      return f.amount();
    }
    String k = key(f.subject());
    if (k.isEmpty()) {
      return Optional.empty();
    }
    for (int i = index - 1; i >= 0 && facts.get(i).paragraph() >= f.paragraph() - 1; i--) {
      Fact o = facts.get(i);
      if (o.amount().isPresent() && key(o.subject()).endsWith(k)) {
        return o.amount();
      }
    }
    return Optional.empty();
  }

  /** The start of the sentence a position of a paragraph's text lies in. */
  static int sentenceStart(String text, int at) {
    return text.lastIndexOf('。', at - 1) + 1;
  }

  /** The sentence a position of a paragraph's text lies in, with its full stop. */
  static String sentenceAt(String text, int at) {
    int to = text.indexOf('。', at);
    return text.substring(sentenceStart(text, at), to < 0 ? text.length() : to + 1);
  }
}
