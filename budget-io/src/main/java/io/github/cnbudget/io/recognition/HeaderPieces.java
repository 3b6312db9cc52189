package io.github.cnbudget.io.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A header's labels wrapped inside their cells put back together (表头折行拼接) when the text kept no
 * positions: the cell lines of a header printed line by line, word under word, or the pieces of a few
 * labels on lines of their own above and below the line that names the columns — as tools that group
 * words into lines by their heights print a header whose cells centre their labels (财政专户管 over
 * 理资金, 一般公共预 over 算). The vocabulary decides: pieces are joined only into whole column labels.
 * Stateless; not instantiable.
 */
final class HeaderPieces {
  private static final Pattern NUMBER = Pattern.compile("[\\d.,]+");

  private HeaderPieces() {}

  /**
   * A header whose labels wrapped inside their cells, printed a line per cell line (本年收入合 财政拨款收
   * 上级补助 事业收 … over 计 入 收入 入 …): a line and the next line or the one after it printing as
   * many words (not counting code or name column words) are one line, word joined to word, when every
   * joined word is a whole column label and most of the first line's words are not; other lines stay.
   */
  static List<String> unwrapHeader(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    for (int i = 0; i < out.size(); i++) {
      List<String> top = LooseHeader.headerWords(out.get(i));
      if (top.size() < 2) {
        continue;
      }
      for (int j = i + 1; j < out.size() && j <= i + 2; j++) {
        List<String> below = LooseHeader.headerWords(out.get(j));
        if (below.size() != top.size()) {
          continue;
        }
        List<String> joined = new ArrayList<>();
        int whole = 0;
        for (int k = 0; k < top.size(); k++) {
          String w = top.get(k) + below.get(k);
          if (!LooseHeader.labels(w).equals(List.of(w))) {
            joined = null;
            break;
          }
          joined.add(w);
          if (LooseHeader.labels(top.get(k)).equals(List.of(top.get(k)))) {
            whole++;
          }
        }
        if (joined != null && whole * 2 < top.size()) {
          out.set(i, String.join(" ", joined));
          out.remove(j);
          break;
        }
      }
    }
    return out;
  }

  /**
   * Joins the pieces of wrapped labels a header prints on lines of their own to the line naming the
   * columns — the line printing the most header words, at least half of them whole labels: a piece on a
   * line up to two lines above or below it and a word of that line that make one label read top to
   * bottom (一般公共预 over 算, 财政专户管 over 理资金) become that label where the word stands. A line's
   * pieces take the words in the order both print them; lines left without words are dropped. A header
   * with no such line (every label wrapped, its pieces on every line), or with a piece joined to no word, is
   * left as printed.
   */
  static List<String> pieces(List<String> lines) {
    List<List<String>> words = new ArrayList<>();
    int main = -1;
    long most = 0;
    for (String l : lines) {
      List<String> w = new ArrayList<>(List.of(l.strip().split("\\s+")));
      // (the words naming amount columns, whole or in pieces)
      List<String> named = w.stream().map(HeaderLayout::squeeze).filter(x -> isLabel(x) || isLabelPiece(x)).toList();
      long whole = named.stream().filter(HeaderPieces::isLabel).count();
      if (named.size() > most && whole * 2 >= named.size()) {
        main = words.size();
        most = named.size();
      }
      words.add(w);
    }
    boolean joined = false;
    for (int apart = 1; apart <= 2 && main >= 0; apart++) {
      if (main - apart >= 0) {
        joined |= join(words.get(main), words.get(main - apart), true);
      }
      if (main + apart < words.size()) {
        joined |= join(words.get(main), words.get(main + apart), false);
      }
    }
    List<String> off = main >= 0 ? offTheLine(words, main) : List.of();
    joined |= !off.isEmpty();
    if (!joined || words.stream().flatMap(List::stream).anyMatch(w -> isLabelPiece(w) && !off.contains(w))) {
      // a label some of whose pieces found no place: the columns would be named short of one
      return lines;
    }
    List<String> out = new ArrayList<>();
    for (List<String> w : words) {
      w.removeIf(String::isEmpty);
      if (!w.isEmpty()) {
        out.add(String.join(" ", w));
      }
    }
    return out;
  }

  /**
   * A label no word of the columns' line belongs to: a column dividing others (其中：…) whose label of two
   * lines is centred on that line, its first piece alone on the line above and its second alone on the
   * line below (其中：政府 / … 项目支出 / 采购), joined when the two make one label; none otherwise. It goes
   * after the line's words: the text does not tell where it stood among them, and the last place is where
   * a form prints a column dividing others; the rows' column identities check it. (A piece beside other
   * words on its line may be one of theirs: measured, placing such pieces last misplaced columns.)
   */
  private static List<String> offTheLine(List<List<String>> words, int main) {
    if (main == 0 || main + 1 >= words.size()) {
      return List.of();
    }
    List<String> above = words.get(main - 1);
    List<String> below = words.get(main + 1);
    if (above.size() != 1 || below.size() != 1 || !HeaderLayout.squeeze(above.get(0)).startsWith("其中")
        || !isWord(below.get(0)) || !isPiece(below.get(0))) {
      return List.of();
    }
    String label = above.get(0) + below.get(0);
    if (LooseHeader.labels(HeaderLayout.squeeze(label)).size() != 1) {
      return List.of();
    }
    above.set(0, "");
    below.set(0, "");
    words.get(main).add(label);
    return List.of(label);
  }


  /**
   * Joins the pieces of a line above or below the columns' line to its words, in order: each piece to the
   * first word after the last one joined that makes a whole label with it, read top to bottom. A joined
   * piece is left empty in its line.
   */
  private static boolean join(List<String> onto, List<String> from, boolean fromAbove) {
    boolean joined = false;
    int next = 0;
    for (int k = 0; k < from.size(); k++) {
      String piece = from.get(k);
      if (!isWord(piece)) {
        continue;
      }
      for (int m = next; m < onto.size(); m++) {
        String word = onto.get(m);
        // one of the two at least names no column by itself (政府性基金 over 预算)
        if (!isWord(word) || !isPiece(word) && !isPiece(piece)) {
          continue;
        }
        String whole = fromAbove ? piece + word : word + piece;
        if (isWhole(HeaderLayout.squeeze(whole))) {
          onto.set(m, whole);
          from.set(k, "");
          next = m + 1;
          joined = true;
          break;
        }
      }
    }
    return joined;
  }

  /** A header word that may be joined: no level of a split code, number or blank. */
  private static boolean isWord(String word) {
    String w = HeaderLayout.squeeze(word);
    return !w.isEmpty() && !LooseHeader.CODE_LEVELS.contains(w) && !NUMBER.matcher(w).matches();
  }

  /** A header word that names no column by itself. */
  private static boolean isPiece(String word) {
    return !isWhole(HeaderLayout.squeeze(word));
  }

  /** A piece of a label: a word naming no column, and no word of the vocabulary (项目, 收入…). */
  private static boolean isLabelPiece(String word) {
    String w = HeaderLayout.squeeze(word);
    return isWord(w) && isPiece(w) && !LooseHeader.isWord(w);
  }

  /** A whole amount column's label. */
  private static boolean isLabel(String squeezed) {
    return LooseHeader.labels(squeezed).equals(List.of(squeezed));
  }

  /** A whole header word: an amount column's label, the code or name column's, or a vocabulary word. */
  private static boolean isWhole(String squeezed) {
    return isLabel(squeezed) || LooseHeader.isCodeOrNameWord(squeezed)
        || LooseHeader.isWord(squeezed);
  }
}
