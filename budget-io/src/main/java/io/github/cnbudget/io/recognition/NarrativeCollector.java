package io.github.cnbudget.io.recognition;

import io.github.cnbudget.model.narrative.Narrative;
import io.github.cnbudget.model.narrative.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Collects the prose lines outside tables into the narrative's paragraphs (情况说明段落): a line that
 * does not end a sentence continues into the next prose line when only blank lines lie between them
 * (text extracted from a PDF breaks lines, and sometimes words, at the page width), unless the next
 * line opens a list item. Paragraphs remember the last heading seen; those under 名词解释 are left out,
 * since definitions state no facts of the document.
 */
final class NarrativeCollector {
  private static final Pattern ENDS_PARAGRAPH = Pattern.compile("[。！？!?：:；;]\\s*$");
  private static final Pattern OPENS_ITEM = Pattern.compile(
      "^(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\\d{1,3}\\s*[.、．](?!\\d)|[①-⑳])");
  private static final Pattern DEFINITION = Pattern.compile("^[^，。：:]{0,24}[：:]\\s*指");
  private static final Pattern AMOUNT = Pattern.compile("\\d\\s*(?:万元|元|%|％)");
  private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff]");
  /**
   * The title of an explanatory part printed without an ordinal (2024年部门预算编制说明, 其他相关情况说明,
   * 名词解释): short, without sentence punctuation, ending in 说明 or 名词解释.
   */
  private static final Pattern PART_TITLE = Pattern.compile(
      "^(?:[^，。；：:,;、！？!?]{0,30}名词解释|[^，。；：:,;、！？!?]{2,30}说明)$");
  private static final int MIN_CJK = 6;
  private static final Pattern SUB_ITEM = Pattern.compile("^(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,3}\\s*[.、．](?!\\d))");
  private static final Pattern PROSE = Pattern.compile("[，。；]");

  /** Whether a line is the title of an explanatory part (其他相关情况说明, 2024年部门预算编制说明, 名词解释). */
  static boolean isPartTitle(SourceLine l) {
    return l.nonEmptyCount() == 1 && PART_TITLE.matcher(l.text().strip()).matches();
  }

  private final List<SourceLine> lines;
  private final List<Paragraph> paragraphs = new ArrayList<>();
  private @Nullable String section;
  private boolean definitions;
  private @Nullable StringBuilder text;
  private int start;
  private int end;

  NarrativeCollector(List<SourceLine> lines) {
    this.lines = lines;
  }

  /** A section heading: ends the paragraph in progress and names the following ones. */
  void heading(SourceLine l) {
    flush();
    if (definitions && SUB_ITEM.matcher(l.text()).find()) {
      // （一）财政拨款收入：是… — a definition printed as a list heading stays under 名词解释
      return;
    }
    section = l.text();
    definitions = section.contains("名词解释") || DEFINITION.matcher(section).find();
    if (!definitions && (AMOUNT.matcher(section).find() || section.endsWith("。"))) {
      // a list heading that states an amount (（四）项目支出 7,689 万元，具体包括：) or a whole sentence
      // ((二)公务用车购置及运行维护费与2022年预算持平。) is a paragraph too
      text = new StringBuilder(section);
      start = l.number;
      end = l.number;
      flush();
    }
  }

  /**
   * Offers a line outside any table.
   *
   * @return true when the line is prose and was taken
   */
  boolean offer(SourceLine l) {
    String t = l.text();
    int cjk = countCjk(t);
    if (l.nonEmptyCount() > 1 && l.raw.indexOf('\t') >= 0 && !(cjk >= MIN_CJK && PROSE.matcher(t).find())
        || cjk == 0) {
      // cells apart are a table's, unless they hold a sentence the page layout cut where an amount
      // stood apart (…年初预算为 | 10.00 万元，支出决算为10.00万元。)
      return false;
    }
    if (isPartTitle(l)) {
      // a PDF marks no headings: a part's title is known by its words, and it ends the 名词解释 before it
      heading(l);
      return true;
    }
    if (definitions || DEFINITION.matcher(t).find()) {
      return true;
    }
    if (text != null && continues(l, t)) {
      // the tail of a wrapped sentence may be short (增加5万元。)
      text.append(t);
      end = l.number;
      return true;
    }
    if (cjk < MIN_CJK && !(text == null && t.strip().endsWith("。"))) {
      // a short complete sentence under a heading is a statement too (（九）国有资本经营预算财政拨款支出 | 无。)
      return false;
    }
    flush();
    text = new StringBuilder(t);
    start = l.number;
    end = l.number;
    return true;
  }

  private boolean continues(SourceLine l, String t) {
    if (ENDS_PARAGRAPH.matcher(text).find() || OPENS_ITEM.matcher(t).find()) {
      return false;
    }
    for (int k = end; k < l.number - 1; k++) {
      if (!lines.get(k).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static int countCjk(String t) {
    return (int) CJK.matcher(t).results().count();
  }

  private void flush() {
    if (text != null) {
      Paragraph.Builder p = Paragraph.builder().text(text.toString()).line(start);
      if (section != null) {
        p.section(section);
      }
      paragraphs.add(p.build());
      text = null;
    }
  }

  /** The narrative of the lines offered so far. */
  Narrative build() {
    flush();
    return Narrative.of(paragraphs);
  }
}
