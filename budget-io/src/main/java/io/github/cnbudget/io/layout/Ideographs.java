package io.github.cnbudget.io.layout;

import java.text.Normalizer;
import java.util.Map;

/**
 * Characters of a text layer that print an ideograph under another code point (部首与兼容汉字归一):
 * Kangxi radicals (⽀ U+2F40 for 支), CJK radicals-supplement forms (⻔ U+2ED4 for 门, ⻓ for 长) and
 * compatibility ideographs (豈 U+F900). Office suites that export PDFs with some fonts map a glyph
 * shared by a radical and its ideograph to the radical's code point, so the page shows 一般公共预算支出
 * while its text layer holds ⼀般公共预算⽀出 — words no reader of disclosures would find. The glyph
 * on the page is the ideograph's, so reading the ideograph is reading what is printed, not a guess;
 * how many characters were read so is reported, so that nothing changes silently.
 */
public final class Ideographs {
  /**
   * Radicals-supplement forms that print a whole ideograph, and that ideograph (Unicode's
   * EquivalentUnifiedIdeograph data, limited to forms that stand for a character of their own; a
   * component form such as ⺅ is left as it is). NFKC covers only ⺟ and ⻳ of this block.
   */
  private static final Map<Character, Character> SUPPLEMENT = Map.ofEntries(
      Map.entry('\u2E9C', '日'), Map.entry('\u2E9D', '月'), Map.entry('\u2E9F', '母'),
      Map.entry('\u2EA0', '民'), Map.entry('\u2EA9', '王'), Map.entry('\u2EB6', '羊'),
      Map.entry('\u2EBC', '肉'), Map.entry('\u2EC1', '虎'), Map.entry('\u2EC4', '西'),
      Map.entry('\u2EC5', '见'), Map.entry('\u2EC6', '角'), Map.entry('\u2EC9', '贝'),
      Map.entry('\u2ECB', '车'), Map.entry('\u2ED1', '長'), Map.entry('\u2ED3', '长'),
      Map.entry('\u2ED4', '门'), Map.entry('\u2ED5', '阜'), Map.entry('\u2ED7', '雨'),
      Map.entry('\u2ED8', '青'), Map.entry('\u2ED9', '韦'), Map.entry('\u2EDA', '页'),
      Map.entry('\u2EDB', '风'), Map.entry('\u2EDC', '飞'), Map.entry('\u2EDD', '食'),
      Map.entry('\u2EE2', '马'), Map.entry('\u2EE3', '骨'), Map.entry('\u2EE4', '鬼'),
      Map.entry('\u2EE5', '鱼'), Map.entry('\u2EE6', '鸟'), Map.entry('\u2EE7', '卤'),
      Map.entry('\u2EE8', '麦'), Map.entry('\u2EE9', '黄'), Map.entry('\u2EEA', '黾'),
      Map.entry('\u2EEC', '齐'), Map.entry('\u2EEE', '齿'), Map.entry('\u2EF0', '龙'),
      Map.entry('\u2EF3', '龟'));

  private Ideographs() {}

  /**
   * How many characters of a text {@link #unify} changes.
   *
   * @param s a text
   * @return the count (0 when the text prints every ideograph under its own code point)
   */
  public static int count(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (convertible(cp)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The text with each radical and compatibility ideograph replaced by the ideograph it prints;
   * every other character as it is (full-width punctuation and digits stay: they are what the page
   * prints).
   *
   * @param s a text
   * @return the unified text (the same instance when nothing changes)
   */
  public static String unify(String s) {
    if (count(s) == 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      String one = new String(Character.toChars(cp));
      if (cp >= 0x2F00 && cp <= 0x2FDF) {
        b.append(Normalizer.normalize(one, Normalizer.Form.NFKC));
      } else if (cp >= 0x2E80 && cp <= 0x2EFF) {
        b.append(SUPPLEMENT.getOrDefault((char) cp, (char) cp).charValue());
      } else if (convertible(cp)) {
        // compatibility ideographs decompose canonically to one unified ideograph (or stay)
        b.append(Normalizer.normalize(one, Normalizer.Form.NFC));
      } else {
        b.append(one);
      }
    }
    return b.toString();
  }

  private static boolean convertible(int cp) {
    if (cp < 0x2E80) {
      // nearly every character: one comparison
      return false;
    }
    if (cp <= 0x2EFF) {
      return SUPPLEMENT.containsKey((char) cp);
    }
    if (cp <= 0x2FDF) {
      return cp <= 0x2FD5;
    }
    if (cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F) {
      // twelve code points of the first block are unified ideographs themselves and stay
      return !Normalizer.isNormalized(new String(Character.toChars(cp)), Normalizer.Form.NFC);
    }
    return false;
  }
}
