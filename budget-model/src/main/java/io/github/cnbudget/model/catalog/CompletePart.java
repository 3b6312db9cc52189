package io.github.cnbudget.model.catalog;

import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.classification.ClassificationCode;
import io.github.cnbudget.model.classification.Scheme;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A part of a scheme that a catalog holds completely in a range of years (完整收录的科目范围): every
 * code directly below {@link #parent()} (every 类 of the scheme when there is no parent) that exists
 * in those years is in the catalog. Inside such a part a code the catalog does not know is a defect
 * of the document, not a gap of the catalog.
 *
 * <p>Example: the 款 of 302 商品和服务支出, 2020–2026, from the complete lists printed in the official
 * 2024 决算公开样张 and in a 2020 决算's table 公开06. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CompletePart {
  CompletePart() {}

  /**
   * The scheme.
   *
   * @return e.g. departmental economic
   */
  public abstract Scheme scheme();

  /**
   * The code whose children are held completely.
   *
   * @return e.g. {@code 302}; empty when the part is the 类 level of the scheme
   */
  public abstract Optional<ClassificationCode> parent();

  /**
   * The first year the part is held completely.
   *
   * @return the year
   */
  public abstract FiscalYear validFrom();

  /**
   * The last year the part is held completely.
   *
   * @return the year
   */
  public abstract FiscalYear validTo();

  /**
   * Why the part is known to be complete: the complete lists it was taken from.
   *
   * @return e.g. {@code 上海 2024 部门决算公开样张(官方模板)}
   */
  public abstract String provenance();

  /**
   * Whether the part holds a code: the code lies directly below the parent (or is a 类 of the
   * scheme when there is no parent) and the year is in the part's range.
   *
   * @param code a code
   * @param year a fiscal year
   * @return true when a code the catalog lacks there is a defect of the document
   */
  public boolean holds(ClassificationCode code, FiscalYear year) {
    if (code.scheme() != scheme() || year.isBefore(validFrom()) || year.isAfter(validTo())) {
      return false;
    }
    Optional<? extends ClassificationCode> p = code.parent();
    return parent().isEmpty() ? p.isEmpty() : p.isPresent() && p.get().equals(parent().get());
  }

  @Value.Check
  void check() {
    if (parent().isPresent() && parent().get().scheme() != scheme()) {
      throw new CatalogException("parent " + parent().get() + " is not of scheme " + scheme());
    }
    if (validFrom().isAfter(validTo())) {
      throw new CatalogException("valid_from " + validFrom() + " after valid_to " + validTo()
          + " for the part below " + parent().map(ClassificationCode::digits).orElse(scheme().name()));
    }
    if (provenance().isBlank()) {
      throw new CatalogException("no provenance for the part below "
          + parent().map(ClassificationCode::digits).orElse(scheme().name()));
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

  /** Builds {@link CompletePart}s. */
  public static final class Builder extends ImmutableCompletePart.Builder {
    Builder() {}
  }
}
