package io.github.cnbudget.io.recognition;

import io.github.cnbudget.io.recognition.TableDraft.RowDraft;
import io.github.cnbudget.model.classification.ClassificationCode;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Names wrapped in their cell (折行的科目名称) in text that lost its columns: the name's other line is
 * printed on a line of its own between two rows (2101202 财政对城乡居民基本医疗保险 229975.98 …, then
 * 基金的补助). It belongs to the row whose name it finishes: the row above, unless the catalog names
 * that row's code with the name as printed (finished) and the row below's name, the piece before it,
 * is its catalog name; then to the row below.
 */
final class WrappedNames {
  private WrappedNames() {}

  /**
   * Gives a fragment to the row above when that row's name is unfinished; returns the fragment when it
   * waits for the row below, else null.
   */
  static @Nullable String fragment(RowDraft above, String text, Function<ClassificationCode, Optional<String>> names) {
    String piece = HeaderLayout.squeeze(text);
    if (above.code != null) {
      Optional<String> name = names.apply(above.code);
      String printed = HeaderLayout.squeeze(above.label);
      if (name.isPresent() && HeaderLayout.squeeze(name.get()).equals(printed)) {
        return piece;
      }
    }
    above.label = above.label + piece;
    return null;
  }

  /**
   * Puts a waiting fragment before the name of the row below when the catalog names the row's code so;
   * else gives it back to the row above.
   */
  static void prepend(TableDraft table, RowDraft below, Function<ClassificationCode, Optional<String>> names) {
    String piece = table.fragment;
    if (piece == null) {
      return;
    }
    table.fragment = null;
    Optional<String> name = below.code == null ? Optional.empty() : names.apply(below.code);
    if (name.isPresent() && (HeaderLayout.squeeze(name.get()).equals(piece + HeaderLayout.squeeze(below.label))
        || below.label.isBlank() && HeaderLayout.squeeze(name.get()).startsWith(piece))) {
      // (a tall row prints its code and amounts between its name's lines: the name's start is above)
      below.label = piece + below.label;
    } else if (!table.rows.isEmpty()) {
      RowDraft above = table.rows.get(table.rows.size() - 1);
      above.label = above.label + piece;
    }
  }

  /** How the names of rows end when finished: 项目, 经费, 资金, 金, a bracketed year… */
  private static final java.util.regex.Pattern FINISHED = java.util.regex.Pattern.compile("(?:项目|经费|费|资金|金|[)）]|方案|支出)$");

  /**
   * A line continuing a row's text, split into the end of the row's name and the text: the words
   * before the first clause (no comma in them, 20 characters at most) finish a name that does not end
   * as names end; else the whole line is text.
   */
  static String[] nameThenText(String label, String line) {
    String[] words = line.strip().split(" ");
    StringBuilder name = new StringBuilder();
    int k = 0;
    while (k < words.length - 1 && !words[k].matches(".*[，,；;。、].*")) {
      name.append(words[k]);
      k++;
    }
    boolean fits = k > 0 && name.length() <= 20 && !words[0].matches("[-\\d.,%]+")
        && !FINISHED.matcher(HeaderLayout.squeeze(label)).find();
    if (!fits) {
      return new String[] {"", line};
    }
    return new String[] {name.toString(), String.join(" ", java.util.Arrays.asList(words).subList(k, words.length))};
  }
}
