package io.github.cnbudget.io.json;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rewrites the published JSON Schema from {@link Shapes}: {@code docs/disclosure.schema.json} and its
 * copy shipped in the jar. Not a test: it runs only when asked, by {@link #COMMAND}, after a change
 * to the wire format; {@code DisclosureSchemaTest} then holds the files to the descriptors.
 */
class SchemaFile {
  static final Path DOCS = Path.of("..", "docs", "disclosure.schema.json");
  static final Path RESOURCE = Path.of("src", "main", "resources", "io", "github", "cnbudget", "io", "json",
      "disclosure.schema.json");
  static final String COMMAND = "mvn -B -q -pl budget-io -am test -Dtest=SchemaFile "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dschema.write=true";

  @Test
  @EnabledIfSystemProperty(named = "schema.write", matches = "true")
  void write() throws Exception {
    String text = SchemaGenerator.text();
    Files.writeString(DOCS, text, StandardCharsets.UTF_8);
    Files.writeString(RESOURCE, text, StandardCharsets.UTF_8);
  }
}
