package io.mcdewey.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the command line asks for.
 *
 * @param corpus the corpus folder
 * @param warm how to time warm runs
 * @param only the text a case's input or task must contain to be timed; empty for every case
 */
record Settings(Path corpus, WarmRuns warm, String only) {

  static Settings parse(List<String> args, String corpusFromEnvironment) {
    Path corpus = corpusFromEnvironment == null || corpusFromEnvironment.isBlank() ? Corpus.DEFAULT_ROOT
        : Path.of(corpusFromEnvironment);
    long warmUpSeconds = 5;
    int iterations = 20;
    String only = "";
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--warmup" -> warmUpSeconds = positive(arg, valueAfter(args, i++));
        case "--iterations" -> iterations = Math.toIntExact(positive(arg, valueAfter(args, i++)));
        case "--only" -> only = valueAfter(args, i++);
        default -> {
          if (arg.startsWith("-")) {
            throw new IllegalArgumentException("unknown option '" + arg + "'");
          }
          corpus = Path.of(arg);
        }
      }
    }
    return new Settings(corpus, new WarmRuns(Duration.ofSeconds(warmUpSeconds), iterations), only);
  }

  boolean selects(Case candidate) {
    return candidate.input().label().contains(only) || candidate.task().contains(only);
  }

  private static String valueAfter(List<String> args, int option) {
    if (option + 1 >= args.size()) {
      throw new IllegalArgumentException(args.get(option) + " needs a value");
    }
    return args.get(option + 1);
  }

  private static long positive(String option, String value) {
    long number;
    try {
      number = Long.parseLong(value);
    } catch (NumberFormatException e) {
      number = 0;
    }
    if (number <= 0) {
      throw new IllegalArgumentException(option + " takes a whole number above zero, not '" + value + "'");
    }
    return number;
  }
}
