package io.mcdewey.parse;

import io.mcdewey.model.Provenance;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a flattened guide's pages into {@link TextRun}s: strips running footers and other page furniture, keeps the
 * section each footer names, and starts a new run wherever text is missing (a page absent from the input, a page cut
 * short, a jump in the printed page numbers).
 */
final class PageStream {
  private static final Pattern CHUNK_NUMBER = Pattern.compile("::(\\d{1,9})$");

  private final Profile profile;

  PageStream(Profile profile) {
    this.profile = profile;
  }

  /** A stretch of page text ending at a footer, at the end of its page, or at the end of its input block. */
  private record Piece(String text, Provenance source, String footerSection, Integer footerPage, boolean gapBefore) {}

  List<TextRun> runs(GuideDocument guide) {
    boolean blocksEndAtFooters = guide.markdown() != null && hasFooter(guide.markdown());
    List<Piece> pieces = new ArrayList<>();
    Page previous = null;
    boolean previousEndedAtFooter = true;
    for (Page page : guide.pages()) {
      boolean gap = page.cutAtStart()
          || previous != null && (previous.cutAtEnd() || pagesMissingBetween(previous, page)
              || (blocksEndAtFooters && !previousEndedAtFooter));
      int before = pieces.size();
      split(page, gap, pieces);
      if (pieces.size() > before) {
        previousEndedAtFooter = pieces.get(pieces.size() - 1).text().isEmpty();
        previous = page;
      }
    }
    List<TextRun> runs = new ArrayList<>();
    TextRun.Builder run = null;
    Integer lastFooterPage = null;
    for (Piece piece : pieces) {
      boolean footerJump = piece.footerPage() != null && lastFooterPage != null
          && piece.footerPage() > lastFooterPage + 1;
      if (run == null || piece.gapBefore() || footerJump) {
        if (run != null && !run.isEmpty()) {
          runs.add(run.build(true));
        }
        run = new TextRun.Builder();
      }
      if (piece.footerPage() != null) {
        lastFooterPage = piece.footerPage();
      }
      if (!piece.text().isBlank()) {
        run.add(piece.text(), new TextRun.RunPage(piece.source(), piece.footerSection()));
      }
    }
    if (run != null && !run.isEmpty()) {
      Page last = guide.pages().get(guide.pages().size() - 1);
      runs.add(run.build(last.cutAtEnd()));
    }
    return runs;
  }

  private static boolean pagesMissingBetween(Page before, Page after) {
    Long first = chunkNumber(before);
    Long second = chunkNumber(after);
    if (first != null && second != null) {
      return second - first > 1;
    }
    Integer firstPage = before.source().page();
    Integer secondPage = after.source().page();
    return firstPage != null && secondPage != null && secondPage - firstPage > 1;
  }

  private static Long chunkNumber(Page page) {
    String id = page.source().chunkId();
    if (id == null) {
      return null;
    }
    Matcher matcher = CHUNK_NUMBER.matcher(id);
    return matcher.find() ? Long.parseLong(matcher.group(1)) : null;
  }

  /**
   * In a markdown guide whose pages end with running footers, each block is a page, so a block that does not end
   * with a footer was cut short.
   */
  private boolean hasFooter(String text) {
    return profile.pageFooters().stream().anyMatch(footer -> footer.matcher(text).find());
  }

  /** Adds the pieces of a page; a page holding only furniture adds none. */
  private void split(Page page, boolean gapBefore, List<Piece> pieces) {
    String text = page.text();
    for (ProfilePattern furniture : profile.furniture()) {
      text = furniture.matcher(text).replaceAll(" ");
    }
    if (text.isBlank()) {
      return;
    }
    int start = 0;
    boolean gap = gapBefore;
    for (Footer footer : footers(text)) {
      pieces.add(piece(page, text, start, footer.start(), footer.section(), footer.page(), gap));
      gap = false;
      start = footer.end();
    }
    pieces.add(piece(page, text, start, text.length(), "", null, gap));
  }

  private static Piece piece(Page page, String text, int start, int end, String section, Integer footerPage,
      boolean gap) {
    Provenance source = page.source();
    if (source.line() > 0) {
      int line = source.line() + (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
      Integer number = source.page() != null ? source.page() : footerPage;
      source = new Provenance(source.file(), number, source.chunkId(), line);
    }
    String cleaned = singleSpaced(text, start, end);
    return new Piece(cleaned, source, section, footerPage, gap);
  }

  /** The text of {@code [start, end)} with each run of whitespace made one space, and none at either end. */
  private static String singleSpaced(String text, int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private record Footer(int start, int end, String section, Integer page) {}

  private List<Footer> footers(String text) {
    List<Footer> found = new ArrayList<>();
    for (ProfilePattern pattern : profile.pageFooters()) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        found.add(new Footer(matcher.start(), matcher.end(), group(matcher, "section"), number(group(matcher, "page"))));
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Footer> disjoint = new ArrayList<>();
    int end = -1;
    for (Footer footer : found) {
      if (footer.start() >= end) {
        disjoint.add(footer);
        end = footer.end();
      }
    }
    return disjoint;
  }

  private static String group(Matcher matcher, String name) {
    try {
      String value = matcher.group(name);
      return value == null ? "" : value.strip();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static Integer number(String digits) {
    return digits.matches("\\d{1,9}") ? Integer.valueOf(digits) : null;
  }
}
