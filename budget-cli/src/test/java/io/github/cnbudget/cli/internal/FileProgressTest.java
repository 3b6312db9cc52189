package io.github.cnbudget.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FileProgressTest {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  @Test
  void render_halfWayAfterOneMinute_saysAboutAMinuteLeft() {
    assertThat(FileProgress.render("big.jsonl", 12000, 50, 100, 60 * SECOND))
        .isEqualTo("big.jsonl: 12,000 documents, 50%, about 1:00 left");
  }

  @Test
  void render_hoursLeft_showsHoursMinutesSeconds() {
    assertThat(FileProgress.render("b", 1, 1, 1000, 10 * SECOND)).isEqualTo("b: 1 document, 0%, about 2:46:30 left");
  }

  @Test
  void render_done_hasNoTimeLeft() {
    assertThat(FileProgress.render("b", 3, 100, 100, SECOND)).isEqualTo("b: 3 documents, 100%");
  }

  @Test
  void lines_largeFile_writesALineEveryTenSecondsOnly() throws Exception {
    StringWriter out = new StringWriter();
    AtomicLong clock = new AtomicLong();
    long size = FileProgress.THRESHOLD;
    FileProgress p = FileProgress.of(new PrintWriter(out), false, "big.jsonl", size, clock::get);
    InputStream in = p.track(new ByteArrayInputStream(new byte[(int) size]));
    in.readNBytes((int) size / 4);
    clock.set(5 * SECOND);
    p.documents(10);
    assertThat(out.toString()).isEmpty();
    clock.set(11 * SECOND);
    p.documents(10);
    p.finish();
    assertThat(out.toString()).isEqualTo("big.jsonl: 20 documents, 25%, about 0:33 left" + System.lineSeparator());
  }

  @Test
  void terminal_redrawsInPlace_andEndsTheLine() throws Exception {
    StringWriter out = new StringWriter();
    AtomicLong clock = new AtomicLong();
    long size = FileProgress.THRESHOLD;
    FileProgress p = FileProgress.of(new PrintWriter(out), true, "big.jsonl", size, clock::get);
    InputStream in = p.track(new ByteArrayInputStream(new byte[(int) size]));
    in.readNBytes((int) size / 2);
    clock.set(SECOND);
    p.documents(5);
    p.finish();
    assertThat(out.toString()).isEqualTo("\rbig.jsonl: 5 documents, 50%, about 0:01 left" + System.lineSeparator());
  }

  @Test
  void smallFile_showsNothing() {
    StringWriter out = new StringWriter();
    AtomicLong clock = new AtomicLong();
    FileProgress p = FileProgress.of(new PrintWriter(out), true, "small.jsonl", FileProgress.THRESHOLD - 1, clock::get);
    clock.set(60 * SECOND);
    p.documents(100);
    p.finish();
    assertThat(out.toString()).isEmpty();
  }
}
