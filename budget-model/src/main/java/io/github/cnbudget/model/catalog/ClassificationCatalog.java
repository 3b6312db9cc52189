package io.github.cnbudget.model.catalog;

import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.CodeLevel;
import io.github.cnbudget.model.classification.Scheme;
import io.github.cnbudget.model.table.Ordinal;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A classification catalog versioned by year (分年度的政府收支分类科目表): for each code, its names over
 * ranges of fiscal years, with the source of each name.
 *
 * <p>A code means something only together with a year: 210 is 医疗卫生与计划生育支出 until 2018 and
 * 卫生健康支出 from 2019. Look-ups therefore take the document's year: {@link #nameOf}, {@link
 * #contains}, {@link #children}, {@link #resolve}; {@link #matchName} tells whether a printed name is
 * the name of its year, another year's name, or neither.
 *
 * <p>Printed names are compared after normalising: Unicode NFKC (full-width brackets and digits
 * become ASCII), every blank removed (PDF text breaks names such as {@code 补 助}), and a leading
 * ordinal ({@code 九、}, {@code （六）}) dropped. A printed name that is a part of the year's name, three
 * characters at least, is {@link NameMatch#SHORTENED}: narrow cells cut names short
 * (机关事业单位基本养老保险缴) and documents print the distinctive part (基本养老保险).
 *
 * <p>{@link #bundled()} is the catalog shipped in this jar (see the package documentation); {@link
 * #load(Path)} reads a user's CSV in the same format, and {@link #overriddenBy} lays one catalog over
 * another. Immutable and thread-safe; look-ups are hash look-ups.
 */
public final class ClassificationCatalog {
  private static final String[] BUNDLED = {
    "functional.csv", "departmental-economic.csv", "government-economic.csv", "complete-parts.csv"
  };
  private static final Comparator<CatalogEntry> ORDER = Comparator
      .comparing((CatalogEntry e) -> e.scheme())
      .thenComparing(e -> e.code().digits())
      .thenComparing(e -> e.validFrom().map(FiscalYear::value).orElse(Integer.MIN_VALUE));

  /** The fewest characters a shortened name keeps: 医疗费 and 退休费 are names of three. */
  private static final int MIN_SHORTENED = 3;

  private static volatile @Nullable ClassificationCatalog bundled;

  private final List<CatalogEntry> entries;
  private final List<CompletePart> parts;
  private final Map<ClassificationCode, List<CatalogEntry>> byCode;
  private final Map<String, List<CatalogEntry>> byName;
  private final Map<ClassificationCode, List<CatalogEntry>> byParent;

  private ClassificationCatalog(List<CatalogEntry> sorted, List<CompletePart> parts) {
    this.entries = List.copyOf(sorted);
    this.parts = List.copyOf(parts);
    Map<ClassificationCode, List<CatalogEntry>> codes = new LinkedHashMap<>();
    Map<String, List<CatalogEntry>> names = new HashMap<>();
    Map<ClassificationCode, List<CatalogEntry>> parents = new HashMap<>();
    for (CatalogEntry e : entries) {
      List<CatalogEntry> same = codes.computeIfAbsent(e.code(), k -> new ArrayList<>());
      for (CatalogEntry other : same) {
        if (other.overlaps(e)) {
          throw new CatalogException(overlap(other, e));
        }
      }
      same.add(e);
      names.computeIfAbsent(normalise(e.name()), k -> new ArrayList<>()).add(e);
      e.code().parent().ifPresent(p -> parents.computeIfAbsent(p, k -> new ArrayList<>()).add(e));
    }
    codes.replaceAll((k, v) -> List.copyOf(v));
    names.replaceAll((k, v) -> List.copyOf(v));
    parents.replaceAll((k, v) -> List.copyOf(v));
    this.byCode = Map.copyOf(codes);
    this.byName = Map.copyOf(names);
    this.byParent = Map.copyOf(parents);
  }

  private static String range(CatalogEntry e) {
    return e.validFrom().map(FiscalYear::toString).orElse("…") + "–" + e.validTo().map(FiscalYear::toString).orElse("…");
  }

  /**
   * A catalog of the given entries.
   *
   * @param entries the entries, in any order
   * @return the catalog
   * @throws CatalogException when two entries of one code overlap in years
   */
  public static ClassificationCatalog of(Collection<CatalogEntry> entries) {
    return of(entries, List.of());
  }

  /**
   * A catalog of the given entries that declares the parts it holds completely.
   *
   * @param entries the entries, in any order
   * @param completeParts the parts held completely, in any order
   * @return the catalog
   * @throws CatalogException when two entries of one code overlap in years
   */
  public static ClassificationCatalog of(Collection<CatalogEntry> entries, Collection<CompletePart> completeParts) {
    List<CatalogEntry> sorted = new ArrayList<>(entries);
    sorted.forEach(e -> Objects.requireNonNull(e, "entry"));
    sorted.sort(ORDER);
    List<CompletePart> parts = new ArrayList<>(completeParts);
    parts.forEach(p -> Objects.requireNonNull(p, "part"));
    return new ClassificationCatalog(sorted, parts);
  }

  /**
   * The catalog shipped in this jar: the functional 类 of the 2023 catalog the seeds print, and the
   * 款 and 项 printed in the seeds and in researched 2023–2026 documents; the departmental economic
   * scheme of seed 002's table 公开06 and the official 2024 决算公开样张, with the parts of it held
   * completely (the 款 of 301, 302, 303 and 310, 2020–2026); the government economic entries that
   * could be verified (a partial scheme). Every entry has its provenance and {@link Trust}.
   *
   * @return the bundled catalog, loaded once
   * @throws CatalogException if a bundled file is broken (a packaging defect)
   */
  public static ClassificationCatalog bundled() {
    // not a holder class: a broken resource must surface as CatalogException on every call, not as
    // ExceptionInInitializerError once and NoClassDefFoundError afterwards
    ClassificationCatalog c = bundled;
    if (c == null) {
      synchronized (ClassificationCatalog.class) {
        c = bundled;
        if (c == null) {
          c = loadBundled();
          bundled = c;
        }
      }
    }
    return c;
  }

  private static ClassificationCatalog loadBundled() {
    List<CatalogEntry> all = new ArrayList<>();
    List<CompletePart> parts = new ArrayList<>();
    for (String name : BUNDLED) {
      try (InputStream in = ClassificationCatalog.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new CatalogException(name, 1, "bundled catalog file missing from the jar");
        }
        CatalogCsv.Parsed parsed = read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        all.addAll(parsed.entries);
        parts.addAll(parsed.parts);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled catalog " + name, e);
      }
    }
    return of(all, parts);
  }

  /**
   * Reads a catalog CSV (UTF-8, RFC 4180) of entries, with the header
   * {@code scheme,code,name,valid_from,valid_to,trust,provenance}: scheme is {@code FUNCTIONAL},
   * {@code DEPARTMENTAL_ECONOMIC} or {@code GOVERNMENT_ECONOMIC}; years are four digits or empty
   * (open); trust is a {@link Trust} constant or empty ({@link Trust#OFFICIAL}), and the column
   * may be left out altogether; the provenance is required. A file with the header
   * {@code scheme,parent,valid_from,valid_to,provenance} instead declares parts held completely
   * (see {@link CompletePart}): an empty parent is the 类 level of the scheme, both years are
   * required.
   *
   * @param file the file
   * @return the catalog
   * @throws CatalogException with the file name and line of the first malformed record
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ClassificationCatalog load(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return load(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read catalog " + file, e);
    }
  }

  /**
   * Reads a catalog CSV from a reader; see {@link #load(Path)} for the format.
   *
   * @param in the CSV text; not closed
   * @param sourceName the name to report in errors, e.g. a file name
   * @return the catalog
   * @throws CatalogException with the source name and line of the first malformed record
   * @throws UncheckedIOException when reading fails
   */
  public static ClassificationCatalog load(Reader in, String sourceName) {
    try {
      CatalogCsv.Parsed parsed = read(in, sourceName);
      return of(parsed.entries, parsed.parts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read catalog " + sourceName, e);
    }
  }

  private static CatalogCsv.Parsed read(Reader in, String source) throws IOException {
    List<CatalogCsv.Record> records = CatalogCsv.read(in, source);
    CatalogCsv.Parsed parsed = CatalogCsv.bind(records, source);
    List<CatalogEntry> entries = parsed.entries;
    // checked here as well as in the constructor so that the error names the offending line
    Map<ClassificationCode, List<CatalogEntry>> seen = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      CatalogEntry e = entries.get(i);
      List<CatalogEntry> same = seen.computeIfAbsent(e.code(), k -> new ArrayList<>());
      for (CatalogEntry other : same) {
        if (other.overlaps(e)) {
          throw new CatalogException(source, records.get(i + 1).line, overlap(other, e));
        }
      }
      same.add(e);
    }
    return parsed;
  }

  private static String overlap(CatalogEntry a, CatalogEntry b) {
    CatalogEntry first = ORDER.compare(a, b) <= 0 ? a : b;
    CatalogEntry second = first == a ? b : a;
    return "two entries for code " + a.code() + " overlap: '" + first.name() + "' (" + range(first) + ") and '"
        + second.name() + "' (" + range(second) + ")";
  }

  /**
   * This catalog with another laid over it: for every code the other catalog has, its entries
   * replace this catalog's entries of that code in the years they cover (an official catalog of
   * 2024 corrects 2024 and leaves the bundled names of other years); other codes keep this
   * catalog's entries, except in the years of a part the other catalog holds completely and lists
   * codes of: such a list is every code there is. The parts held completely are those of both. Use it to complete or
   * correct the bundled catalog with the official one.
   *
   * @param other the catalog that wins
   * @return the merged catalog
   */
  public ClassificationCatalog overriddenBy(ClassificationCatalog other) {
    List<CatalogEntry> merged = new ArrayList<>(other.entries);
    // a part the other catalog holds completely and lists codes of is its full list for those years;
    // a part declared without codes of its own says that the merged catalog is complete there
    List<CompletePart> listed = new ArrayList<>();
    for (CompletePart p : other.parts) {
      if (other.entries.stream().anyMatch(o -> p.holds(o.code(), o.validFrom().orElse(p.validFrom())))) {
        listed.add(p);
      }
    }
    for (CatalogEntry e : entries) {
      List<int[]> taken = new ArrayList<>();
      for (CatalogEntry w : other.byCode.getOrDefault(e.code(), List.of())) {
        taken.add(new int[] {from(w), to(w)});
      }
      for (CompletePart p : listed) {
        if (p.holds(e.code(), p.validFrom()) && !other.byCode.containsKey(e.code())) {
          taken.add(new int[] {p.validFrom().value(), p.validTo().value()});
        }
      }
      merged.addAll(taken.isEmpty() ? List.of(e) : outside(e, taken));
    }
    List<CompletePart> allParts = new ArrayList<>(parts);
    allParts.addAll(other.parts);
    return of(merged, allParts);
  }

  /** The pieces of an entry's years outside the taken ranges, as entries. */
  private static List<CatalogEntry> outside(CatalogEntry e, List<int[]> taken) {
    List<int[]> pieces = new ArrayList<>();
    pieces.add(new int[] {from(e), to(e)});
    for (int[] w : taken) {
      List<int[]> next = new ArrayList<>();
      for (int[] p : pieces) {
        int wf = w[0];
        int wt = w[1];
        if (wt < p[0] || wf > p[1]) {
          next.add(p);
          continue;
        }
        if (p[0] < wf) {
          next.add(new int[] {p[0], wf - 1});
        }
        if (wt < p[1]) {
          next.add(new int[] {wt + 1, p[1]});
        }
      }
      pieces = next;
    }
    List<CatalogEntry> out = new ArrayList<>(pieces.size());
    for (int[] p : pieces) {
      CatalogEntry.Builder b = CatalogEntry.builder().code(e.code()).name(e.name()).trust(e.trust())
          .provenance(e.provenance());
      if (p[0] > FiscalYear.MIN_VALUE) {
        b.validFrom(FiscalYear.of(p[0]));
      }
      if (p[1] < FiscalYear.MAX_VALUE) {
        b.validTo(FiscalYear.of(p[1]));
      }
      out.add(b.build());
    }
    return out;
  }

  private static int from(CatalogEntry e) {
    return e.validFrom().map(FiscalYear::value).orElse(FiscalYear.MIN_VALUE);
  }

  private static int to(CatalogEntry e) {
    return e.validTo().map(FiscalYear::value).orElse(FiscalYear.MAX_VALUE);
  }

  /**
   * The parts this catalog holds completely.
   *
   * @return the parts, as declared
   */
  public List<CompletePart> completeParts() {
    return parts;
  }

  /**
   * The part held completely in a year that a code lies in: when there is one, a code the
   * catalog does not have there is a defect of the document rather than a gap of the catalog.
   *
   * @param code a code
   * @param year a fiscal year
   * @return the part, or empty when the catalog does not claim to know every code beside this one
   */
  public Optional<CompletePart> completePartOf(ClassificationCode code, FiscalYear year) {
    for (CompletePart p : parts) {
      if (p.holds(code, year)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The codes at the same level below the same parent in a year (同级科目), this code included
   * when the catalog has it.
   *
   * @param code a code
   * @param year a fiscal year
   * @return the codes in code order; for a 类, every 类 of its scheme
   */
  public List<ClassificationCode> siblings(ClassificationCode code, FiscalYear year) {
    Optional<? extends ClassificationCode> parent = code.parent();
    if (parent.isPresent()) {
      return children(parent.get(), year);
    }
    Set<ClassificationCode> out = new TreeSet<>(Comparator.comparing(ClassificationCode::digits));
    for (CatalogEntry e : entries) {
      if (e.scheme() == code.scheme() && e.level() == CodeLevel.CLASS && e.isValidIn(year)) {
        out.add(e.code());
      }
    }
    return List.copyOf(out);
  }

  /**
   * Every entry, by scheme, code and start year.
   *
   * @return the entries
   */
  public List<CatalogEntry> entries() {
    return entries;
  }

  /**
   * The entry of a code in force in a year.
   *
   * @param code a code
   * @param year a fiscal year
   * @return the entry, or empty when the catalog has no name for the code in that year
   */
  public Optional<CatalogEntry> entryOf(ClassificationCode code, FiscalYear year) {
    for (CatalogEntry e : byCode.getOrDefault(code, List.of())) {
      if (e.isValidIn(year)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The name of a code in a year.
   *
   * @param code a code, e.g. 210
   * @param year a fiscal year, e.g. 2018
   * @return the name (医疗卫生与计划生育支出), or empty when the code is not in the catalog that year
   */
  public Optional<String> nameOf(ClassificationCode code, FiscalYear year) {
    return entryOf(code, year).map(CatalogEntry::name);
  }

  /**
   * Whether a code is in the catalog in a year.
   *
   * @param code a code
   * @param year a fiscal year
   * @return true when the code has a name that year
   */
  public boolean contains(ClassificationCode code, FiscalYear year) {
    return entryOf(code, year).isPresent();
  }

  /**
   * Every name a code has had (科目名称沿革), earliest first.
   *
   * @param code a code
   * @return its entries, empty when the catalog does not know the code
   */
  public List<CatalogEntry> history(ClassificationCode code) {
    return byCode.getOrDefault(code, List.of());
  }

  /**
   * The entries in which a code bears a printed name: their ranges are the years the name belongs
   * to the code (e.g. 20805 行政事业单位离退休: until 2020).
   *
   * @param code a code
   * @param printedName the name as printed; normalised as described in the class documentation
   * @return the matching entries, empty when the code never had that name
   */
  public List<CatalogEntry> entriesNamed(ClassificationCode code, String printedName) {
    String n = normalise(printedName);
    List<CatalogEntry> out = new ArrayList<>(1);
    for (CatalogEntry e : history(code)) {
      if (normalise(e.name()).equals(n)) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Compares a printed name with the catalog for the document's year.
   *
   * @param code the printed code
   * @param printedName the name printed beside it
   * @param year the document's fiscal year
   * @return whether the name is that year's, another year's, never the code's, or the code unknown
   */
  public NameMatch matchName(ClassificationCode code, String printedName, FiscalYear year) {
    Optional<CatalogEntry> current = entryOf(code, year);
    if (current.isEmpty()) {
      return NameMatch.UNKNOWN_CODE;
    }
    String printed = normalise(printedName);
    String name = normalise(current.get().name());
    if (name.equals(printed)) {
      return NameMatch.MATCHES;
    }
    if (!entriesNamed(code, printedName).isEmpty()) {
      return NameMatch.OTHER_YEAR;
    }
    return isShortened(printed, name) ? NameMatch.SHORTENED : NameMatch.MISMATCH;
  }

  /**
   * Whether a printed name is the catalog's name cut short: what a narrow cell keeps of it
   * (机关事业单位基本养老保险缴 for 机关事业单位基本养老保险缴费支出) or the distinctive middle a
   * document prints for it (基本养老保险). Three characters at least, so that a stray 支出 or
   * 费用 is not taken for a name.
   */
  static boolean isShortened(String printed, String name) {
    return printed.length() >= MIN_SHORTENED && printed.length() < name.length() && name.contains(printed);
  }

  /**
   * The codes one level below a code that are in the catalog in a year (下级科目).
   *
   * @param code a 类 or 款
   * @param year a fiscal year
   * @return the children in code order, empty for a 项 or when none are known
   */
  public List<ClassificationCode> children(ClassificationCode code, FiscalYear year) {
    Set<ClassificationCode> out = new TreeSet<>(Comparator.comparing(ClassificationCode::digits));
    for (CatalogEntry e : byParent.getOrDefault(code, List.of())) {
      if (e.isValidIn(year)) {
        out.add(e.code());
      }
    }
    return List.copyOf(out);
  }

  /**
   * The codes of every scheme whose name in a year is the printed name (名称反查科目编码).
   *
   * @param printedName a printed name, e.g. {@code 九、卫生健康支出}
   * @param year the document's fiscal year
   * @return the candidates in code order; empty when none, several when the name is ambiguous
   *     (其他支出 is 229, 399 and 39999)
   */
  public List<ClassificationCode> resolve(String printedName, FiscalYear year) {
    return resolve(printedName, year, e -> true);
  }

  /**
   * The codes of one scheme whose name in a year is the printed name.
   *
   * @param printedName a printed name
   * @param year the document's fiscal year
   * @param scheme the scheme to search
   * @return the candidates in code order
   */
  public List<ClassificationCode> resolve(String printedName, FiscalYear year, Scheme scheme) {
    return resolve(printedName, year, e -> e.scheme() == scheme);
  }

  /**
   * The codes below a parent whose name in a year is the printed name: resolves a name printed
   * without code under a known 类 or 款 (其他支出 under 类 399 is 39999, not 229).
   *
   * @param printedName a printed name
   * @param year the document's fiscal year
   * @param parent an ancestor of the wanted code
   * @return the candidates in code order
   */
  public List<ClassificationCode> resolve(String printedName, FiscalYear year, ClassificationCode parent) {
    return resolve(printedName, year, e -> parent.isAncestorOf(e.code()));
  }

  private List<ClassificationCode> resolve(String printedName, FiscalYear year, Predicate<CatalogEntry> filter) {
    Set<ClassificationCode> out = new TreeSet<>(Comparator.comparing((ClassificationCode c) -> c.scheme())
        .thenComparing(ClassificationCode::digits));
    for (CatalogEntry e : byName.getOrDefault(normalise(printedName), List.of())) {
      if (e.isValidIn(year) && filter.test(e)) {
        out.add(e.code());
      }
    }
    return List.copyOf(out);
  }

  /**
   * Every entry of a scheme whose name is the printed name, in any year: finds the code of a stale
   * name (医疗卫生与计划生育支出 → 210, until 2018).
   *
   * @param printedName a printed name
   * @param scheme the scheme to search
   * @return the entries, by code and start year
   */
  public List<CatalogEntry> resolveAnyYear(String printedName, Scheme scheme) {
    List<CatalogEntry> out = new ArrayList<>();
    for (CatalogEntry e : byName.getOrDefault(normalise(printedName), List.of())) {
      if (e.scheme() == scheme) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  /**
   * How many entries the catalog has of a scheme and level.
   *
   * @param scheme a scheme
   * @param level a level
   * @return the number of entries (names), counting each name of a renamed code
   */
  public int count(Scheme scheme, CodeLevel level) {
    int n = 0;
    for (CatalogEntry e : entries) {
      if (e.scheme() == scheme && e.level() == level) {
        n++;
      }
    }
    return n;
  }

  /**
   * How many entries the catalog has of a scheme, level and trust.
   *
   * @param scheme a scheme
   * @param level a level
   * @param trust a trust level
   * @return the number of entries (names) with exactly that trust
   */
  public int count(Scheme scheme, CodeLevel level, Trust trust) {
    int n = 0;
    for (CatalogEntry e : entries) {
      if (e.scheme() == scheme && e.level() == level && e.trust() == trust) {
        n++;
      }
    }
    return n;
  }

  static String normalise(String printed) {
    String s = Normalizer.normalize(printed, Normalizer.Form.NFKC).strip();
    s = Ordinal.stripPrefix(s);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Two catalogs are equal when they have the same entries and parts held completely.
   *
   * @param o another object
   * @return true for a catalog with equal entries
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ClassificationCatalog && ((ClassificationCatalog) o).entries.equals(entries)
        && ((ClassificationCatalog) o).parts.equals(parts);
  }

  @Override
  public int hashCode() {
    return entries.hashCode() * 31 + parts.hashCode();
  }

  @Override
  public String toString() {
    return "ClassificationCatalog[" + entries.size() + " entries, " + parts.size() + " parts held completely]";
  }
}
