package io.github.cnbudget.rules.internal;

import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.performance.Indicator;
import io.github.cnbudget.model.performance.PerformanceGoal;
import io.github.cnbudget.model.performance.SelfEvaluation;
import io.github.cnbudget.rules.finding.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Walks the indicators of a document's performance tables with their locations. */
final class Indicators {
  private Indicators() {}

  /**
   * An indicator with where it is and which project (or department goal) it belongs to. The
   * location is made on demand: only indicators with a finding need one.
   */
  static final class Entry {
    final Indicator indicator;
    final String owner;
    final String table;
    /** In a target table (/goals), not a self-evaluation. */
    final boolean goal;
    private final Location parent;
    private final int index;

    Entry(Indicator indicator, Location parent, int index, String owner, String table, boolean goal) {
      this.indicator = indicator;
      this.parent = parent;
      this.index = index;
      this.owner = owner;
      this.table = table;
      this.goal = goal;
    }

    Location location() {
      return at(parent, index, indicator);
    }
  }

  static Location goalLocation(int gi, PerformanceGoal g) {
    Location l = Tables.onLine(Tables.inUnit(Location.at("/goals/" + gi), g.unit()), g.line());
    return g.place().isPresent() ? l.withPage(g.place().get().page()) : l;
  }

  static Location evaluationLocation(int ei, SelfEvaluation e) {
    return Tables.onLine(Tables.inUnit(Location.at("/selfEvaluations/" + ei), e.implementingUnit()), e.line());
  }

  static String owner(PerformanceGoal g) {
    return g.project().or(() -> g.unit()).or(() -> g.department()).orElse(g.scope().chinese());
  }

  static String owner(SelfEvaluation e) {
    return e.project().or(() -> e.implementingUnit()).or(() -> e.department()).orElse(e.scope().chinese());
  }

  static List<Entry> all(Disclosure d) {
    List<Entry> out = new ArrayList<>();
    for (int gi = 0; gi < d.goals().size(); gi++) {
      PerformanceGoal g = d.goals().get(gi);
      Location gl = goalLocation(gi, g);
      String table = g.title().orElse("/goals/" + gi);
      String owner = owner(g);
      for (int ii = 0; ii < g.indicators().size(); ii++) {
        out.add(new Entry(g.indicators().get(ii), gl, ii, owner, table, true));
      }
    }
    for (int ei = 0; ei < d.selfEvaluations().size(); ei++) {
      SelfEvaluation e = d.selfEvaluations().get(ei);
      Location el = evaluationLocation(ei, e);
      String owner = owner(e);
      String table = "/selfEvaluations/" + ei;
      for (int ii = 0; ii < e.indicators().size(); ii++) {
        out.add(new Entry(e.indicators().get(ii), el, ii, owner, table, false));
      }
    }
    return out;
  }

  static Location at(Location parent, int index, Indicator i) {
    Location l = Tables.onLine(parent.child("indicators").child(index).withCode(i.name().strip()), i.line());
    return i.place().isPresent() ? l.withPage(i.place().get().page()) : l;
  }

  /** The measure unit printed in split form, else the unit read from the end of the target text. */
  static Optional<String> unit(Indicator i) {
    if (i.measureUnit().isPresent() && !i.measureUnit().get().isBlank()) {
      return Optional.of(i.measureUnit().get().strip());
    }
    return Optional.empty();
  }
}
