package io.github.cnbudget.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.cnbudget.io.TestDocuments;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.testkit.PropertyChecks;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data package is what the Frictionless specifications ask: the descriptor has the profile's
 * required properties and shapes, and the files hold what their Table Schemas say (types, required
 * fields, enums, unique primary keys, foreign keys that resolve).
 */
class DataPackageTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern INTEGER = Pattern.compile("-?\\d+");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  @Test
  void descriptor_meetsTheTabularDataPackageProfile() throws Exception {
    Schema profile;
    try (InputStream in = getClass().getResourceAsStream("tabular-data-package.essentials.schema.json")) {
      profile = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
    JsonNode d = MAPPER.readTree(DataPackage.defaults().descriptor());

    assertThat(profile.validate(d)).isEmpty();
    assertThat(d.get("resources")).hasSize(TidyFile.values().length);
  }

  @Test
  void profile_refusesWhatTheSpecificationRefuses() throws Exception {
    Schema profile;
    try (InputStream in = getClass().getResourceAsStream("tabular-data-package.essentials.schema.json")) {
      profile = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
    String ok = new String(DataPackage.defaults().descriptor(), StandardCharsets.UTF_8);

    assertThat(profile.validate(MAPPER.readTree(ok.replace("\"tabular-data-package\"", "\"data-package\"")))).isNotEmpty();
    assertThat(profile.validate(MAPPER.readTree(ok.replace("\"path\" : \"units.csv\"", "\"path\" : \"../units.csv\""))))
        .isNotEmpty();
    assertThat(profile.validate(MAPPER.readTree(ok.replaceFirst("\"type\" : \"integer\"", "\"type\" : \"int\""))))
        .isNotEmpty();
    assertThat(profile.validate(MAPPER.readTree(ok.replaceFirst("\"name\" : \"units\"", "\"name\" : \"Units\""))))
        .isNotEmpty();
  }

  @Test
  void descriptor_describesEveryColumnOfEveryFile_inChineseAndEnglish() throws Exception {
    JsonNode d = MAPPER.readTree(DataPackage.defaults().descriptor());
    for (int i = 0; i < TidyFile.values().length; i++) {
      TidyFile f = TidyFile.values()[i];
      JsonNode r = d.get("resources").get(i);
      assertThat(r.get("path").asText()).isEqualTo(f.fileName());
      List<String> names = new ArrayList<>();
      r.get("schema").get("fields").forEach(x -> {
        names.add(x.get("name").asText());
        assertThat(x.get("description").asText()).matches("(?s).*\\p{IsHan}.* / .*[a-z].*");
      });
      assertThat(names).containsExactlyElementsOf(f.columns());
      assertThat(r.get("description").asText()).contains("\n");
    }
  }

  @Test
  void seeds_everyValueFitsItsSchema_andEveryKeyResolves() throws Exception {
    for (int seed = 0; seed < 4; seed++) {
      assertConforms(DataPackage.defaults().write(List.of(TestDocuments.imported(seed))));
    }
    List<Disclosure> all = new ArrayList<>();
    for (int seed = 0; seed < 4; seed++) {
      all.add(TestDocuments.imported(seed));
    }
    assertConforms(DataPackage.defaults().write(all));
  }

  @Test
  void generatedDocuments_everyValueFitsItsSchema_andEveryKeyResolves() {
    PropertyChecks.forAll(60, TestDocuments.documents(), d -> assertConforms(DataPackage.defaults().write(List.of(d))));
  }

  @Test
  void folder_readsBackAsTheTidySet(@TempDir Path dir) {
    Disclosure d = TestDocuments.imported(0);
    DataPackage.defaults().write(List.of(d), dir);

    assertThat(dir.resolve(DataPackage.DESCRIPTOR)).exists();
    assertThat(TidyCsv.defaults().read(dir)).containsExactly(d);
  }

  /** A small Frictionless validator: types, required, enums, primary and foreign keys of every file. */
  static void assertConforms(Map<String, byte[]> files) {
    JsonNode descriptor;
    try {
      descriptor = MAPPER.readTree(files.get(DataPackage.DESCRIPTOR));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Map<String, List<Map<String, String>>> tables = new HashMap<>();
    for (JsonNode r : descriptor.get("resources")) {
      tables.put(r.get("name").asText(), records(files.get(r.get("path").asText()), r));
    }
    for (JsonNode r : descriptor.get("resources")) {
      String name = r.get("name").asText();
      JsonNode schema = r.get("schema");
      List<Map<String, String>> rows = tables.get(name);
      for (int i = 0; i < rows.size(); i++) {
        for (JsonNode field : schema.get("fields")) {
          assertFits(field, rows.get(i).get(field.get("name").asText()), name + " row " + (i + 2));
        }
      }
      if (schema.has("primaryKey")) {
        List<String> key = strings(schema.get("primaryKey"));
        Set<List<String>> seen = new HashSet<>();
        for (Map<String, String> row : rows) {
          List<String> k = values(row, key);
          assertThat(k).as(name + " primary key").doesNotContain("");
          assertThat(seen.add(k)).as(name + " primary key " + k + " unique").isTrue();
        }
      }
      if (schema.has("foreignKeys")) {
        for (JsonNode fk : schema.get("foreignKeys")) {
          List<String> fields = strings(fk.get("fields"));
          String target = fk.get("reference").get("resource").asText();
          List<String> referenced = strings(fk.get("reference").get("fields"));
          assertThat(tables).as(name + " refers to " + target).containsKey(target);
          Set<List<String>> present = new HashSet<>();
          tables.get(target).forEach(row -> present.add(values(row, referenced)));
          for (Map<String, String> row : rows) {
            List<String> k = values(row, fields);
            if (!k.contains("")) {
              assertThat(present).as(name + " " + fields + " = " + k + " in " + target).contains(k);
            }
          }
        }
      }
    }
  }

  private static void assertFits(JsonNode field, String value, String where) {
    String as = where + " field " + field.get("name").asText() + " = '" + value + "'";
    assertThat(value).as(as + " present").isNotNull();
    JsonNode constraints = field.get("constraints");
    if (value.isEmpty()) {
      assertThat(constraints != null && constraints.path("required").asBoolean()).as(as + " required").isFalse();
      return;
    }
    switch (field.get("type").asText()) {
      case "integer":
        assertThat(value).as(as).matches(INTEGER);
        break;
      case "number":
        assertThat(value).as(as).matches(NUMBER);
        break;
      case "year":
        assertThat(value).as(as).matches(YEAR);
        break;
      case "boolean":
        assertThat(strings(field.get("trueValues"))).as(as).contains(value);
        break;
      case "array":
        assertThat(json(value).isArray()).as(as).isTrue();
        break;
      case "object":
        assertThat(json(value).isObject()).as(as).isTrue();
        break;
      default:
        break;
    }
    if (constraints != null && constraints.has("enum")) {
      assertThat(strings(constraints.get("enum"))).as(as + " in enum").contains(value);
    }
  }

  private static JsonNode json(String value) {
    try {
      return MAPPER.readTree(value);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + value, e);
    }
  }

  private static List<Map<String, String>> records(byte[] bytes, JsonNode resource) {
    List<Map<String, String>> out = new ArrayList<>();
    List<String> header = null;
    for (CsvRecord rec : CsvReader.builder().ofCsvRecord(new String(bytes, StandardCharsets.UTF_8))) {
      if (header == null) {
        header = rec.getFields();
        List<String> names = new ArrayList<>();
        resource.get("schema").get("fields").forEach(f -> names.add(f.get("name").asText()));
        assertThat(header).as(resource.get("path").asText() + " header").isEqualTo(names);
        continue;
      }
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), rec.getField(i));
      }
      out.add(row);
    }
    return out;
  }

  private static List<String> values(Map<String, String> row, List<String> fields) {
    List<String> out = new ArrayList<>();
    fields.forEach(f -> out.add(row.get(f)));
    return out;
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isTextual()) {
      out.add(node.asText());
    } else {
      node.forEach(x -> out.add(x.asText()));
    }
    return out;
  }
}
