package io.mcdewey.parse.payload;

import io.mcdewey.model.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Guide text that continues without a gap, possibly over several pages, with the page each offset came from. A
 * missing page or a page cut short ends a run: a value and its label are never paired across a gap. A run may start
 * in the middle of a section, as the pages before it are unknown.
 */
public final class TextRun {
  private final String text;
  private final int[] pageStarts;
  private final List<RunPage> pages;
  private final boolean cutAfter;
  private final boolean pagesMissingBefore;

  /**
   * A page's share of a run.
   *
   * @param source where the page was read
   * @param footerSection the section the page's running footer names, or empty
   */
  public record RunPage(Provenance source, String footerSection) {}

  private TextRun(String text, int[] pageStarts, List<RunPage> pages, boolean cutAfter, boolean pagesMissingBefore) {
    this.text = text;
    this.pageStarts = pageStarts;
    this.pages = List.copyOf(pages);
    this.cutAfter = cutAfter;
    this.pagesMissingBefore = pagesMissingBefore;
  }

  public String text() {
    return text;
  }

  /** Whether text is missing after the run. */
  public boolean cutAfter() {
    return cutAfter;
  }

  /**
   * Whether whole pages are missing before the run, rather than only the end of the page before: any number of
   * sections may have started in between.
   */
  public boolean pagesMissingBefore() {
    return pagesMissingBefore;
  }

  public List<RunPage> pages() {
    return pages;
  }

  /** The index into {@link #pages()} of the page holding {@code offset}. */
  public int pageIndexAt(int offset) {
    int low = 0;
    int high = pageStarts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (pageStarts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  RunPage pageAt(int offset) {
    return pages.get(pageIndexAt(offset));
  }

  /** The provenance of {@code offset}. */
  public Provenance at(int offset) {
    return pageAt(offset).source();
  }

  /** The pages a span of the run touches, in order. */
  public List<Provenance> span(int start, int end) {
    List<Provenance> touched = new ArrayList<>();
    int last = pageIndexAt(Math.max(start, end - 1));
    for (int i = pageIndexAt(start); i <= last; i++) {
      touched.add(pages.get(i).source());
    }
    return touched;
  }

  /** Assembles a run page by page. */
  public static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> starts = new ArrayList<>();
    private final List<RunPage> pages = new ArrayList<>();
    private final boolean pagesMissingBefore;

    /** @param pagesMissingBefore whether whole pages are missing before the run */
    public Builder(boolean pagesMissingBefore) {
      this.pagesMissingBefore = pagesMissingBefore;
    }

    public boolean pagesMissingBefore() {
      return pagesMissingBefore;
    }

    public Builder add(String pageText, RunPage page) {
      Objects.requireNonNull(page);
      if (text.length() > 0) {
        text.append(' ');
      }
      starts.add(text.length());
      pages.add(page);
      text.append(pageText);
      return this;
    }

    public boolean isEmpty() {
      return pages.isEmpty();
    }

    public TextRun build(boolean cutAfter) {
      int[] pageStarts = starts.stream().mapToInt(Integer::intValue).toArray();
      return new TextRun(text.toString(), pageStarts, pages, cutAfter, pagesMissingBefore);
    }
  }
}
