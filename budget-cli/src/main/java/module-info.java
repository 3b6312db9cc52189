/** The budget command-line tool (预算公开命令行工具). */
module io.github.cnbudget.cli {
  requires io.github.cnbudget.rules;
  requires io.github.cnbudget.io;
  requires static org.jspecify;
}
