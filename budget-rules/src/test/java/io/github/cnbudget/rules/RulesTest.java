package io.github.cnbudget.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.rules.finding.ValidationReport;
import io.github.cnbudget.rules.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class RulesTest {
  @Test
  void defaults_consistentDocument_reportsNothing() {
    Disclosure d = Fixtures.consistent();
    ValidationReport r = Rules.defaults().validate(d);
    assertThat(r.findings()).isEmpty();
  }
}
