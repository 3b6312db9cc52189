/** Codecs and the disclosure-text importer (预算公开数据读写). */
module io.github.cnbudget.io {
  requires transitive io.github.cnbudget.model;
  requires transitive com.fasterxml.jackson.databind;
  requires de.siegmar.fastcsv;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires java.desktop;
  // only for reading catalog workbooks and writing document workbooks; an optional dependency
  requires static org.apache.poi.ooxml;
  // only for the findings sheet of document workbooks and the Jackson serializers of findings; optional
  requires static io.github.cnbudget.rules;
  requires static org.jspecify;

  exports io.github.cnbudget.io;
  exports io.github.cnbudget.io.json;
  exports io.github.cnbudget.io.csv;
  exports io.github.cnbudget.io.text;
  exports io.github.cnbudget.io.catalog;
  exports io.github.cnbudget.io.xlsx;
  exports io.github.cnbudget.io.privacy;
  exports io.github.cnbudget.io.read;

  provides com.fasterxml.jackson.databind.Module with io.github.cnbudget.io.json.BudgetJsonModule;
}
