package io.github.cnbudget.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cnbudget.model.InvalidValueException;
import io.github.cnbudget.model.classification.FunctionalCode;
import io.github.cnbudget.model.table.Cell;
import io.github.cnbudget.model.table.Concept;
import io.github.cnbudget.model.table.PagePlace;
import io.github.cnbudget.model.table.Row;
import io.github.cnbudget.model.table.RowKind;
import io.github.cnbudget.model.table.Side;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The field descriptors agree with the model and with the hand-written paths for rows and cells. */
class ShapesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void requiredFields_areWhatTheModelRequires() {
    for (Shape<?, ?> s : shapes()) {
      if (s.handWritten || s.builder.get() instanceof Object[]) {
        continue; // rows and cells are checked below; parts holders are the reader's own
      }
      InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> build(s));
      List<String> missing = e == null ? List.of() : e.missing();
      List<String> required = s.fields().stream().filter(f -> f.required).map(f -> f.name)
          .collect(Collectors.toList());
      List<String> byModel = s.fields().stream().filter(f -> f.required && !f.checked).map(f -> f.name)
          .collect(Collectors.toList());
      // what the model refuses to build without is required in the schema, and what the schema
      // requires is refused either by the model or by the reader ("checked")
      assertThat(required).as(s.what).containsAll(missing);
      assertThat(missing).as(s.what).containsAll(byModel);
    }
  }

  private static <M, B> M build(Shape<M, B> s) {
    return s.build.apply(s.builder.get());
  }

  @Test
  void rowWriter_writesTheDeclaredFieldsInOrder() throws Exception {
    Row row = Row.builder().kind(RowKind.CODE).code(FunctionalCode.parse("2010101")).label("一般公共服务")
        .concept(Concept.TOTAL).unit("本级").side(Side.INCOME).number("1").line(3)
        .place(PagePlace.parse("1:1.5,2,3,4")).putCells("total", Cell.of("1.00")).addUnplaced(Cell.printed("2.50")).build();
    JsonNode written = write(g -> new JsonDocWriter(g, Map.of(), null).row(row, ""));
    assertThat(names(written)).containsExactlyElementsOf(names(Shapes.ROW));
    assertThat(new ObjectMapper().registerModule(new BudgetJsonModule()).treeToValue(written, Row.class)).isEqualTo(row);
  }

  @Test
  void cellWriter_writesTheDeclaredFieldsInOrder() throws Exception {
    Cell cell = Cell.repaired(new BigDecimal("10"), "1O").withPlace(io.github.cnbudget.model.table.PagePlace.parse("3:10,20,30,40"));
    JsonNode written = write(g -> new JsonDocWriter(g, Map.of(), null).cell(cell, ""));
    assertThat(names(written)).containsExactlyElementsOf(names(Shapes.CELL));
  }

  @Test
  void everyShapeWithADefinition_isListedOnce() {
    assertThat(Shapes.DEFINED).doesNotHaveDuplicates().allSatisfy(s -> assertThat(s.def).isNotNull());
    for (Shape<?, ?> s : shapes()) {
      assertThat(s.def == null || Shapes.DEFINED.contains(s)).as(s.what).isTrue();
    }
  }

  /** Every shape reachable from the document. */
  private static List<Shape<?, ?>> shapes() {
    List<Shape<?, ?>> out = new ArrayList<>();
    collect(Shapes.DOCUMENT, out);
    out.add(Shapes.CELL);
    return out;
  }

  private static void collect(Shape<?, ?> s, List<Shape<?, ?>> out) {
    if (out.contains(s)) {
      return;
    }
    out.add(s);
    for (WireField<?, ?> f : s.fields()) {
      if (f.shape != null) {
        collect(f.shape, out);
      }
    }
  }

  private static List<String> names(Shape<?, ?> s) {
    return s.fields().stream().map(f -> f.name).collect(Collectors.toList());
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @FunctionalInterface
  private interface Writing {
    void write(JsonGenerator g) throws Exception;
  }

  private static JsonNode write(Writing w) throws Exception {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      w.write(g);
    }
    return MAPPER.readTree(out.toString());
  }
}
