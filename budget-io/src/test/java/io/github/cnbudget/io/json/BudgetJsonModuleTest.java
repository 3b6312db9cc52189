package io.github.cnbudget.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.TestDocuments;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.testkit.Properties;
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
    DisclosureJson json = DisclosureJson.create();
    Properties.forAll(50, TestDocuments.documents(), d -> {
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
}
