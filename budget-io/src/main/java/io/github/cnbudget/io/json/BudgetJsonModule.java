package io.github.cnbudget.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.cnbudget.io.CodecException;
import io.github.cnbudget.io.ReadProblem;
import io.github.cnbudget.model.BudgetException;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.ClassificationCodes;
import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import java.io.IOException;
import java.util.Map;

/**
 * The Jackson module of the canonical JSON format (Jackson 模块): serializers and deserializers for
 * {@link Disclosure}, {@link DisclosureTable}, {@link Row} and {@link Cell} that write and read exactly
 * what {@link DisclosureJson} does, and for classification codes as their canonical digits
 * ({@code "2080501"}; a {@link FunctionalCode} or {@link EconomicCode} reads back exactly, the
 * interface {@link ClassificationCode} by {@link ClassificationCodes#parse}). When the rules module
 * ({@code budget-rules}, optional) is on the class path it also writes findings, their locations,
 * not-checked items and validation reports as the {@code validate --format json} report names their
 * fields, and reads back findings, locations and not-checked items (values); amounts there are
 * decimal strings. Registered through {@code META-INF/services} and the module's {@code provides},
 * so {@code ObjectMapper.findAndRegisterModules()} and Spring Boot find it.
 *
 * <p>Reading through a user's mapper is strict; the bounds are the mapper's own
 * {@code StreamReadConstraints} (use {@link DisclosureJson} for this library's defaults). The
 * module adds no polymorphic typing. Errors are {@link CodecException}s, which Jackson passes
 * through (it may wrap them in its own exception when the document is a property of a user's bean).
 *
 * <p>Immutable and thread-safe once registered.
 */
public final class BudgetJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public BudgetJsonModule() {
    super("cn-budget", Version.unknownVersion());
    addSerializer(Disclosure.class, serializer(Disclosure.class, (v, g) -> new JsonDocWriter(g, Map.of(), null).disclosure(v)));
    addSerializer(DisclosureTable.class,
        serializer(DisclosureTable.class, (v, g) -> new JsonDocWriter(g, Map.of(), null).table(v, "")));
    addSerializer(Row.class, serializer(Row.class, (v, g) -> new JsonDocWriter(g, Map.of(), null).row(v, "")));
    addSerializer(Cell.class, serializer(Cell.class, (v, g) -> new JsonDocWriter(g, Map.of(), null).cell(v, "")));
    addSerializer(ClassificationCode.class, serializer(ClassificationCode.class, (v, g) -> g.writeString(v.digits())));
    addDeserializer(Disclosure.class, deserializer(Disclosure.class, p -> reader(p).disclosure()));
    addDeserializer(DisclosureTable.class, deserializer(DisclosureTable.class, p -> reader(p).table()));
    addDeserializer(Row.class, deserializer(Row.class, p -> reader(p).row()));
    addDeserializer(Cell.class, deserializer(Cell.class, p -> {
      Cell c = reader(p).cell();
      if (c == null) {
        throw new CodecException(ReadProblem.Kind.MALFORMED_VALUE, reader(p).here(), "not a cell");
      }
      return c;
    }));
    addDeserializer(FunctionalCode.class, code(FunctionalCode.class, FunctionalCode::parse));
    addDeserializer(EconomicCode.class, code(EconomicCode.class, EconomicCode::parse));
    addDeserializer(ClassificationCode.class, code(ClassificationCode.class, ClassificationCodes::parse));
    if (rulesPresent()) {
      RulesJson.register(this);
    }
  }

  /** Writes a value to a generator. */
  @FunctionalInterface
  interface Write<T> {
    void write(T value, JsonGenerator gen) throws IOException;
  }

  /** Reads a value from a parser. */
  @FunctionalInterface
  interface Read<T> {
    T read(JsonParser p) throws IOException;
  }

  static <T> StdSerializer<T> serializer(Class<T> type, Write<T> write) {
    return new StdSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write.write(value, gen);
      }
    };
  }

  static <T> StdDeserializer<T> deserializer(Class<T> type, Read<T> read) {
    return new StdDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read.read(p);
      }
    };
  }

  /** Whether the optional rules module can be loaded: its types are referenced only if so. */
  private static boolean rulesPresent() {
    try {
      Class.forName("io.github.cnbudget.rules.finding.Finding", false, BudgetJsonModule.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static <C> StdDeserializer<C> code(Class<C> type, java.util.function.Function<String, C> parse) {
    return deserializer(type, p -> {
      if (!p.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
        throw new CodecException(ReadProblem.Kind.MALFORMED_VALUE, reader(p).here(), "a code is a string of digits");
      }
      String text = p.getText();
      try {
        return parse.apply(text);
      } catch (BudgetException e) {
        throw new CodecException(ReadProblem.Kind.MALFORMED_VALUE, reader(p).here(), "malformed code '" + text + "': " + e.getMessage(), e);
      }
    });
  }

  private static JsonDocReader reader(JsonParser p) {
    return new JsonDocReader(p, false, Math.max(64, p.streamReadConstraints().getMaxNumberLength()),
        // duplicates follow the caller's own parser settings, as before
        false);
  }
}
