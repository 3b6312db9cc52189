package io.github.cnbudget.io.recognition;

/**
 * A part of the document open while its lines are read: a table, a target table (绩效目标表), a
 * self-evaluation or a scoring framework. The import hands it each line until it declines one,
 * then closes it; what it read goes to the document when it closes.
 */
interface Section {
  /** The title the section was opened by. */
  TableTitles.Title title();

  /** Reads a line; false when the line is not part of the section (it is then read outside). */
  boolean accept(SourceLine l);

  /**
   * The same title printed again: true when the section goes on under it (a table continued on the
   * next page), false when the title opens a new one.
   */
  boolean continuesUnder(TableTitles.Title again);

  /** Takes a printed table number (表 3) seen before its body; false when it has no place for one. */
  default boolean takeNumber(String number) {
    return false;
  }

  /** Ends the section: what it read is handed on. */
  void close();
}
