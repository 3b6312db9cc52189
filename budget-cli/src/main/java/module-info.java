/** The budget command-line tool (预算公开命令行工具). */
module io.github.cnbudget.cli {
  requires io.github.cnbudget.rules;
  requires io.github.cnbudget.io;
  requires info.picocli;
  // validate --catalog reads workbooks through budget-io, whose POI dependency is optional
  requires org.apache.poi.ooxml;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;

  // picocli reads and sets the commands' annotated fields reflectively
  opens io.github.cnbudget.cli to info.picocli;
}
