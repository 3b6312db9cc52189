package io.github.cnbudget.examples;

import io.github.cnbudget.io.csv.TidyCsv;
import io.github.cnbudget.io.json.DisclosureJson;
import io.github.cnbudget.model.Disclosure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Converts a document to the tidy CSV file set and back, and to JSON and back (CSV ↔ JSON 转换):
 * both round trips give an equal document.
 */
public final class ConvertCsvJson {
  private ConvertCsvJson() {}

  /**
   * Writes a document as JSON, reads the JSON back, writes that as a tidy CSV set in a folder and
   * reads the set back.
   *
   * @param document the document
   * @param folder where the CSV files go (created when missing)
   * @return the document read back from CSV
   */
  public static Disclosure roundTrip(Disclosure document, Path folder) {
    DisclosureJson json = DisclosureJson.defaults().withPrettyPrint(true);
    Disclosure fromJson = json.readString(json.writeString(document));
    TidyCsv csv = TidyCsv.defaults();
    csv.write(List.of(fromJson), folder);
    return csv.read(folder).get(0);
  }

  /**
   * Round-trips the builders' example document through a folder (first argument, default a new
   * temporary folder) and prints the start of {@code line_items.csv}.
   *
   * @param args an optional folder
   * @throws IOException if the folder cannot be made or read
   */
  public static void main(String[] args) throws IOException {
    Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("cn-budget-csv");
    Disclosure original = BuildDocument.document();
    Disclosure back = roundTrip(original, folder);
    Files.readAllLines(folder.resolve("line_items.csv")).stream().limit(4).forEach(System.out::println);
    System.out.println("CSV files in " + folder + "; read back equal: " + back.equals(original));
  }
}
