/** Seeded generators and mutations of cn-budget values and documents, for property tests. */
module io.github.cnbudget.testkit {
  requires transitive io.github.cnbudget.model;
  requires static org.jspecify;
  requires org.apache.pdfbox;

  exports io.github.cnbudget.testkit;
  exports io.github.cnbudget.testkit.seeds;
}
