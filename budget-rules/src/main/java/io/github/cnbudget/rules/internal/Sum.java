package io.github.cnbudget.rules.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The printed parts of one identity, summed exactly; cells printed blank are not terms. Not thread-safe. */
final class Sum {
  private BigDecimal total = BigDecimal.ZERO;
  private final List<BigDecimal> operands = new ArrayList<>();

  void add(Optional<BigDecimal> value) {
    if (value.isPresent()) {
      total = total.add(value.get());
      operands.add(value.get());
    }
  }

  BigDecimal total() {
    return total;
  }

  int terms() {
    return operands.size();
  }

  List<BigDecimal> operands() {
    return operands;
  }
}
