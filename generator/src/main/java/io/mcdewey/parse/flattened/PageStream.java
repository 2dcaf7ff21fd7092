package io.mcdewey.parse.flattened;

import io.mcdewey.model.Provenance;
import io.mcdewey.parse.Profile;
import io.mcdewey.parse.ProfilePattern;
import io.mcdewey.parse.payload.TextRun;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.Page;
import java.util.ArrayList;
import java.util.Arrays;
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
  private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,9}");

  private final Profile profile;

  PageStream(Profile profile) {
    this.profile = profile;
  }

  /** What is missing before a piece: nothing, the rest of a page that was cut short, or whole pages. */
  private enum Gap { NONE, TEXT_CUT, PAGES_MISSING }

  /** A stretch of page text ending at a footer, at the end of its page, or at the end of its input block. */
  private record Piece(String text, Provenance source, String footerSection, Integer footerPage, Gap gapBefore) {

    Piece after(Gap gap) {
      return new Piece(text, source, footerSection, footerPage, gap);
    }
  }

  List<TextRun> runs(GuideDocument guide) {
    List<TextRun> runs = new ArrayList<>();
    TextRun.Builder run = null;
    for (Piece piece : pieces(guide)) {
      if (run == null || piece.gapBefore() != Gap.NONE) {
        boolean pagesMissing = piece.gapBefore() == Gap.PAGES_MISSING
            || run != null && run.isEmpty() && run.pagesMissingBefore();
        if (run != null && !run.isEmpty()) {
          runs.add(run.build(true));
        }
        run = new TextRun.Builder(pagesMissing);
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

  /**
   * The pieces of every page, each with what is missing before it. Pages are missing where chunk numbers or printed
   * page numbers jump; a page that printed no footer, being cut short, still counts as one page in between. A jump
   * always starts a new run.
   */
  private List<Piece> pieces(GuideDocument guide) {
    boolean blocksEndAtFooters = guide.markdown() != null && hasFooter(guide.markdown());
    List<Piece> pieces = new ArrayList<>();
    Page previous = null;
    boolean previousEndedAtFooter = true;
    Integer lastFooterPage = null;
    long pagesSinceFooter = 0;
    for (Page page : guide.pages()) {
      List<Piece> added = split(page);
      if (added.isEmpty()) {
        continue;
      }
      long step = previous == null ? 1 : pagesFrom(previous, page);
      Gap gap = step > 1 ? Gap.PAGES_MISSING
          : page.cutAtStart() || previous != null && (previous.cutAtEnd()
              || (blocksEndAtFooters && !previousEndedAtFooter)) ? Gap.TEXT_CUT : Gap.NONE;
      pagesSinceFooter += Math.max(1, step);
      for (Piece piece : added) {
        Integer number = piece.footerPage();
        if (number != null && lastFooterPage != null && number > lastFooterPage + Math.max(1, pagesSinceFooter)) {
          gap = footerJumpGap(gap, pagesSinceFooter, step);
        }
        pieces.add(piece.after(gap));
        gap = Gap.NONE;
        if (number != null) {
          lastFooterPage = number;
          pagesSinceFooter = 0;
        }
      }
      previousEndedAtFooter = added.get(added.size() - 1).text().isEmpty();
      previous = page;
    }
    return pieces;
  }

  /**
   * The gap before a piece whose footer's number jumps. When pages that printed no number (cut short) stand between
   * it and the last number, the missing pages may be before any of them: the text is then only known to be cut.
   */
  private static Gap footerJumpGap(Gap gap, long pagesSinceFooter, long step) {
    if (pagesSinceFooter <= Math.max(1, step)) {
      return Gap.PAGES_MISSING;
    }
    return gap == Gap.NONE ? Gap.TEXT_CUT : gap;
  }

  /** How many pages {@code after} comes after {@code before}, by chunk or page numbers; one when neither is known. */
  private static long pagesFrom(Page before, Page after) {
    Long first = chunkNumber(before);
    Long second = chunkNumber(after);
    if (first != null && second != null) {
      return second - first;
    }
    Integer firstPage = before.source().page();
    Integer secondPage = after.source().page();
    return firstPage != null && secondPage != null ? secondPage - firstPage : 1;
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
    return profile.pageFooters().stream().anyMatch(footer -> footer.find(text));
  }

  /** The pieces of a page, with no gap before them; a page holding only furniture has none. */
  private List<Piece> split(Page page) {
    String text = page.text();
    String view = footerView(text);
    List<Piece> pieces = new ArrayList<>();
    if (view.isBlank()) {
      return pieces;
    }
    int start = 0;
    for (Footer footer : footers(view)) {
      pieces.add(piece(page, text, view, start, footer.start(), footer.section(), footer.page()));
      start = footer.end();
    }
    pieces.add(piece(page, text, view, start, text.length(), "", null));
    return pieces;
  }

  /**
   * The page's text as footers are matched on it, offset for offset: a single line break becomes a space and page
   * furniture becomes line breaks. A footer's section runs to the end of its line, but a conversion may break a line
   * anywhere, even inside the footer; so a line ends only where a paragraph ends (a blank line), where furniture
   * stands (an image or a chapter mark is never part of a heading) and at the page's end.
   */
  private String footerView(String text) {
    char[] view = text.toCharArray();
    int runStart = -1;
    int lineBreaks = 0;
    for (int i = 0; i <= view.length; i++) {
      if (i < view.length && Character.isWhitespace(view[i])) {
        runStart = runStart < 0 ? i : runStart;
        lineBreaks += view[i] == '\n' ? 1 : 0;
        continue;
      }
      if (lineBreaks == 1) {
        for (int j = runStart; j < i; j++) {
          view[j] = view[j] == '\n' ? ' ' : view[j];
        }
      }
      runStart = -1;
      lineBreaks = 0;
    }
    for (ProfilePattern furniture : profile.furniture()) {
      Matcher matcher = furniture.matcher(text);
      while (matcher.find()) {
        Arrays.fill(view, matcher.start(), matcher.end(), '\n');
      }
    }
    return new String(view);
  }

  /**
   * A piece of a page: its words from {@code view}, its provenance from {@code text}. A markdown page's line is where
   * the piece starts; a chunk's line is the chunk's record, whatever the line breaks inside its text.
   */
  private static Piece piece(Page page, String text, String view, int start, int end, String section,
      Integer footerPage) {
    Provenance source = page.source();
    if (source.line() > 0) {
      long linesBefore = source.chunkId() != null ? 0 : text.substring(0, start).chars().filter(c -> c == '\n').count();
      Integer number = source.page() != null ? source.page() : footerPage;
      source = new Provenance(source.file(), number, source.chunkId(), source.line() + (int) linesBefore);
    }
    String cleaned = singleSpaced(view, start, end);
    return new Piece(cleaned, source, section, footerPage, Gap.NONE);
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

  /**
   * The footers of a page's {@link #footerView view}, earliest first and not overlapping. Each line of the view is
   * searched alone, so that a footer whose section is optional never runs over a paragraph's end.
   */
  private List<Footer> footers(String view) {
    List<Footer> found = new ArrayList<>();
    for (ProfilePattern pattern : profile.pageFooters()) {
      Matcher matcher = pattern.matcher(view);
      for (int lineStart = 0; lineStart <= view.length(); ) {
        int lineEnd = view.indexOf('\n', lineStart);
        lineEnd = lineEnd < 0 ? view.length() : lineEnd;
        matcher.region(lineStart, lineEnd);
        while (matcher.find()) {
          found.add(new Footer(matcher.start(), matcher.end(), group(matcher, "section"),
              number(group(matcher, "page"))));
        }
        lineStart = lineEnd + 1;
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
      return value == null ? "" : singleSpaced(value, 0, value.length());
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static Integer number(String digits) {
    return PAGE_NUMBER.matcher(digits).matches() ? Integer.valueOf(digits) : null;
  }
}
