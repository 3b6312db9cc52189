/** Codecs and the disclosure-text importer (预算公开数据读写). */
module io.github.cnbudget.io {
  requires transitive io.github.cnbudget.model;
  requires static org.jspecify;

  exports io.github.cnbudget.io.text;
}
