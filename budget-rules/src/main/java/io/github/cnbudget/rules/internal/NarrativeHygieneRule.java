package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The narrative's text is finished (文字规范): no doubled punctuation (。。 ，，), no sentence that stops
 * where its reason should be (主要原因是。), no template residue left in (XX, x,xxx, 增加（减少）), and
 * quotation marks that close. Each is a WARNING quoting the paragraph.
 */
final class NarrativeHygieneRule extends NarrativeRule {
  static final String DOUBLED = "narrative-doubled-punctuation";
  static final String TRUNCATED = "narrative-truncated-sentence";
  static final String RESIDUE = "narrative-template-residue";
  static final String QUOTES = "narrative-unbalanced-quotes";

  private static final Pattern DOUBLED_MARKS = Pattern.compile("。。|，，|、、|；；|：：|，。|。，|；。|，；");
  // a colon at a paragraph's end introduces a list on the next lines; a full stop right after the
  // words that introduce a reason or a use is a sentence cut short (主要原因是。)
  private static final Pattern CUT_SHORT = Pattern.compile(
      "(?:主要原因|原因是|原因为|主要用于|主要包括|具体包括)(?:是|为|有|如下)?\\s*[:：]?\\s*[。；;]");
  private static final Pattern TEMPLATE = Pattern.compile(
      "(?<![A-Za-z])(?:[XxＸｘ×]{2,}|[Xx]{1,3}[,，][Xx]{3}|[Xx]+\\.[Xx]+)(?![A-Za-z])"
          + "|增加[（(]减少[）)]|增长[（(]下降[）)]|减少[（(]增加[）)]|下降[（(]增长[）)]|上升[（(]下降[）)]"
          + "|(?<!\\d)20\\d\\s*年度|＿{2,}|_{2,}");

  NarrativeHygieneRule() {
    super("narrative-hygiene", Set.of(DOUBLED, TRUNCATED, RESIDUE, QUOTES),
        "Narrative text has no doubled punctuation, cut-off reasons, template residue or unclosed quotes");
  }

  @Override
  void checkParagraph(Disclosure d, int i, String text, List<Finding> out) {
    Matcher m = DOUBLED_MARKS.matcher(text);
    if (m.find()) {
      out.add(finding(DOUBLED, Severity.WARNING, d, i).arguments(excerpt(text, m.start()),
          m.group()).build());
    }
    m = CUT_SHORT.matcher(text);
    if (m.find()) {
      out.add(finding(TRUNCATED, Severity.WARNING, d, i).arguments(excerpt(text, m.start()),
          m.group().strip()).build());
    }
    m = TEMPLATE.matcher(text);
    if (m.find()) {
      out.add(finding(RESIDUE, Severity.WARNING, d, i).arguments(excerpt(text, m.start()),
          m.group().strip()).build());
    }
    long open = text.chars().filter(c -> c == '“').count();
    long close = text.chars().filter(c -> c == '”').count();
    long openBook = text.chars().filter(c -> c == '《').count();
    long closeBook = text.chars().filter(c -> c == '》').count();
    if (open != close || openBook != closeBook) {
      out.add(finding(QUOTES, Severity.WARNING, d, i).arguments(Narratives.quote(text),
          open != close ? "“" + open + " ”" + close : "《" + openBook + " 》" + closeBook).build());
    }
  }

  private Finding.Builder finding(String code, Severity s, Disclosure d, int i) {
    return finding(code, s).location(Narratives.location(d, i));
  }

  /** The words around a position, for quoting a long paragraph. */
  static String excerpt(String text, int at) {
    int from = Math.max(0, at - 40);
    int to = Math.min(text.length(), at + 40);
    return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
  }
}
