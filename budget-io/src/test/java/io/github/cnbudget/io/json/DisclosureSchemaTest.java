package io.github.cnbudget.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.cnbudget.io.TestDocuments;
import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.classification.Scheme;
import io.github.cnbudget.model.performance.GoalScope;
import io.github.cnbudget.model.project.ProjectAttribute;
import io.github.cnbudget.model.project.ProjectCategory;
import io.github.cnbudget.model.table.CellMark;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import io.github.cnbudget.model.table.TableKind;
import io.github.cnbudget.testkit.PropertyChecks;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The published schema (shipped in the jar and in docs/) describes every JSON the library writes. */
class DisclosureSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String RESOURCE = "/io/github/cnbudget/io/json/disclosure.schema.json";

  static Schema schema() throws Exception {
    try (InputStream in = DisclosureSchemaTest.class.getResourceAsStream(RESOURCE)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  static JsonNode schemaNode() throws Exception {
    try (InputStream in = DisclosureSchemaTest.class.getResourceAsStream(RESOURCE)) {
      return MAPPER.readTree(in);
    }
  }

  @Test
  void schema_isShippedInTheJarAndIdenticalInDocs() throws Exception {
    Path docs = Path.of("..", "docs", "disclosure.schema.json");
    try (InputStream in = DisclosureSchemaTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(docs));
    }
  }

  @Test
  void schema_isTheOneGeneratedFromTheFieldDescriptors() throws Exception {
    JsonNode published = MAPPER.readTree(Files.readString(SchemaFile.DOCS));
    JsonNode generated = SchemaGenerator.schema();
    List<String> differences = new ArrayList<>();
    differences(published, generated, "", differences);
    assertThat(differences)
        .as("docs/disclosure.schema.json differs from the schema generated from Shapes (json/Shapes.java)."
            + " Change Shapes, not the file; then rewrite the file (and its copy in the jar) with%n"
            + "  %s%nDifferences (pointer: published / generated)", SchemaFile.COMMAND)
        .isEmpty();
  }

  /** Where two trees differ, by JSON pointer: a member missing on one side, or another value. */
  static void differences(JsonNode published, JsonNode generated, String at, List<String> out) {
    if (published.isObject() && generated.isObject()) {
      java.util.Set<String> names = new java.util.TreeSet<>();
      published.fieldNames().forEachRemaining(names::add);
      generated.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        String ptr = at + "/" + name.replace("~", "~0").replace("/", "~1");
        if (!published.has(name) || !generated.has(name)) {
          out.add(ptr + ": " + (published.has(name) ? published.get(name) : "(absent)") + " / "
              + (generated.has(name) ? generated.get(name) : "(absent)"));
        } else {
          differences(published.get(name), generated.get(name), ptr, out);
        }
      }
    } else if (published.isArray() && generated.isArray() && published.size() == generated.size()) {
      for (int i = 0; i < published.size(); i++) {
        differences(published.get(i), generated.get(i), at + "/" + i, out);
      }
    } else if (!published.equals(generated)) {
      out.add(at + ": " + published + " / " + generated);
    }
  }

  @Test
  void differences_nameEachPointerWhereTheTreesDiffer() throws Exception {
    List<String> out = new ArrayList<>();
    differences(MAPPER.readTree("{\"a\":{\"b\":[1,2]},\"c\":1}"), MAPPER.readTree("{\"a\":{\"b\":[1,3]},\"d\":1}"), "", out);
    assertThat(out).containsExactly("/a/b/1: 2 / 3", "/c: 1 / (absent)", "/d: (absent) / 1");
  }

  @Test
  void generatedDocuments_validateAgainstTheSchema() throws Exception {
    Schema schema = schema();
    DisclosureJson json = DisclosureJson.defaults();
    List<String> failures = new ArrayList<>();
    assertThat(schema.validate(MAPPER.readTree(json.writeString(TestDocuments.shenzhen2023())))).isEmpty();
    for (int i = 0; i < io.github.cnbudget.testkit.seeds.SeedDocuments.count(); i++) {
      assertThat(schema.validate(MAPPER.readTree(json.writeString(io.github.cnbudget.testkit.seeds.SeedDocuments.seed(i)))))
          .as("seed %d", i).isEmpty();
    }
    PropertyChecks.forAll(300, TestDocuments.documents(), d -> {
      try {
        List<Error> errors = schema.validate(MAPPER.readTree(json.writeString(d)));
        assertThat(errors).isEmpty();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    PropertyChecks.forAll(100, io.github.cnbudget.testkit.DocumentGen.defaults(), d -> {
      try {
        assertThat(schema.validate(MAPPER.readTree(json.writeString(d)))).isEmpty();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertThat(failures).isEmpty();
  }

  @Test
  void inputsTheStrictReaderAccepts_validateAgainstTheSchema() throws Exception {
    Schema schema = schema();
    DisclosureJson json = DisclosureJson.defaults();
    int accepted = 0;
    try (java.util.stream.Stream<Path> inputs = Files.list(Path.of("src", "test", "resources", "io", "github",
        "cnbudget", "io", "json", "DisclosureJsonFuzzTestInputs", "read"))) {
      for (Path input : (Iterable<Path>) inputs.sorted()::iterator) {
        byte[] data = Files.readAllBytes(input);
        try {
          json.readBytes(data);
        } catch (io.github.cnbudget.io.CodecException refused) {
          continue;
        }
        accepted++;
        assertThat(schema.validate(MAPPER.readTree(data))).as(input.getFileName().toString()).isEmpty();
      }
    }
    assertThat(accepted).as("corpus inputs the reader accepts").isPositive();
  }

  @Test
  void schema_rejectsWhatTheReaderRejects() throws Exception {
    Schema schema = schema();
    String ok = "{\"formatVersion\":1,\"department\":{\"name\":\"d\"},\"year\":2023,\"stage\":\"BUDGET\","
        + "\"precision\":{\"unit\":\"YUAN\",\"scale\":0}";
    assertThat(schema.validate(MAPPER.readTree(ok + "}"))).isEmpty();
    assertThat(schema.validate(MAPPER.readTree(ok + ",\"bogus\":1}"))).isNotEmpty();
    assertThat(schema.validate(MAPPER.readTree(ok + ",\"projects\":[{\"name\":\"p\",\"total\":\"1e3\"}]}"))).isNotEmpty();
    assertThat(schema.validate(MAPPER.readTree(ok + ",\"projects\":[{\"name\":\"p\",\"total\":12.5}]}"))).isNotEmpty();
    assertThat(schema.validate(MAPPER.readTree(ok.replace("\"year\":2023,", "") + "}"))).isNotEmpty();
  }

  @Test
  void schemaEnums_matchTheModelEnums() throws Exception {
    JsonNode defs = schemaNode().get("$defs");
    assertThat(enumOf(defs.at("/table/properties/kind"))).isEqualTo(names(TableKind.values()));
    assertThat(enumOf(defs.at("/column/properties/concept"))).isEqualTo(names(Concept.values()));
    assertThat(enumOf(defs.at("/column/properties/side"))).isEqualTo(names(Side.values()));
    assertThat(enumOf(defs.at("/row/allOf/0/properties/kind"))).isEqualTo(names(RowKind.values()));
    assertThat(enumOf(defs.at("/row/allOf/0/properties/scheme"))).isEqualTo(names(Scheme.values()));
    assertThat(enumOf(defs.at("/cell/oneOf/1/properties/mark"))).isEqualTo(names(CellMark.values()));
    assertThat(enumOf(defs.at("/project/properties/category"))).isEqualTo(names(ProjectCategory.values()));
    assertThat(enumOf(defs.at("/project/properties/attribute"))).isEqualTo(names(ProjectAttribute.values()));
    assertThat(enumOf(defs.at("/goal/properties/scope"))).isEqualTo(names(GoalScope.values()));
    assertThat(enumOf(defs.at("/goal/properties/amountUnit"))).isEqualTo(names(AmountUnit.values()));
  }

  private static List<String> enumOf(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.get("enum").forEach(v -> out.add(v.asText()));
    return out;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
  }
}
