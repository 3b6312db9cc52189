package io.github.cnbudget.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.TestDocuments;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.testkit.PropertyChecks;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BudgetJsonModuleTest {
  @Test
  void findAndRegisterModules_findsTheModuleThroughServiceLoader() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    assertThat(mapper.getRegisteredModuleIds()).contains("cn-budget");
  }

  @Test
  void mapper_writesExactlyWhatTheFacadeWrites() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new BudgetJsonModule());
    DisclosureJson json = DisclosureJson.defaults();
    PropertyChecks.forAll(50, TestDocuments.documents(), d -> {
      try {
        String viaMapper = mapper.writeValueAsString(d);
        assertThat(viaMapper).isEqualTo(json.writeString(d));
        assertThat(mapper.readValue(viaMapper, Disclosure.class)).isEqualTo(d);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @Test
  void mapper_readsTablesAndCells() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new BudgetJsonModule());
    DisclosureTable t = TestDocuments.shenzhen2023().tables().get(0);

    assertThat(mapper.readValue(mapper.writeValueAsString(t), DisclosureTable.class)).isEqualTo(t);
    assertThat(mapper.writeValueAsString(Cell.of("0.50"))).isEqualTo("\"0.50\"");
    assertThat(mapper.readValue("\"0.50\"", Cell.class).value()).contains(new BigDecimal("0.50"));
  }

  @Test
  void mapper_strictErrorIsCodecException() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new BudgetJsonModule());

    assertThatThrownBy(() -> mapper.readValue("{\"kind\":\"INCOME\",\"title\":\"t\",\"x\":1}", DisclosureTable.class))
        .isInstanceOf(CodecException.class).hasMessageContaining("/x");
  }

  @Test
  void mapper_hasNoDefaultTyping() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    assertThat(mapper.getSerializationConfig().getDefaultTyper(null)).isNull();
    assertThat(DisclosureJson.mapper(io.github.cnbudget.io.ReadOptions.defaults())
        .getDeserializationConfig().getDefaultTyper(null)).isNull();
  }

  @Test
  void mapper_writesRowsAsTheDocumentDoes_andReadsThemBack() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new BudgetJsonModule());
    for (DisclosureTable t : TestDocuments.imported(0).tables()) {
      for (io.github.cnbudget.model.table.Row r : t.rows()) {
        String json = mapper.writeValueAsString(r);
        assertThat(json).startsWith("{\"kind\":\"" + r.kind().name() + "\"");
        assertThat(mapper.readValue(json, io.github.cnbudget.model.table.Row.class)).isEqualTo(r);
      }
    }
  }

  @Test
  void mapper_writesCodesAsTheirDigits_andReadsEachTypeBack() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new BudgetJsonModule());
    io.github.cnbudget.model.classification.FunctionalCode f =
        io.github.cnbudget.model.classification.FunctionalCode.parse("2080501");
    io.github.cnbudget.model.classification.EconomicCode e =
        io.github.cnbudget.model.classification.EconomicCode.parse("30101");

    assertThat(mapper.writeValueAsString(f)).isEqualTo("\"2080501\"");
    assertThat(mapper.writeValueAsString(e)).isEqualTo("\"30101\"");
    assertThat(mapper.readValue("\"2080501\"", io.github.cnbudget.model.classification.FunctionalCode.class)).isEqualTo(f);
    assertThat(mapper.readValue("\"30101\"", io.github.cnbudget.model.classification.EconomicCode.class)).isEqualTo(e);
    assertThat(mapper.readValue("\"2080501\"", io.github.cnbudget.model.classification.ClassificationCode.class))
        .isEqualTo(f);
    assertThatThrownBy(() -> mapper.readValue("\"20x\"", io.github.cnbudget.model.classification.FunctionalCode.class))
        .isInstanceOf(CodecException.class).hasMessageContaining("20x");
    assertThatThrownBy(() -> mapper.readValue("2080501", io.github.cnbudget.model.classification.FunctionalCode.class))
        .isInstanceOf(CodecException.class);
  }

  @Test
  void mapper_writesReportsWithTheirFindings_notJustTheTruncatedFlag() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    io.github.cnbudget.rules.finding.ValidationReport report =
        io.github.cnbudget.rules.Rules.defaults().validate(TestDocuments.imported(1));
    com.fasterxml.jackson.databind.JsonNode tree = mapper.readTree(mapper.writeValueAsString(report));

    assertThat(tree.get("findings")).hasSize(report.findings().size());
    assertThat(tree.get("notChecked")).hasSize(report.notChecked().size());
    assertThat(tree.get("summary").get("errors").asInt())
        .isEqualTo(report.count(io.github.cnbudget.model.Severity.ERROR));
    assertThat(tree.get("summary").get("truncated").asBoolean()).isFalse();
    io.github.cnbudget.rules.finding.Finding first = report.findings().get(0);
    assertThat(tree.get("findings").get(0).get("code").asText()).isEqualTo(first.code());
    assertThat(tree.get("findings").get(0).get("location").get("pointer").asText()).isEqualTo(first.location().pointer());
    assertThat(tree.get("findings").get(0).get("message").get("zh").asText())
        .isEqualTo(first.message(java.util.Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void mapper_readsFindingsAndNotCheckedItemsBackEqual() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new BudgetJsonModule());
    int seen = 0;
    for (int seed = 0; seed < 4; seed++) {
      io.github.cnbudget.rules.finding.ValidationReport report =
          io.github.cnbudget.rules.Rules.defaults().validate(TestDocuments.imported(seed));
      for (io.github.cnbudget.rules.finding.Finding f : report.findings()) {
        assertThat(mapper.readValue(mapper.writeValueAsString(f), io.github.cnbudget.rules.finding.Finding.class))
            .isEqualTo(f);
        seen++;
      }
      for (io.github.cnbudget.rules.finding.NotChecked n : report.notChecked()) {
        assertThat(mapper.readValue(mapper.writeValueAsString(n), io.github.cnbudget.rules.finding.NotChecked.class))
            .isEqualTo(n);
      }
    }
    assertThat(seen).isPositive();
  }

  @Test
  void mapper_findingWithUnknownField_isCodecExceptionAtThePointer() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new BudgetJsonModule());

    assertThatThrownBy(() -> mapper.readValue("{\"code\":\"x\",\"rule\":\"r\",\"severity\":\"ERROR\",\"bogus\":1}",
        io.github.cnbudget.rules.finding.Finding.class)).isInstanceOf(CodecException.class).hasMessageContaining("/bogus");
    assertThatThrownBy(() -> mapper.readValue("{\"code\":\"x\",\"rule\":\"r\",\"severity\":\"FATAL\"}",
        io.github.cnbudget.rules.finding.Finding.class)).isInstanceOf(CodecException.class).hasMessageContaining("FATAL");
  }
}
