package io.github.cnbudget.rules.finding;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.rules.Rules;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void everyBuiltinCode_hasEnglishAndChineseMessages() {
    assertThat(Rules.codes()).isNotEmpty().allSatisfy(code -> assertThat(Messages.isDefined(code)).as(code).isTrue());
  }

  @Test
  void render_unknownKey_fallsBackToKeyAndArguments() {
    assertThat(Messages.render("no-such-key", List.of("a"), Locale.ENGLISH)).isEqualTo("no-such-key [a]");
  }

  @Test
  void render_chineseForAnyChineseLocale() {
    assertThat(Messages.render("missing-table", List.of("收入总表", "部门预算", "INCOME"), Locale.TRADITIONAL_CHINESE))
        .isEqualTo("部门预算缺少收入总表");
  }
}
