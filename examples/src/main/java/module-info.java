/** Runnable examples of cn-budget. */
module io.github.cnbudget.examples {
  requires io.github.cnbudget.rules;
  requires io.github.cnbudget.io;
  requires static org.jspecify;
}
