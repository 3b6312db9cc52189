package io.github.cnbudget.model.catalog;

import io.github.cnbudget.model.TextParseException;
import io.github.cnbudget.model.classification.ClassificationCodes;
import io.github.cnbudget.model.classification.EconomicCode;
import io.github.cnbudget.model.classification.Scheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which government economic 款 a departmental economic 款 is booked under (部门预算支出经济分类与政府
 * 预算支出经济分类对照): 30101 基本工资 → 50101 工资奖金津补贴 in an administrative unit (机关), →
 * 50501 工资福利支出 in a public institution (事业单位).
 *
 * <p>{@link #bundled()} holds the pairs that could be verified in the Ministry of Finance's
 * 对照表 (附表1) and in finance-system records, each with its provenance and trust; it is partial, as
 * the government economic scheme in the bundled catalog is. Immutable and thread-safe.
 */
public final class EconomicMapping {
  /** The header of the mapping file. */
  static final List<String> HEADER = List.of("government_code", "departmental_code", "applies_to", "trust", "provenance");

  private static volatile @Nullable EconomicMapping bundled;

  private final List<Pair> pairs;
  private final Map<EconomicCode, List<Pair>> byDepartmental;
  private final Map<EconomicCode, List<Pair>> byGovernment;

  /** The units a pair applies to (适用单位). */
  public enum Scope {
    /** Administrative units (机关), whose government classes are 501 and 502. */
    ADMINISTRATIVE,
    /** Public institutions (事业单位), whose spending the government scheme books under 505. */
    PUBLIC_INSTITUTION,
    /** Every unit. */
    ALL
  }

  /**
   * One departmental 款 and the government 款 it is booked under (对照关系).
   *
   * @param government the government economic code, e.g. 50101
   * @param departmental the departmental economic code, e.g. 30101
   * @param scope the units the pair applies to
   * @param trust how well the pair is attested
   * @param provenance where the pair was seen
   */
  public record Pair(EconomicCode government, EconomicCode departmental, Scope scope, Trust trust, String provenance) {
    /**
     * Checks the schemes of the two codes.
     *
     * @param government the code of the government economic classification
     * @param departmental the code of the departmental economic classification
     * @param scope the units the pair applies to
     * @param trust how well the pair is attested
     * @param provenance where the pair was seen
     * @throws CatalogException when a code is of the wrong scheme or the provenance is blank
     */
    public Pair {
      Objects.requireNonNull(government, "government");
      Objects.requireNonNull(departmental, "departmental");
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(trust, "trust");
      if (government.scheme() != Scheme.GOVERNMENT_ECONOMIC || departmental.scheme() != Scheme.DEPARTMENTAL_ECONOMIC) {
        throw new CatalogException("expected a government and a departmental economic code: " + government + ", "
            + departmental);
      }
      if (provenance.isBlank()) {
        throw new CatalogException("no provenance for " + departmental + " → " + government);
      }
    }
  }

  private EconomicMapping(List<Pair> pairs) {
    this.pairs = List.copyOf(pairs);
    Map<EconomicCode, List<Pair>> dept = new HashMap<>();
    Map<EconomicCode, List<Pair>> gov = new HashMap<>();
    for (Pair p : this.pairs) {
      dept.computeIfAbsent(p.departmental(), k -> new ArrayList<>()).add(p);
      gov.computeIfAbsent(p.government(), k -> new ArrayList<>()).add(p);
    }
    dept.replaceAll((k, v) -> List.copyOf(v));
    gov.replaceAll((k, v) -> List.copyOf(v));
    this.byDepartmental = Map.copyOf(dept);
    this.byGovernment = Map.copyOf(gov);
  }

  /**
   * A mapping of the given pairs.
   *
   * @param pairs the pairs
   * @return the mapping
   */
  public static EconomicMapping of(Collection<Pair> pairs) {
    return new EconomicMapping(new ArrayList<>(pairs));
  }

  /**
   * The pairs shipped in this jar.
   *
   * @return the bundled mapping, loaded once
   * @throws CatalogException if the bundled file is broken (a packaging defect)
   */
  public static EconomicMapping bundled() {
    EconomicMapping m = bundled;
    if (m == null) {
      synchronized (EconomicMapping.class) {
        m = bundled;
        if (m == null) {
          String name = "economic-mapping.csv";
          try (InputStream in = EconomicMapping.class.getResourceAsStream(name)) {
            if (in == null) {
              throw new CatalogException(name, 1, "bundled mapping file missing from the jar");
            }
            m = read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled mapping " + name, e);
          }
          bundled = m;
        }
      }
    }
    return m;
  }

  static EconomicMapping read(Reader in, String source) throws IOException {
    List<CatalogCsv.Record> records = CatalogCsv.read(in, source);
    if (records.isEmpty() || !records.get(0).fields.equals(HEADER)) {
      throw new CatalogException(source, 1, "expected the header " + String.join(",", HEADER));
    }
    List<Pair> out = new ArrayList<>();
    for (CatalogCsv.Record r : records.subList(1, records.size())) {
      if (r.fields.size() != HEADER.size()) {
        throw new CatalogException(source, r.line, "expected " + HEADER.size() + " fields, found " + r.fields.size());
      }
      try {
        out.add(new Pair(economic(r.fields.get(0)), economic(r.fields.get(1)), Scope.valueOf(r.fields.get(2).strip()),
            Trust.valueOf(r.fields.get(3).strip()), r.fields.get(4).strip()));
      } catch (TextParseException | IllegalArgumentException | CatalogException e) {
        throw new CatalogException(source, r.line, Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
      }
    }
    return of(out);
  }

  private static EconomicCode economic(String digits) {
    if (!(ClassificationCodes.parse(digits.strip()) instanceof EconomicCode code)) {
      throw new CatalogException("not an economic code: " + digits);
    }
    return code;
  }

  /**
   * Every pair, as listed.
   *
   * @return the pairs
   */
  public List<Pair> pairs() {
    return pairs;
  }

  /**
   * The government 款 a departmental 款 is booked under (政府预算经济分类归口).
   *
   * @param departmental a departmental economic code, e.g. 30101
   * @return its pairs, one per scope (机关 → 50101, 事业单位 → 50501); empty when not known
   */
  public List<Pair> governmentCodesOf(EconomicCode departmental) {
    return byDepartmental.getOrDefault(departmental, List.of());
  }

  /**
   * The departmental 款 booked under a government 款.
   *
   * @param government a government economic code, e.g. 50102
   * @return its pairs; empty when not known
   */
  public List<Pair> departmentalCodesOf(EconomicCode government) {
    return byGovernment.getOrDefault(government, List.of());
  }

  @Override
  public String toString() {
    return "EconomicMapping[" + pairs.size() + " pairs]";
  }
}
