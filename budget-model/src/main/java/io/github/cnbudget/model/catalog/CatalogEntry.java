package io.github.cnbudget.model.catalog;

import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.CodeLevel;
import io.github.cnbudget.model.classification.Scheme;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One name of one code over a range of fiscal years (科目表条目): {@code 210 医疗卫生与计划生育支出 …–2018}
 * and {@code 210 卫生健康支出 2019–…} are two entries of the same code.
 *
 * <p>An open start means the sources do not say when the name began, an open end that it is still
 * in force; only renames bound the range. The provenance says where the name was seen or sourced
 * (e.g. {@code seed:002:line 147}, a public page's address, or a document as issuer, year and
 * kind: {@code 普陀区财政局 2025 部门预算}); the {@linkplain #trust() trust} says how strong that
 * evidence is. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CatalogEntry {
  CatalogEntry() {}

  /**
   * The code.
   *
   * @return e.g. {@code 210}
   */
  public abstract ClassificationCode code();

  /**
   * The code's name in the years of this entry, as the catalog prints it.
   *
   * @return e.g. {@code 卫生健康支出}
   */
  public abstract String name();

  /**
   * The first fiscal year the name is in force.
   *
   * @return the year, or empty when the sources do not bound it
   */
  public abstract Optional<FiscalYear> validFrom();

  /**
   * The last fiscal year the name is in force.
   *
   * @return the year, or empty while the name is still in force
   */
  public abstract Optional<FiscalYear> validTo();

  /**
   * Where the name was seen or sourced, one or more sources separated by {@code ; }.
   *
   * @return e.g. {@code seed:000:line 380; seed:001:line 181}
   */
  public abstract String provenance();

  /**
   * How well the code and name are attested.
   *
   * @return the trust level; {@link Trust#OFFICIAL} unless set, since a catalog a user builds is
   *     taken as given
   */
  @Value.Default
  public Trust trust() {
    return Trust.OFFICIAL;
  }

  /**
   * The scheme of the code.
   *
   * @return functional, departmental economic or government economic
   */
  public Scheme scheme() {
    return code().scheme();
  }

  /**
   * The level of the code.
   *
   * @return 类, 款 or 项
   */
  public CodeLevel level() {
    return code().level();
  }

  /**
   * Whether the name is in force in a year.
   *
   * @param year a fiscal year
   * @return true when the year lies in the entry's range
   */
  public boolean isValidIn(FiscalYear year) {
    return validFrom().map(f -> !year.isBefore(f)).orElse(true)
        && validTo().map(t -> !year.isAfter(t)).orElse(true);
  }

  /**
   * Whether this entry's years overlap another's.
   *
   * @param other another entry
   * @return true when some year lies in both ranges
   */
  boolean overlaps(CatalogEntry other) {
    boolean startsAfterOtherEnds = validFrom().isPresent() && other.validTo().isPresent()
        && validFrom().get().isAfter(other.validTo().get());
    boolean endsBeforeOtherStarts = validTo().isPresent() && other.validFrom().isPresent()
        && validTo().get().isBefore(other.validFrom().get());
    return !startsAfterOtherEnds && !endsBeforeOtherStarts;
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new CatalogException("blank name for code " + code());
    }
    if (provenance().isBlank()) {
      throw new CatalogException("no provenance for code " + code() + " " + name());
    }
    if (validFrom().isPresent() && validTo().isPresent() && validFrom().get().isAfter(validTo().get())) {
      throw new CatalogException("valid_from " + validFrom().get() + " after valid_to " + validTo().get()
          + " for code " + code());
    }
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CatalogEntry}s. */
  public static final class Builder extends ImmutableCatalogEntry.Builder {
    Builder() {}
  }
}
