package io.github.cnbudget.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbudget.model.AmountUnit;
import io.github.cnbudget.model.Stage;
import io.github.cnbudget.model.catalog.CatalogEntry;
import io.github.cnbudget.model.catalog.ClassificationCatalog;
import io.github.cnbudget.model.performance.Level1;
import io.github.cnbudget.model.performance.Level2;
import io.github.cnbudget.model.project.ProjectAttribute;
import io.github.cnbudget.model.project.ProjectCategory;
import io.github.cnbudget.model.table.TableKind;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled PDF font has a glyph for every character a generated document can print, so that a
 * generator's new word fails here, naming the character, instead of printing tofu (or, in PDFBox,
 * throwing from the middle of a property test).
 */
class PdfFontTest {
  private static final String FIX = " missing from the bundled font: add the word's source to"
      + " src/main/font/charset.py if it comes from elsewhere, then run src/main/font/subset.sh";

  private static CmapLookup cmap;

  @BeforeAll
  static void parseFont() throws IOException {
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(PdfRenderer.fontBytes()));
    cmap = ttf.getUnicodeCmapLookup();
  }

  @Test
  void font_coversTheVocabularyTheGeneratorsDrawFrom() throws IllegalAccessException {
    TreeSet<Integer> chars = new TreeSet<>();
    for (Field f : Vocabulary.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        f.setAccessible(true);
        strings(f.get(null), chars);
      }
    }
    for (Field f : PdfGrid.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        f.setAccessible(true);
        strings(f.get(null), chars);
      }
    }
    assertThat(chars).hasSizeGreaterThan(200);
    assertCovered(chars);
  }

  @Test
  void font_coversTheCatalogAndTheModelsPrintedWords() {
    TreeSet<Integer> chars = new TreeSet<>();
    for (CatalogEntry e : ClassificationCatalog.bundled().entries()) {
      add(e.name(), chars);
    }
    for (TableKind k : TableKind.values()) {
      add(k.chinese(), chars);
    }
    for (Stage s : Stage.values()) {
      add(s.chinese() + s.documentTerm(), chars);
    }
    for (AmountUnit u : AmountUnit.values()) {
      add(u.symbol(), chars);
    }
    for (Level2 l : Level2.values()) {
      add(l.chinese(), chars);
    }
    for (Level1 l : Level1.values()) {
      add(l.chinese(), chars);
    }
    for (ProjectCategory c : ProjectCategory.values()) {
      add(c.chinese(), chars);
    }
    for (ProjectAttribute a : ProjectAttribute.values()) {
      add(a.chinese(), chars);
    }
    assertCovered(chars);
  }

  @Test
  void font_coversEveryTextOfGeneratedAndMutatedDocuments() {
    TreeSet<Integer> chars = new TreeSet<>();
    DocumentGen gen = DocumentGen.of(DocumentGen.Options.defaults().withUnits(1, 20));
    SplittableRandom r = new SplittableRandom(PropertyChecks.seed());
    for (int i = 0; i < 60; i++) {
      // toString shows every string of the document: titles, names, labels, headers, printed cells
      add(gen.generate(r.split()).toString(), chars);
    }
    // final accounts: every kind of mutation finds what it changes (scores exist only there)
    DocumentGen finals = DocumentGen.of(DocumentGen.Options.defaults().withStage(Stage.FINAL_ACCOUNT));
    for (Mutations.Kind k : Mutations.Kind.values()) {
      for (int i = 0; i < 5; i++) {
        add(Mutations.of(finals, k).generate(r.split()).document().toString(), chars);
      }
    }
    assertCovered(chars);
  }

  @Test
  void font_coversItsCharacterList_andShipsItsLicence() throws IOException {
    TreeSet<Integer> chars = new TreeSet<>();
    add(Files.readString(Path.of("src/main/font/charset.txt"), StandardCharsets.UTF_8).strip(), chars);
    assertThat(chars).hasSizeGreaterThan(500);
    assertCovered(chars);
    try (InputStream in = PdfRenderer.class.getResourceAsStream("wqy-microhei-subset.LICENSE.txt")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .contains("WenQuanYi Micro Hei", "Apache License", "Version 2.0");
    }
  }

  private static void assertCovered(TreeSet<Integer> chars) {
    TreeSet<String> missing = new TreeSet<>();
    for (int cp : chars) {
      // controls and plain spaces print nothing; tabs and line breaks never reach a page
      if (!Character.isISOControl(cp) && cmap.getGlyphId(cp) == 0) {
        missing.add(String.format("U+%04X %s", cp, new String(Character.toChars(cp))));
      }
    }
    assertThat(missing).as("characters" + FIX).isEmpty();
  }

  /** Every string inside a value: strings, collections, maps, records. */
  private static void strings(Object o, TreeSet<Integer> chars) {
    if (o instanceof String s) {
      add(s, chars);
    } else if (o instanceof Collection<?> c) {
      c.forEach(x -> strings(x, chars));
    } else if (o instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        strings(k, chars);
        strings(v, chars);
      });
    } else if (o != null && o.getClass().isRecord()) {
      for (RecordComponent c : o.getClass().getRecordComponents()) {
        try {
          c.getAccessor().setAccessible(true);
          strings(c.getAccessor().invoke(o), chars);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    } else if (o instanceof Enum<?> e) {
      add(e.toString(), chars);
    }
  }

  private static void add(String s, TreeSet<Integer> chars) {
    s.codePoints().forEach(chars::add);
  }
}
