package io.github.cnbudget.rules.finding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Renders finding messages from the bundles {@code io/github/cnbudget/rules/messages.properties}
 * (English) and {@code messages_zh_CN.properties} (Chinese), both UTF-8.
 *
 * <p>Arguments are substituted with {@link MessageFormat} as plain text: no expression language is
 * ever evaluated, so printed text from a document cannot inject anything. Thread-safe: the
 * bundles are read once.
 */
final class Messages {
  private static final Properties EN = load("messages.properties");
  private static final Properties ZH = load("messages_zh_CN.properties");

  private Messages() {}

  private static Properties load(String name) {
    Properties p = new Properties();
    // The bundles live in the package io.github.cnbudget.rules, the parent of this one.
    try (InputStream in = Messages.class.getResourceAsStream("/io/github/cnbudget/rules/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing message bundle " + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read message bundle " + name, e);
    }
    return p;
  }

  /**
   * Renders a message.
   *
   * @param key the message key
   * @param arguments the arguments for {0}, {1}…
   * @param locale Chinese for any {@code zh} locale, English otherwise
   * @return the message; the key itself followed by the arguments when the key is unknown
   */
  static String render(String key, List<String> arguments, Locale locale) {
    Properties bundle = "zh".equals(locale.getLanguage()) ? ZH : EN;
    String pattern = bundle.getProperty(key);
    if (pattern == null) {
      pattern = EN.getProperty(key);
    }
    if (pattern == null) {
      return key + " " + arguments;
    }
    return new MessageFormat(pattern, Locale.ROOT).format(arguments.toArray());
  }

  /**
   * Whether both bundles define a key.
   *
   * @param key the message key
   * @return true when English and Chinese texts exist
   */
  static boolean isDefined(String key) {
    return EN.containsKey(key) && ZH.containsKey(key);
  }
}
