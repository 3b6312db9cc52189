package io.github.cnbudget.testkit;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.table.DisclosureTable;
import io.github.cnbudget.model.table.Row;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A synthetic corpus (合成语料) of realistic, consistent disclosures, deterministic from a seed and
 * sized by a target number of line items: departments with 1–20 units, every standard table,
 * functional and economic trees, projects with indicator trees (see {@link DocumentGen}).
 *
 * <p>Documents are generated lazily, one at a time, so a corpus of any size streams in constant
 * memory. A <em>line item</em> is one printed table cell (one row of the tidy CSV's line items).
 * Immutable and thread-safe; each {@link #stream()} starts again from the seed.
 */
public final class Corpus {
  private final long seed;
  private final long targetLineItems;
  private final DocumentGen gen;

  private Corpus(long seed, long targetLineItems, DocumentGen gen) {
    this.seed = seed;
    this.targetLineItems = targetLineItems;
    this.gen = gen;
  }

  /**
   * A corpus of realistic documents: 1–20 units, every standard table, performance sections.
   *
   * @param seed the seed
   * @param targetLineItems stop after the document that reaches this many line items
   * @return the corpus
   */
  public static Corpus of(long seed, long targetLineItems) {
    if (targetLineItems < 1) {
      throw new IllegalArgumentException("targetLineItems must be positive: " + targetLineItems);
    }
    return new Corpus(seed, targetLineItems, DocumentGen.of(DocumentGen.Options.defaults().withUnits(1, 20)));
  }

  /**
   * The seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The target number of line items.
   *
   * @return the target
   */
  public long targetLineItems() {
    return targetLineItems;
  }

  /**
   * The documents, generated as they are consumed; the last one reaches or passes the target.
   *
   * @return a sequential stream of documents
   */
  public Stream<Disclosure> stream() {
    Iterator<Disclosure> it = new Iterator<>() {
      private final SplittableRandom random = new SplittableRandom(seed);
      private long items;

      @Override
      public boolean hasNext() {
        return items < targetLineItems;
      }

      @Override
      public Disclosure next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Disclosure d = gen.generate(random.split());
        items += lineItems(d);
        return d;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * The number of line items (printed table cells) of a document.
   *
   * @param d a document
   * @return the count of cells in all its tables
   */
  public static long lineItems(Disclosure d) {
    long n = 0;
    for (DisclosureTable t : d.tables()) {
      for (Row r : t.rows()) {
        n += r.cells().size();
      }
    }
    return n;
  }
}
