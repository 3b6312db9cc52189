package io.github.cnbudget.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbudget.model.Disclosure;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CorpusTest {

  @Test
  void stream_reachesTheTargetWithItsLastDocument() {
    List<Disclosure> docs = Corpus.of(7, 20_000).stream().collect(Collectors.toList());
    long total = docs.stream().mapToLong(Corpus::lineItems).sum();
    long withoutLast = total - Corpus.lineItems(docs.get(docs.size() - 1));
    assertThat(total).isGreaterThanOrEqualTo(20_000);
    assertThat(withoutLast).isLessThan(20_000);
  }

  @Test
  void stream_isDeterministicFromTheSeed() {
    List<Disclosure> a = Corpus.of(11, 5_000).stream().collect(Collectors.toList());
    List<Disclosure> b = Corpus.of(11, 5_000).stream().collect(Collectors.toList());
    List<Disclosure> c = Corpus.of(12, 5_000).stream().collect(Collectors.toList());
    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c);
  }

  @Test
  void documents_haveBetweenOneAndTwentyUnits() {
    Corpus.of(3, 50_000).stream().forEach(d ->
        assertThat(d.department().units().size()).isBetween(1, 20));
  }

  @Test
  void of_rejectsNonPositiveTarget() {
    assertThatThrownBy(() -> Corpus.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
