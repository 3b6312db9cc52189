package io.github.cnbudget.cli;

import java.util.Locale;

/** The languages of the rules' messages (消息语言), as {@code --locale} spells them. */
enum MessageLocale {
  /** Simplified Chinese. */
  zh(Locale.SIMPLIFIED_CHINESE),
  /** English. */
  en(Locale.ENGLISH);

  private final Locale locale;

  MessageLocale(Locale locale) {
    this.locale = locale;
  }

  /** The Java locale. */
  Locale locale() {
    return locale;
  }
}
