package io.github.cnbudget.io.csv;

import static io.github.cnbudget.io.csv.TidyColumns.NOTES;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The records of each file grouped by the parent they belong to (按上级分组), by the key columns its
 * declaration names, and handed to their parents once each. Records of a parent come before the
 * records that refer to them only within a file; across files, everything is joined by its indices,
 * and each index must follow the previous one (1, 2, 3…) so that order is never guessed.
 */
final class Groups {
  private Groups() {}

  /**
   * What joins a record to its parent: up to three indices and two texts (owner, entry); unused
   * parts are 0 or null. Compared by value, never built as a string.
   */
  static final class Key {
    final int i1;
    final int i2;
    final int i3;
    final @Nullable String s1;
    final @Nullable String s2;

    Key(int i1, int i2, int i3, @Nullable String s1, @Nullable String s2) {
      this.i1 = i1;
      this.i2 = i2;
      this.i3 = i3;
      this.s1 = s1;
      this.s2 = s2;
    }

    boolean is(int j1, int j2, int j3, @Nullable String t1, @Nullable String t2) {
      return i1 == j1 && i2 == j2 && i3 == j3 && Objects.equals(s1, t1) && Objects.equals(s2, t2);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Key)) {
        return false;
      }
      Key k = (Key) o;
      return is(k.i1, k.i2, k.i3, k.s1, k.s2);
    }

    @Override
    public int hashCode() {
      return ((i1 * 31 + i2) * 31 + i3) * 31 + Objects.hashCode(s1) * 17 + Objects.hashCode(s2);
    }
  }

  static Key k(int d) {
    return new Key(d, 0, 0, null, null);
  }

  static Key k(int d, int i) {
    return new Key(d, i, 0, null, null);
  }

  static Key k(int d, int i, int j) {
    return new Key(d, i, j, null, null);
  }

  static Key k(int d, String owner, int oi) {
    return new Key(d, oi, 0, owner, null);
  }

  static Key k(int d, String owner, int oi, String entry) {
    return new Key(d, oi, 0, owner, entry);
  }

  /**
   * Groups a file's records by its parent key columns (up to three indices and two texts: owner,
   * entry), checking that its own index counts 1, 2, 3… within each group. Records of one parent
   * usually follow each other, so the map is consulted only when the key changes.
   */
  static Map<Key, List<Rec>> group(List<Rec> records, Columns<?, ?> file) {
    int[] ints = {-1, -1, -1};
    int[] texts = {-1, -1};
    int n = 0;
    int m = 0;
    for (TidyColumn<?, ?> c : file.parentKeys) {
      if (c.key != null && c.key.text()) {
        texts[m++] = c.ordinal;
      } else {
        ints[n++] = c.ordinal;
      }
    }
    int c1 = ints[0];
    int c2 = ints[1];
    int c3 = ints[2];
    int t1 = texts[0];
    int t2 = texts[1];
    int ic = file.index == null ? -1 : file.index.ordinal;
    Map<Key, List<Rec>> out = new LinkedHashMap<>();
    Key last = null;
    List<Rec> list = null;
    for (Rec r : records) {
      int i1 = c1 < 0 ? 0 : r.index(c1);
      int i2 = c2 < 0 ? 0 : r.index(c2);
      int i3 = c3 < 0 ? 0 : r.index(c3);
      String s1 = t1 < 0 ? null : r.str(t1);
      String s2 = t2 < 0 ? null : r.str(t2);
      if (last == null || list == null || !last.is(i1, i2, i3, s1, s2)) {
        last = new Key(i1, i2, i3, s1, s2);
        list = out.computeIfAbsent(last, x -> new ArrayList<>());
      }
      if (ic >= 0) {
        int i = r.index(ic);
        if (i != list.size() + 1) {
          throw r.error(ic, "expected " + (list.size() + 1) + ", found " + i + " (indices count up from 1)");
        }
      }
      list.add(r);
    }
    return out;
  }

  /** The notes of documents (table empty, grouped under table 0, which no table index can be) and tables. */
  static Map<Key, List<Rec>> notes(List<Rec> records) {
    int document = NOTES.parentKeys.get(0).ordinal;
    int table = NOTES.parentKeys.get(1).ordinal;
    int note = Objects.requireNonNull(NOTES.index, "declared").ordinal;
    Map<Key, List<Rec>> notes = new LinkedHashMap<>();
    for (Rec r : records) {
      Key key = k(r.index(document), r.isEmpty(table) ? 0 : r.index(table));
      List<Rec> list = notes.computeIfAbsent(key, x -> new ArrayList<>());
      if (r.index(note) != list.size() + 1) {
        throw r.error(note, "expected " + (list.size() + 1) + " (indices count up from 1)");
      }
      list.add(r);
    }
    return notes;
  }

  /**
   * Hands each group to its parent once, removing it, so that records are garbage as soon as they
   * are built into the model; what is left at the end refers to a parent that does not exist.
   */
  static final class Used {
    List<Rec> take(Map<Key, List<Rec>> groups, Key key) {
      List<Rec> list = groups.remove(key);
      return list == null ? List.of() : list;
    }

    void checkAllTaken(List<Map<Key, List<Rec>>> all) {
      for (Map<Key, List<Rec>> groups : all) {
        for (List<Rec> list : groups.values()) {
          throw list.get(0).error("refers to a document, table, row or owner that does not exist");
        }
      }
    }
  }
}
