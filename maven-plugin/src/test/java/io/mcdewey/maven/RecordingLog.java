package io.mcdewey.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A goal's log for tests: keeps what the goal logs, as {@code level: text}. */
final class RecordingLog extends SystemStreamLog {
  final List<String> lines = new ArrayList<>();

  @Override
  public void info(CharSequence content) {
    lines.add("info: " + content);
  }

  @Override
  public void warn(CharSequence content) {
    lines.add("warn: " + content);
  }

  @Override
  public void error(CharSequence content) {
    lines.add("error: " + content);
  }
}
