package io.github.cnbudget.rules.internal;

import io.github.cnbudget.rules.Rule;
import java.util.List;

/** The built-in rules, in the order they run. */
public final class BuiltinRules {
  private BuiltinRules() {}

  /**
   * Every built-in rule.
   *
   * @return new instances, in order
   */
  public static List<Rule> all() {
    return List.of(new TreeRollupRule(), new ColumnIdentityRule(), new BalanceRule(), new UnitSumRule(), new ThreePublicRowsRule(),
        new CrossTableRule(false), new CrossTableRule(true), new MissingItemRowsRule(), new IncompleteTableRule(), new CatalogRule(), new RequiredTablesRule(), new EmptyTableRule(), new BlankCellsRule(),
        new AnnouncedTablesRule(), new IndicatorLevelsRule(), new WeightsRule(), new FrameworkScoresRule(), new RateUnitRule(), new TargetTextRule(),
        new TargetConsistencyRule(), new ScoreRule(), new NarrativeArithmeticRule(), new NarrativeRepeatedItemRule(),
        new NarrativeTableRule(), new NarrativeSplitRule(), new NarrativeAssetsRule(),
        new NarrativeNamesRule(), new NarrativeYearRule(), new NarrativeHygieneRule(), new NarrativeScopeRule(),
        new NarrativeStatementsRule(), new ContentsRule(), new NarrativeCoverageRule(),
        new ProjectsRule());
  }
}
