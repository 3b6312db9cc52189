package io.github.cnbudget.model.narrative;

import io.github.cnbudget.model.classification.FunctionalCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The fact grammar of the narrative (情况说明解析): reads, from paragraphs of any origin (a text file, a
 * PDF page), the amounts they state and what they are of, comparisons with an earlier year, shares and
 * completion rates.
 *
 * <p>The grammar is small and deliberate. A sentence (up to 。！？) is a run of amounts (元, 万元, 亿元)
 * and percentages; the words before each one, back to the previous number or clause mark (，；：、),
 * decide what it is: an amount after a direction word (增加, 减少…) is the change of the comparison in
 * progress (比2024年预算…), a percentage after a direction word is its rate, after 占 a share, after
 * 完成…的 a completion rate, and any other amount starts a new fact whose subject is those words. A
 * number that fits none of these is left unread and listed in {@link Sentence#unread()}: the grammar
 * never guesses. Stateless and thread-safe; it never throws on any text.
 */
public final class NarrativeReader {
  private static final Pattern FULLWIDTH_DIGIT = Pattern.compile("[０-９]");
  private static final Pattern SPLIT_DECIMAL = Pattern.compile("(?<=\\d)\\s*[.．]\\s+(?=\\d)|(?<=\\d)\\s+[.．]\\s*(?=\\d)");
  private static final Pattern BLANK_BEFORE_UNIT = Pattern.compile("(?<=\\d)\\s+(?=[万亿]?元|万|%|％)");
  private static final Pattern CJK_GAP = Pattern.compile("(?<=[\\u3400-\\u9fff（）“”、，。；：])[ \\u3000]+(?=[\\u3400-\\u9fff（）“”、，。；：])");
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]+");
  private static final String CLAUSE_MARKS = "，,；;：:、";
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\d.,，])(?:(?<money>(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(?<unit>亿元|万元|元|万(?![人个台辆家件名次户]))"
          + "|(?<pct>[-－]?\\d+(?:\\.\\d+)?)[%％]"
          + "|(?<=占\\s{0,2})(?<bare>\\d+(?:\\.\\d+)?)(?![\\d.,%％万元亿年]))");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})\\s*年度?");
  private static final Pattern COMPARE = Pattern.compile(
      "(?:比|较|与|同)\\s*(?:(上年|上一年度?|去年|上年度)|((?:19|20)\\d{2})\\s*年度?(?:[（(][^）)]{0,12}[）)])?)"
          + "\\s*(当年预算执行数|预算执行数|执行数|年初预算数?|全年预算数?|预算数|预算|决算数|决算)?");
  private static final Pattern DIRECTION_END = Pattern.compile(
      "(增加|增长|上升|提高|增幅|增|减少|下降|降低|减幅|降幅|减|下降了|增长了|增加了|减少了)\\s*(为|到|至)?\\s*$");
  private static final Pattern THRESHOLD = Pattern.compile("\\s*(?:[（(]含[）)])?\\s*(?:及)?(?:以上|以下|以内)");
  private static final Pattern BASE_MARKER = Pattern.compile(
      "(?:比|较|与|同)\\s*(?:上年|上一年度?|去年|上年度|(?:19|20)\\d{2}\\s*年度?)[^，,；;：:、]{0,12}?(?:数|预算|决算|支出|收入)(?:合计|总计)?(?:为|是)?\\s*$");
  private static final Pattern REASON = Pattern.compile("原因|主要因|由于|因为");
  private static final Pattern SAME = Pattern.compile("持平|一致|相同|不变|无增减");
  private static final Pattern SHARE = Pattern.compile("占(?:([^，,；;。]{0,20}?)的?(?:比重|比例)?(?:为)?)?\\s*$");
  private static final Pattern COMPLETION = Pattern.compile(
      "(?:完成([^，,；;。]{0,14}?)的|(执行率|完成率|执行进度))(?:为|达到|达|是)?\\s*$");
  private static final Pattern LEADING_NOISE = Pattern.compile(
      "^\\s*(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\\d{1,3}\\s*[.、．](?!\\d)|[①-⑳]"
          + "|[一二三四五六七八九十]是|其中|包括|主要包括|具体包括|主要用于|分别为|分别是|主要是|主要为|合计|共计|以及|及|和|为|是|[-－—“”\"]"
          + "|[:：，,、；;])\\s*");
  private static final Pattern TRAILING_NOISE = Pattern.compile("(?:为|是|共计|合计|总计|达到|约|计|共|[:：“”\"]|\\s)+$");

  private NarrativeReader() {}

  /**
   * Reads the facts of paragraphs.
   *
   * @param paragraphs the paragraphs in printed order
   * @return the facts and the sentences with numbers, each marked read or not
   */
  public static NarrativeReading read(List<Paragraph> paragraphs) {
    NarrativeReading.Builder out = NarrativeReading.builder();
    for (int i = 0; i < paragraphs.size(); i++) {
      new ParagraphReader(i, normalise(paragraphs.get(i).text()), out).read();
    }
    return out.build();
  }

  /**
   * Normalises printed text for reading: full-width digits, blanks a PDF or OCR left inside numbers
   * and before units, blanks between Chinese characters where a line was wrapped.
   *
   * @param text the printed text
   * @return the normalised text
   */
  public static String normalise(String text) {
    Matcher m = FULLWIDTH_DIGIT.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, String.valueOf((char) (m.group().charAt(0) - '０' + '0')));
    }
    m.appendTail(sb);
    String s = SPLIT_DECIMAL.matcher(sb).replaceAll(".");
    s = BLANK_BEFORE_UNIT.matcher(s).replaceAll("");
    return CJK_GAP.matcher(s).replaceAll("").strip();
  }

  /**
   * The sentences of a normalised paragraph, each with its end mark. A full stop inside brackets
   * (公务用车购置及运行费81.3万元（…比上年增加0万元。）比上年增加36万元) does not end the sentence around them.
   */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text);
    int from = 0;
    while (m.find()) {
      if (depth(text, from, m.start()) > 0 && closesSoon(text, m.end())) {
        continue;
      }
      addSentence(out, text.substring(from, m.end()));
      from = m.end();
    }
    addSentence(out, text.substring(from));
    return out;
  }

  /** A closing bracket follows within a short span: the stop is inside a parenthesis, not an unclosed one. */
  private static boolean closesSoon(String text, int from) {
    int limit = Math.min(text.length(), from + 200);
    for (int i = from; i < limit; i++) {
      if (text.charAt(i) == '）' || text.charAt(i) == ')') {
        return true;
      }
    }
    return false;
  }

  /** How many brackets opened between two positions are still open. */
  private static int depth(String text, int from, int to) {
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '（' || c == '(') {
        depth++;
      } else if ((c == '）' || c == ')') && depth > 0) {
        depth--;
      }
    }
    return depth;
  }

  private static void addSentence(List<String> out, String s) {
    if (!s.isBlank()) {
      out.add(s.strip());
    }
  }

  /** A fact while it is being read. */
  private static final class Draft {
    String subject = "";
    Topic topic = Topic.OTHER;
    OptionalInt year = OptionalInt.empty();
    Optional<Basis> basis = Optional.empty();
    Optional<FunctionalCode> code = Optional.empty();
    List<String> names = List.of();
    Optional<StatedAmount> amount = Optional.empty();
    boolean compared;
    OptionalInt compareYear = OptionalInt.empty();
    Optional<Basis> compareBasis = Optional.empty();
    Optional<Direction> direction = Optional.empty();
    Optional<StatedAmount> change = Optional.empty();
    Optional<StatedAmount> base = Optional.empty();
    Optional<Percent> percent = Optional.empty();
    Optional<Direction> percentDirection = Optional.empty();
    Optional<Percent> share = Optional.empty();
    Optional<String> shareOf = Optional.empty();
    Optional<Percent> completion = Optional.empty();
    Optional<String> completionOf = Optional.empty();
    int level;
    final StringBuilder sentences = new StringBuilder();

    /** Records a sentence that says something of this fact, once. */
    void touch(String sentence) {
      if (sentences.indexOf(sentence) < 0) {
        sentences.append(sentence);
      }
    }

  }

  /** Reads one paragraph; keeps the topic its first words name for facts whose subject is only a year. */
  private static final class ParagraphReader {
    private final int index;
    private final String text;
    private final NarrativeReading.Builder out;
    private @Nullable Topic headingTopic;
    private final List<Draft> all = new ArrayList<>();
    private String sentence = "";
    private int level;

    ParagraphReader(int index, String text, NarrativeReading.Builder out) {
      this.index = index;
      this.text = text;
      this.out = out;
    }

    void read() {
      for (String s : sentences(text)) {
        sentence = s;
        readSentence(s);
      }
      for (Draft d : all) {
        out.addFacts(build(d));
      }
    }

    private void readSentence(String s) {
      List<Draft> drafts = new ArrayList<>();
      List<String> unread = new ArrayList<>();
      int numbers = 0;
      level = 0;
      Matcher m = NUMBER.matcher(s);
      int prevEnd = 0;
      Draft current = null;
      Matcher compare = null;
      while (m.find()) {
        numbers++;
        level = depth(s, 0, m.start());
        String lead = s.substring(prevEnd, m.start());
        sameClauses(lead, current, drafts);
        String clause = clause(lead);
        Matcher last = lastCompare(clause(lead));
        if (last != null) {
          compare = last;
        } else {
          Matcher earlier = lastCompare(lead);
          compare = earlier != null ? earlier : compare;
        }
        prevEnd = m.end();
        Matcher dir = DIRECTION_END.matcher(clause);
        if (m.group("money") != null) {
          StatedAmount amount = StatedAmount.of(decimal(m.group("money")), unit(m.group("unit")), m.group());
          if (THRESHOLD.matcher(s).region(m.end(), s.length()).lookingAt()) {
            // 单价50万元以上: a threshold of a rule, not an amount of the document
            continue;
          }
          Matcher base = BASE_MARKER.matcher(clause);
          if (base.find() && last != null) {
            // 比上年决算数149.77万元增加…, 与2019年支出数2,579.24万元相比: the earlier year's figure
            String noun = clause.substring(last.end()).replaceAll("(?:为|是)?\\s*$", "").replaceAll("数$", "")
                .replaceAll("\\s", "");
            Draft target = noun.isEmpty() ? null : named(noun, drafts);
            if (target == null) {
              target = sameKind(subjectBefore(lead, clause, base.start(), current, drafts), drafts, last);
              if (target != null && !noun.isEmpty() && !target.subject.replaceAll("\\s", "").contains(noun)) {
                // 与2019年度支出合计17,677.03万元…相比 after a sentence on the 年初预算: not that amount's
                target = null;
              }
            }
            if (target == null || target.base.isPresent()) {
              unread.add(m.group());
              continue;
            }
            applyCompare(target, last);
            compare = null;
            target.base = Optional.of(amount);
            current = target;
          } else if (dir.find()) {
            Draft target = sameKind(subjectBefore(lead, clause, dir.start(), current, drafts), drafts, compare);
            if (target == null) {
              unread.add(m.group());
              continue;
            }
            boolean newValue = dir.group(2) != null;
            if (newValue ? target.amount.isPresent() : target.change.isPresent()) {
              unread.add(m.group());
              continue;
            }
            applyCompare(target, compare);
            compare = null;
            target.direction = Optional.of(direction(dir.group(1)));
            if (newValue) {
              // 减少为0.00万元: the amount is the new value, not the change
              target.amount = Optional.of(amount);
            } else {
              target.change = Optional.of(amount);
            }
            current = target;
          } else {
            current = newDraft(clause, compare);
            compare = null;
            current.amount = Optional.of(amount);
            drafts.add(current);
          }
        } else {
          String printed = m.group();
          boolean signed = m.group("pct") != null;
          Percent p = Percent.of(decimal(signed ? m.group("pct").replace('－', '-') : m.group("bare")), printed, signed);
          Matcher share = SHARE.matcher(clause);
          Matcher completion = COMPLETION.matcher(clause);
          if (!signed || share.find()) {
            if (current == null || current.share.isPresent()) {
              unread.add(printed);
              continue;
            }
            current.share = Optional.of(p);
            if (signed && share.group(1) != null && !share.group(1).isBlank()) {
              current.shareOf = Optional.of(share.group(1).strip());
            } else if (current.level > 0) {
              // a share inside brackets is of the amount the brackets follow (项目支出40万元（其中政府采购
              // 20万元，占50%）)
              for (int i = drafts.size() - 1; i >= 0; i--) {
                if (drafts.get(i).level < current.level && !drafts.get(i).subject.isEmpty()) {
                  current.shareOf = Optional.of(drafts.get(i).subject);
                  break;
                }
              }
            }
          } else if (completion.find()) {
            if (current == null || current.completion.isPresent()) {
              unread.add(printed);
              continue;
            }
            current.completion = Optional.of(p);
            current.completionOf = Optional.of(
                (completion.group(1) != null ? completion.group(1) : completion.group(2)).strip());
          } else if (dir.find()) {
            Draft target = subjectBefore(lead, clause, dir.start(), current, drafts);
            if (target == null || target.percent.isPresent()) {
              unread.add(printed);
              continue;
            }
            applyCompare(target, compare);
            compare = null;
            target.percentDirection = Optional.of(direction(dir.group(1)));
            target.percent = Optional.of(p);
            current = target;
          } else {
            unread.add(printed);
          }
        }
      }
      level = depth(s, 0, prevEnd);
      sameClauses(s.substring(prevEnd), current, drafts);
      all.addAll(drafts);
      if (numbers > 0) {
        out.addSentences(Sentence.builder().paragraph(index).text(s).numbers(numbers).addAllUnread(unread).build());
      }
    }

    /**
     * A comparison with an earlier outturn (与2019年决算数…相比) compares the outturn the sentence states,
     * not a budget stated after it (“三公”经费支出1.74万元，全年预算数为2.04万元，…与2019年决算数0.18万元相比).
     */
    private @Nullable Draft sameKind(@Nullable Draft target, List<Draft> drafts, @Nullable Matcher compare) {
      if (target == null || compare == null || compare.group(3) == null || !isBudget(target.basis)) {
        return target;
      }
      Optional<Basis> wanted = basis(compare.group(3));
      if (wanted.isEmpty() || isBudget(wanted)) {
        return target;
      }
      for (int i = drafts.size() - 1; i >= 0; i--) {
        if (!isBudget(drafts.get(i).basis) && drafts.get(i).amount.isPresent()) {
          return drafts.get(i);
        }
      }
      return target;
    }

    /**
     * Clauses without a number that say 与2024年预算持平: a comparison of the subject they name, or of the
     * amount just stated.
     */
    private void sameClauses(String between, @Nullable Draft current, List<Draft> drafts) {
      int from = 0;
      for (int i = 0; i <= between.length(); i++) {
        if (i == between.length() || CLAUSE_MARKS.indexOf(between.charAt(i)) >= 0 || between.charAt(i) == '。') {
          String clause = between.substring(from, i);
          from = i + 1;
          Matcher c = COMPARE.matcher(clause);
          if (SAME.matcher(clause).find() && c.find()) {
            String subject = clean(clause.substring(0, c.start()));
            Draft target = current;
            if (hasName(subject)) {
              target = newDraft(subject, null);
              drafts.add(target);
            }
            if (target != null && !target.compared) {
              target.touch(sentence);
              applyCompare(target, c);
              target.direction = Optional.of(Direction.SAME);
            }
          }
        }
      }
    }

    /**
     * The draft a change belongs to: a new one when the clause names a subject before its comparison
     * (公务接待费较2022年预算下降50%), else the current one.
     */
    /**
     * The amount of this sentence whose subject names what an earlier year's figure is of (本年度支出
     * 201,787.57万元，年末结转和结余0.37万元；与2019年度支出17,677.03万元相比: the 支出, not the 结余), the
     * latest first; none when no amount of the sentence names it. The figure then goes to the amount the
     * paragraph opened with if that names it too (本年度总收入合计…。与2019年度收入…相比), else stays unread.
     */
    private @Nullable Draft named(String noun, List<Draft> drafts) {
      for (int i = drafts.size() - 1; i >= 0; i--) {
        if (drafts.get(i).subject.replaceAll("\\s", "").contains(noun)) {
          return drafts.get(i);
        }
      }
      return null;
    }

    private @Nullable Draft subjectBefore(String lead, String clause, int dirStart, @Nullable Draft current,
        List<Draft> drafts) {
      String before = clause.substring(0, dirStart);
      Matcher c = COMPARE.matcher(before);
      if (c.find()) {
        before = before.substring(0, c.start());
      }
      String subject = clean(before);
      if (hasName(subject)) {
        Draft d = newDraft(subject, null);
        drafts.add(d);
        return d;
      }
      if (REASON.matcher(lead).find()) {
        // 主要原因是人员增加5人，增长10%: a change stated in a reason is of something the reason names,
        // not of the amount before it
        return null;
      }
      // no subject of its own: the amount just stated, outside any parenthesis the number is not in
      // (…运行费81.3万元（…45.3万元…）比上年增加36万元); at the start of a sentence, the item the
      // paragraph opened with (1. 医疗保障政策研究管理 985 万元 …。较 2022 年增加 231 万元)
      Draft target = current;
      for (int i = drafts.size() - 1; target != null && target.level > level && i >= 0; i--) {
        target = drafts.get(i);
      }
      if (target != null && target.level > level) {
        target = null;
      }
      target = target != null ? target : current != null ? null : all.isEmpty() ? null : all.get(0);
      if (target != null) {
        target.touch(sentence);
      }
      return target;
    }

    private Draft newDraft(String rawSubject, @Nullable Matcher compare) {
      Draft d = new Draft();
      d.level = level;
      d.touch(sentence);
      String subject = clean(rawSubject);
      Matcher y = YEAR.matcher(subject);
      if (y.find()) {
        d.year = OptionalInt.of(Integer.parseInt(y.group(1)));
      }
      d.subject = subject;
      d.basis = basis(subject);
      ClassificationPath path = ClassificationPath.of(subject);
      d.names = path.names();
      d.code = path.code();
      d.topic = topic(subject, d);
      if (headingTopic == null) {
        headingTopic = d.topic == Topic.OTHER ? topic(headingWords(), d) : d.topic;
      }
      if (d.topic == Topic.OTHER && isOnlyYearAndBasis(subject)) {
        d.topic = headingTopic;
      }
      if (compare != null) {
        applyCompare(d, compare);
      }
      return d;
    }

    /** The words a paragraph opens with, up to its first number: its heading (3. 公务用车购置和运行维护费。). */
    private String headingWords() {
      Matcher m = NUMBER.matcher(text);
      return m.find() ? text.substring(0, m.start()) : text;
    }

    private Fact build(Draft d) {
      Fact.Builder f = Fact.builder().paragraph(index).sentence(d.sentences.toString()).subject(d.subject).topic(d.topic)
          .year(d.year).basis(d.basis).code(d.code).addAllClassificationNames(d.names).amount(d.amount)
          .share(d.share).shareOf(d.shareOf).completion(d.completion).completionOf(d.completionOf);
      if (d.compared) {
        f.comparison(Comparison.builder().year(d.compareYear).basis(d.compareBasis).direction(d.direction)
            .change(d.change).base(d.base).percent(d.percent).percentDirection(d.percentDirection).build());
      }
      return f.build();
    }
  }

  /** The last comparison marker (比2024年预算…) in a lead, or null. */
  private static @Nullable Matcher lastCompare(String lead) {
    Matcher c = COMPARE.matcher(lead);
    int start = -1;
    while (c.find()) {
      start = c.start();
    }
    if (start < 0) {
      return null;
    }
    Matcher found = COMPARE.matcher(lead);
    found.find(start);
    return found;
  }

  /** Marks a draft compared; the year and basis of the first marker that reaches it are kept. */
  private static void applyCompare(Draft d, @Nullable Matcher compare) {
    boolean first = !d.compared;
    d.compared = true;
    if (compare == null || !first && (d.compareYear.isPresent() || d.compareBasis.isPresent())) {
      return;
    }
    if (compare.group(2) != null) {
      d.compareYear = OptionalInt.of(Integer.parseInt(compare.group(2)));
    }
    if (compare.group(3) != null) {
      d.compareBasis = basis(compare.group(3));
    }
  }

  /** The text of the last clause of a lead: after its last clause mark. */
  private static String clause(String lead) {
    for (int i = lead.length() - 1; i >= 0; i--) {
      if (CLAUSE_MARKS.indexOf(lead.charAt(i)) >= 0) {
        return lead.substring(i + 1);
      }
    }
    return lead;
  }

  private static String clean(String subject) {
    String s = subject;
    for (int i = 0; i < 8; i++) {
      Matcher m = LEADING_NOISE.matcher(s);
      if (!m.find() || m.end() == 0) {
        break;
      }
      s = s.substring(m.end());
    }
    return TRAILING_NOISE.matcher(s).replaceAll("").strip();
  }

  /** True when a subject names something: Chinese words beyond a year, a basis and connectives. */
  private static boolean hasName(String subject) {
    String rest = YEAR.matcher(subject).replaceAll("").replaceAll(
        "当年|预算执行数|执行数|年初预算|全年预算|预算数|预算安排|预算|决算数|决算|支出决算|安排|相比|同期|的|[\\s，,（）()]", "");
    return rest.codePoints().anyMatch(cp -> cp >= 0x3400 && cp <= 0x9fff);
  }

  private static boolean isOnlyYearAndBasis(String subject) {
    return !hasName(subject);
  }

  private static boolean isBudget(Optional<Basis> b) {
    return b.isPresent() && b.get() != Basis.FINAL && b.get() != Basis.EXECUTION;
  }

  private static Optional<Basis> basis(String printed) {
    // 一般公共预算 and 预算单位 name a fund and a kind of unit, not a budget figure
    String words = printed.replace("一般公共预算", "").replace("预算单位", "");
    if (words.contains("执行数")) {
      return Optional.of(Basis.EXECUTION);
    }
    if (words.contains("年初预算")) {
      return Optional.of(Basis.INITIAL_BUDGET);
    }
    if (words.contains("全年预算") || words.contains("调整预算") || words.contains("调整后的预算")) {
      return Optional.of(Basis.ADJUSTED_BUDGET);
    }
    if (words.contains("决算")) {
      return Optional.of(Basis.FINAL);
    }
    if (words.contains("预算")) {
      return Optional.of(Basis.BUDGET);
    }
    return Optional.empty();
  }

  private static Topic topic(String s, Draft d) {
    if (s.contains("因公出国")) {
      return Topic.OVERSEAS_TRAVEL;
    }
    if (s.matches(".*(?:公务用车购置|车辆购置)(?![及和与]).*") && !s.contains("运行")) {
      return Topic.VEHICLE_PURCHASE;
    }
    if (s.contains("公务用车运行")) {
      return Topic.VEHICLE_OPERATION;
    }
    if (s.contains("公务用车")) {
      return Topic.OFFICIAL_VEHICLES;
    }
    if (s.contains("公务接待")) {
      return Topic.OFFICIAL_RECEPTION;
    }
    if (s.contains("三公")) {
      return Topic.THREE_PUBLIC;
    }
    if (s.contains("运行经费") || s.contains("行政经费")) {
      return Topic.RUNNING_COSTS;
    }
    if (s.matches(".*货物(?:类)?(?:采购)?.*")) {
      return Topic.PROCUREMENT_GOODS;
    }
    // 工程采购, 工程类采购预算, and the Shanghai / Shenzhen order 政府采购工程预算, 政府采购服务支出
    if (s.matches(".*(?:工程(?:类)?采购|政府采购工程).*") || s.equals("工程") || s.equals("工程类")) {
      return Topic.PROCUREMENT_WORKS;
    }
    if (s.matches(".*(?:服务(?:类)?采购|政府采购服务).*") || s.equals("服务") || s.equals("服务类")) {
      return Topic.PROCUREMENT_SERVICES;
    }
    if (s.contains("政府采购")) {
      return Topic.PROCUREMENT;
    }
    if (s.contains("固定资产") || s.contains("国有资产") || s.contains("车辆") || s.contains("设备")) {
      return Topic.ASSETS;
    }
    if (!d.names.isEmpty() || d.code.isPresent()) {
      return Topic.CLASSIFICATION;
    }
    if (s.contains("人员经费") || s.contains("人员支出")) {
      return Topic.PERSONNEL;
    }
    if (s.contains("公用经费") || s.contains("公用支出")) {
      return Topic.PUBLIC_USE;
    }
    if (s.contains("基本支出")) {
      return Topic.BASIC;
    }
    if (s.contains("项目支出")) {
      return Topic.PROJECT;
    }
    if (s.contains("国有资本经营")) {
      return Topic.STATE_CAPITAL;
    }
    if (s.contains("政府性基金")) {
      return Topic.GOVERNMENT_FUND;
    }
    if (s.contains("一般公共预算")) {
      return Topic.GENERAL_PUBLIC_BUDGET;
    }
    if (s.contains("财政拨款")) {
      return Topic.FISCAL_APPROPRIATION;
    }
    if (s.contains("收支") || s.contains("收入支出")) {
      return Topic.INCOME_AND_EXPENDITURE;
    }
    if (s.contains("收入")) {
      return Topic.INCOME;
    }
    if (s.endsWith("支出") || s.contains("支出预算") || s.contains("支出合计")) {
      return Topic.EXPENDITURE;
    }
    return Topic.OTHER;
  }

  private static Direction direction(String word) {
    return word.startsWith("增") || word.startsWith("上") || word.startsWith("提") ? Direction.INCREASE
        : Direction.DECREASE;
  }

  private static String unit(String printed) {
    return "万".equals(printed) ? "万元" : printed;
  }

  private static BigDecimal decimal(String digits) {
    return new BigDecimal(digits.replace(",", ""));
  }
}
