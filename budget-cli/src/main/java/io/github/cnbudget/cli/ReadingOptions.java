package io.github.cnbudget.cli;

import io.github.cnbudget.io.privacy.PersonalData;
import io.github.cnbudget.io.read.ReadSettings;
import io.github.cnbudget.io.text.DisclosureImporter;
import io.github.cnbudget.model.Disclosure;
import io.github.cnbudget.model.FiscalYear;
import io.github.cnbudget.model.Stage;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How the commands read their inputs (读取选项), shared by every command that reads documents: the
 * charset of disclosure text ({@code --charset}, detected by default), the fiscal year and stage of
 * text and PDF input that prints none ({@code --year}, {@code --stage}), and whether names and
 * telephone numbers are kept ({@code --keep-personal}; withheld by default, in every output and report).
 *
 * <p>A picocli mixin; not thread-safe while parsed, read-only afterwards.
 */
final class ReadingOptions {
  @Option(names = "--charset", paramLabel = "CHARSET",
      description = {"Charset of disclosure text input (UTF-8, GB18030, GBK, UTF-16…). Default: detected per file — a byte",
        "order mark, else UTF-8, else GB18030. JSON is always UTF-8; a tidy CSV set is UTF-8 or GB18030."})
  Optional<Charset> charset = Optional.empty();

  @Option(names = "--year", paramLabel = "YEAR", converter = YearConverter.class,
      description = {"Fiscal year of disclosure text and PDF input (2018…): for a document that prints none (an",
        "extract of its tables), used instead of the year its headings print. JSON and CSV carry their own."})
  Optional<FiscalYear> year = Optional.empty();

  @Option(names = "--stage", paramLabel = "STAGE",
      description = {"Stage of disclosure text and PDF input, BUDGET (部门预算) or FINAL_ACCOUNT (部门决算): for a",
        "document that prints none, used instead of the stage its headings print."})
  Optional<Stage> stage = Optional.empty();

  @Option(names = "--keep-personal",
      description = {"Keep names and telephone numbers (填报人, 项目负责人, 联系人, 联系电话…) in what is written.",
        "Default: each is replaced by " + PersonalData.MARK + "."})
  boolean keepPersonal;

  /** The defaults: charset detected, personal data withheld. */
  static final ReadingOptions DEFAULTS = new ReadingOptions();

  /**
   * The settings the documents of an input are read with: the charset of text and of a tidy CSV set.
   *
   * @return the settings
   */
  ReadSettings settings() {
    ReadSettings s = charset.map(ReadSettings.defaults()::withCharset).orElse(ReadSettings.defaults());
    if (year.isEmpty() && stage.isEmpty()) {
      return s;
    }
    DisclosureImporter importer = s.importer();
    importer = year.map(importer::withExpectedYear).orElse(importer);
    importer = stage.map(importer::withExpectedStage).orElse(importer);
    return s.withImporter(importer);
  }

  /** {@code --year}: a fiscal year, refused with the reason when it is none. */
  static final class YearConverter implements picocli.CommandLine.ITypeConverter<FiscalYear> {
    @Override
    public FiscalYear convert(String value) {
      try {
        return FiscalYear.parse(value);
      } catch (io.github.cnbudget.model.BudgetException e) {
        throw new picocli.CommandLine.TypeConversionException("not a fiscal year: " + value + " (" + e.getMessage() + ")");
      }
    }
  }

  /** A document as the outputs may show it: without personal data unless asked to keep it. */
  Disclosure shown(Disclosure d) {
    return keepPersonal ? d : PersonalData.redact(d);
  }

  /** Documents as the outputs may show them. */
  List<Disclosure> shown(List<Disclosure> documents) {
    return keepPersonal ? documents : PersonalData.redact(documents);
  }

  /** A text of the input (an import problem's line) as the outputs may show it. */
  String shown(String text) {
    return keepPersonal ? text : PersonalData.redact(text);
  }
}
