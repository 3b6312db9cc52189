package io.github.cnbudget.cli;

import io.github.cnbudget.io.privacy.PersonalData;
import io.github.cnbudget.io.read.ReadSettings;
import io.github.cnbudget.model.Disclosure;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How the commands read their inputs (读取选项), shared by every command that reads documents: the
 * charset of disclosure text ({@code --charset}, detected by default) and whether names and telephone
 * numbers are kept ({@code --keep-personal}; withheld by default, in every output and report).
 *
 * <p>A picocli mixin; not thread-safe while parsed, read-only afterwards.
 */
final class ReadingOptions {
  @Option(names = "--charset", paramLabel = "CHARSET",
      description = {"Charset of disclosure text input (UTF-8, GB18030, GBK, UTF-16…). Default: detected per file — a byte",
        "order mark, else UTF-8, else GB18030. JSON is always UTF-8; a tidy CSV set is UTF-8 or GB18030."})
  Optional<Charset> charset = Optional.empty();

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
    return charset.map(ReadSettings.defaults()::withCharset).orElse(ReadSettings.defaults());
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
