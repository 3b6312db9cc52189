package io.github.cnbudget.io.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.model.Disclosure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data printed in disclosures (个人信息): the names and telephone numbers of the people who
 * filled in or answer for a form — 填报人, 项目负责人, 联系人, 联系电话 and the like — and telephone numbers
 * wherever they are printed. The importer already passes the labelled fields of project forms over;
 * the same data can still stand in the narrative (联系电话：021-12345678), a table note or a text cell.
 * {@link #redact(Disclosure)} replaces each such value in every text of a document by {@link #MARK},
 * keeping its label, so that exports and reports carry none of it.
 *
 * <p>What is recognised: a value after a personal label and a colon (联系人：张三, up to the next comma,
 * semicolon, full stop, closing bracket, wide gap or line end), a mainland mobile number (1 and ten digits), and a
 * landline with its area code (021-12345678, （021）12345678, with an extension). An amount is never
 * one: digits next to other digits, a decimal point or a thousands separator, or followed by 元 or %,
 * are left alone.
 *
 * <p>Stateless and thread-safe.
 */
public final class PersonalData {
  /** What a redacted value is replaced by: 〔已隐去〕 (“withheld”). */
  public static final String MARK = "〔已隐去〕";

  private static final String LABELS = "(?:项目|单位|财务|部门)?(?:负责人|联系人)(?:电话|手机)?|联系电话|联系方式|联系手机"
      + "|填报人|填表人|经办人|审核人|手机号码|手机|电话号码|电话|传真";

  /** A personal label, its colon and its value (the value is group 2). */
  private static final Pattern LABELLED = Pattern.compile("(" + LABELS + ")\\s*[：:]\\s*"
      + "((?:[（(]\\d{2,4}[）)]\\s*)?(?:(?!\\s{2}|" + LABELS + ")[^，,；;。）)】」\\t\\r\\n])+(?<!\\s))");

  private static final String NOT_AMOUNT_BEFORE = "(?<![\\d.,，．])";
  private static final String NOT_AMOUNT_AFTER = "(?![\\d.,．]|\\s*(?:万?元|%|％))";

  /** A mobile or landline number standing on its own. */
  private static final Pattern PHONE = Pattern.compile(NOT_AMOUNT_BEFORE + "(?:"
      + "(?:\\+?86[-\\s]?)?1[3-9]\\d{9}"
      + "|(?:[（(]0\\d{2,3}[）)]\\s*|0\\d{2,3}[-－—]\\s*)\\d{7,8}(?:[-－—转]\\d{1,5})?"
      + ")" + NOT_AMOUNT_AFTER);

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DisclosureJson JSON = DisclosureJson.defaults();

  private PersonalData() {}

  /**
   * A text with each personal value replaced by {@link #MARK}.
   *
   * @param text the text
   * @return the text without personal data (the same string when it has none)
   */
  public static String redact(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = LABELLED.matcher(text);
    StringBuilder out = null;
    int from = 0;
    while (m.find()) {
      if (m.group(2).equals(MARK)) {
        continue;
      }
      out = out == null ? new StringBuilder(text.length()) : out;
      out.append(text, from, m.start(2)).append(MARK);
      from = m.end(2);
    }
    String labelled = out == null ? text : out.append(text, from, text.length()).toString();
    Matcher p = PHONE.matcher(labelled);
    return p.find() ? p.replaceAll(MARK) : labelled;
  }

  /**
   * Whether a text holds personal data {@link #redact(String)} would withhold.
   *
   * @param text the text
   * @return true when redacting changes it
   */
  public static boolean holdsPersonalData(String text) {
    return !redact(text).equals(text);
  }

  /**
   * A document with personal data withheld from every text it holds: titles, notes, labels, text
   * cells, narrative paragraphs, projects, goals, indicators and evaluations. Amounts are not text and
   * stay as they are, unless a cell printing a telephone number was read as one: it becomes the mark.
   *
   * @param document the document
   * @return the document without personal data (the same instance when it has none)
   */
  public static Disclosure redact(Disclosure document) {
    Objects.requireNonNull(document, "document");
    JsonNode tree;
    try {
      tree = MAPPER.readTree(JSON.writeString(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode redacted = walk(tree);
    if (redacted.equals(tree)) {
      return document;
    }
    try {
      return JSON.readString(MAPPER.writeValueAsString(redacted));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Documents with personal data withheld.
   *
   * @param documents the documents
   * @return each redacted, in order
   */
  public static List<Disclosure> redact(List<Disclosure> documents) {
    List<Disclosure> out = new ArrayList<>(documents.size());
    for (Disclosure d : documents) {
      out.add(redact(d));
    }
    return out;
  }

  /** The tree with every text redacted; a cell whose amount is a telephone number becomes the mark. */
  private static JsonNode walk(JsonNode node) {
    if (node.isTextual()) {
      String text = node.textValue();
      String r = redact(text);
      return r.equals(text) ? node : TextNode.valueOf(r);
    }
    if (node.isArray()) {
      ArrayNode a = MAPPER.createArrayNode();
      node.forEach(e -> a.add(walk(e)));
      return a;
    }
    if (node.isObject()) {
      if (node.has("value") && node.path("printed").isTextual()) {
        // an amount cell: left as it is, unless what it prints is a telephone number
        return PHONE.matcher(node.path("printed").textValue().strip()).matches() ? TextNode.valueOf(MARK) : node;
      }
      ObjectNode o = MAPPER.createObjectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        o.set(e.getKey(), walk(e.getValue()));
      }
      return o;
    }
    return node;
  }
}
