package io.github.cnbudget.io.text;

import io.github.cnbudget.model.performance.Indicator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Indicators as one comparable text, one line each: levels, name, target and history. A blank inside
 * a printed value (≥12 万人) is dropped, as a PDF's glyph runs do not keep it.
 */
final class IndicatorText {
  private IndicatorText() {}

  static String of(List<Indicator> indicators) {
    return indicators.stream().map(i -> (i.level1Text() + "/" + i.level2Text() + "/" + i.name() + "="
        + i.targetText().orElse("") + " " + i.history()).replaceAll("(?<=\\S) (?=\\S)", ""))
        .collect(Collectors.joining("\n"));
  }
}
