package io.github.cnbudget.io.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Amounts printed a line above their row (金额印在其行之上): a layout tool that sets each text run on the
 * line of its baseline puts a tall row's amount, centred a little higher than its code, on a line of
 * its own above the code, whose name follows below ({@code 262.33} / {@code 301 01} / {@code 基本工资}),
 * and a total's amount above its name ({@code 2,152.26} / {@code 人员经费合计}).
 * Read in order, the amount would finish the row above. This gives the other reading: each line of
 * amounts only joins the code line right below it, as the first row of such a table prints them
 * ({@code 301 2,082.85} / {@code 工资福利支出}). Which reading is the table's is for its arithmetic to
 * say; this class only writes the lines. Stateless; not instantiable.
 */
public final class LiftedAmounts {
  /** An amount as such a line prints it: with its decimals or thousands separators, or a dash. */
  private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,3}(?:,\\d{3})*\\.\\d+|-?\\d+\\.\\d+|-?\\d{1,3}(?:,\\d{3})+|[-－—]");
  /** A code line: a classification code, whole or cut into 类 款 项, and no amount. */
  private static final Pattern CODE_LINE = Pattern.compile("\\d{3}(?:\\d{2}){0,2}(?: \\d{2}){0,2}(?: [^\\d\\s].*)?");

  private LiftedAmounts() {}

  /**
   * The lines with each line of amounts only joined to the code line (or total's name) right below it
   * (blank lines between them skipped); the lines unchanged when none is.
   *
   * @param lines lines whose cells are separated by one blank
   * @return the lines read the other way
   */
  public static List<String> lifted(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      int next = i + 1;
      while (next < lines.size() && lines.get(next).isBlank()) {
        next++;
      }
      if (amountsOnly(l) && next < lines.size() && codeLine(lines.get(next).strip())) {
        out.add(lines.get(next).strip() + " " + l);
        i = next;
        continue;
      }
      out.add(lines.get(i));
    }
    return out;
  }

  private static boolean amountsOnly(String line) {
    if (line.isEmpty()) {
      return false;
    }
    for (String token : line.split(" ")) {
      if (!AMOUNT.matcher(token).matches()) {
        return false;
      }
    }
    return true;
  }

  /** A code line, or a total's name (人员经费合计, 总计) printed below its amounts as a code's name is. */
  private static boolean codeLine(String line) {
    String squeezed = line.replace(" ", "");
    if (!CODE_LINE.matcher(line).matches() && !squeezed.endsWith("合计") && !squeezed.endsWith("总计")) {
      return false;
    }
    for (String token : line.split(" ")) {
      if (AMOUNT.matcher(token).matches()) {
        return false;
      }
    }
    return true;
  }
}
