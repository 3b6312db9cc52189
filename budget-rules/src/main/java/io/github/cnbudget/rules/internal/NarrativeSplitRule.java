package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.narrative.Fact;
import io.github.cnbudget.model.narrative.NarrativeReader;
import io.github.cnbudget.model.narrative.StatedAmount;
import io.github.cnbudget.model.narrative.Topic;
import io.github.cnbudget.rules.RuleContext;
import io.github.cnbudget.rules.Subject;
import io.github.cnbudget.rules.finding.Finding;
import io.github.cnbudget.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The splits the narrative states add up (说明中的分项合计): the 政府采购 total is its 货物, 工程 and 服务 parts
 * (其中：货物…、工程…、服务…), and the vehicles held or bought are the vehicles by kind the sentence lists
 * (共有车辆7辆，其中：…用车0辆、…其他用车7辆). A 政府采购 split is judged with the rounding of every printed
 * figure: beyond it an ERROR, within it but not equal an INFO; a split of only some parts (or one ending in
 * 等) is checked only for exceeding its total. Vehicles are counted, so they must add up exactly. The
 * vehicles held against the 国有资产占有使用情况表 are {@link NarrativeAssetsRule}'s.
 */
final class NarrativeSplitRule extends AbstractRule {
  static final String PROCUREMENT = "narrative-procurement-parts-mismatch";
  static final String PROCUREMENT_ROUNDING = "narrative-procurement-parts-rounding";
  static final String VEHICLES = "narrative-vehicle-kinds-mismatch";

  private static final Map<Topic, String> PARTS = NarrativeTableRule.PROCUREMENT_PARTS;

  /** A vehicle count: 共有车辆 0 辆, 购置车辆1辆, 车辆7辆. */
  private static final Pattern VEHICLES_HELD = Pattern.compile("车辆\\s*(?:共\\s*)?(\\d+)\\s*辆");
  /** What opens the list of kinds right after the count: ，其中： or a bracket. */
  private static final Pattern KINDS_OPEN = Pattern.compile("^\\s*(?:[，,]\\s*其中\\s*[：:，,]?|[（(]\\s*(?:其中\\s*[：:，,]?)?)");
  /** What closes it: the end of the clause or sentence, or the bracket. */
  private static final Pattern KINDS_CLOSE = Pattern.compile("[。；;）)]");
  private static final Pattern KIND = Pattern.compile("([\\u4e00-\\u9fff]{1,12}?用车)\\s*(\\d+)\\s*辆");

  NarrativeSplitRule() {
    super("narrative-split-sums", Set.of(PROCUREMENT, PROCUREMENT_ROUNDING, VEHICLES), Set.of("narrative", "arithmetic"),
        "The 政府采购 total is its 货物, 工程 and 服务 parts; the vehicles are the vehicles by kind");
  }

  @Override
  public List<Finding> check(Subject subject, RuleContext ctx) {
    Disclosure d = subject.document();
    List<Finding> out = new ArrayList<>();
    List<Fact> facts = Narratives.facts(d);
    for (int i = 0; i < facts.size(); i++) {
      Fact total = facts.get(i);
      if (total.topic() == Topic.PROCUREMENT && total.amount().isPresent() && NarrativeTableRule.isProcurement(total)) {
        procurement(d, facts, i, out);
      }
    }
    for (int p = 0; p < d.narrative().paragraphs().size(); p++) {
      String text = NarrativeReader.normalise(d.narrative().paragraphs().get(p).text());
      Matcher m = VEHICLES_HELD.matcher(text);
      while (m.find()) {
        vehicles(d, p, text, m, out);
      }
    }
    return out;
  }

  /** The parts that follow a 政府采购 total in its sentence, each once, against the total. */
  private void procurement(Disclosure d, List<Fact> facts, int i, List<Finding> out) {
    Fact total = facts.get(i);
    Map<Topic, StatedAmount> parts = new EnumMap<>(Topic.class);
    Fact last = total;
    for (int k = i + 1; k < facts.size(); k++) {
      Fact f = facts.get(k);
      if (f.paragraph() != total.paragraph() || !f.sentence().equals(total.sentence()) || !PARTS.containsKey(f.topic())
          || f.amount().isEmpty()) {
        break;
      }
      if (parts.put(f.topic(), f.amount().get()) != null) {
        // a part named twice is not a split this rule can add up
        return;
      }
      last = f;
    }
    if (parts.isEmpty()) {
      return;
    }
    StatedAmount whole = total.amount().get();
    // a zero is printed bare (工程采购金额0万元) beside figures to 0.01: it is known as closely as they are
    BigDecimal finest = whole.halfUlpInYuan();
    for (StatedAmount a : parts.values()) {
      if (a.value().signum() != 0 && a.halfUlpInYuan().compareTo(finest) < 0) {
        finest = a.halfUlpInYuan();
      }
    }
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal tolerance = whole.halfUlpInYuan();
    List<String> printed = new ArrayList<>();
    for (Map.Entry<Topic, StatedAmount> e : parts.entrySet()) {
      StatedAmount a = e.getValue();
      sum = sum.add(a.inYuan());
      tolerance = tolerance.add(a.value().signum() == 0 ? finest.min(a.halfUlpInYuan()) : a.halfUlpInYuan());
      printed.add(PARTS.get(e.getKey()) + " " + a.printed());
    }
    String s = last.sentence();
    int after = s.indexOf(last.amount().get().printed());
    // 服务类采购预算 3,549.98 万元等: the list names the main parts, not all of them
    boolean open = after >= 0 && s.startsWith("等", after + last.amount().get().printed().length());
    boolean complete = parts.size() == PARTS.size() && !open;
    BigDecimal gap = sum.subtract(whole.inYuan());
    if (!complete && gap.compareTo(tolerance) <= 0 || gap.signum() == 0) {
      return;
    }
    boolean rounding = gap.abs().compareTo(tolerance) <= 0;
    out.add(finding(rounding ? PROCUREMENT_ROUNDING : PROCUREMENT, rounding ? Severity.INFO : Severity.ERROR)
        .location(Narratives.location(d, total.paragraph()))
        .values(whole.inYuan(), sum)
        .arguments(Narratives.quote(total.sentence()), String.join("、", printed),
            Narratives.inUnit(sum, whole.unit()), whole.printed())
        .build());
  }

  /** A vehicle count followed by the vehicles by kind (，其中：…用车N辆、… or （…用车N辆，…）). */
  private void vehicles(Disclosure d, int p, String text, Matcher m, List<Finding> out) {
    String rest = text.substring(m.end());
    Matcher open = KINDS_OPEN.matcher(rest);
    if (!open.find()) {
      return;
    }
    Matcher close = KINDS_CLOSE.matcher(rest);
    int end = close.find(open.end()) ? close.start() : rest.length();
    Matcher kind = KIND.matcher(rest.substring(open.end(), end));
    int sum = 0;
    List<String> kinds = new ArrayList<>();
    while (kind.find()) {
      sum += Integer.parseInt(kind.group(2));
      kinds.add(kind.group(1) + kind.group(2) + "辆");
    }
    int stated = Integer.parseInt(m.group(1));
    if (kinds.isEmpty() || sum == stated) {
      return;
    }
    out.add(finding(VEHICLES, Severity.ERROR).location(Narratives.location(d, p))
        .values(BigDecimal.valueOf(stated), BigDecimal.valueOf(sum))
        .arguments(Narratives.quote(text.substring(Narratives.sentenceStart(text, m.start()),
            Math.min(text.length(), m.end() + end + 1))), String.join("、", kinds), sum, stated)
        .build());
  }
}
