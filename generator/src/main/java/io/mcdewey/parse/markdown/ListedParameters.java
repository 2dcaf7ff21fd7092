package io.mcdewey.parse.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a section's reader remembers of the parameters it has just read, so that the lines after them can describe
 * them: parameters printed without a description await the sentence after them, a list item that named a parameter
 * goes on in the further lines of its paragraph and in the items nested in it, and the sentence that introduced the
 * list says whether its parameters are required where they say nothing.
 */
final class ListedParameters {
  /** A description that only qualifies the value ({@code (Default=10)}) and awaits the sentence after it. */
  private static final Pattern QUALIFIER_ONLY = Pattern.compile("^\\([^()]*\\)$");

  /** The indexes, in their part, of the parameters the next sentence describes. */
  private final List<Integer> undescribed = new ArrayList<>();
  /** The index of the parameter a list item named, whose paragraph's further lines describe it; -1 when none. */
  private int item = -1;
  /** The paragraph of that list item. */
  private int itemParagraph;
  /** The sentence that introduced the list read now, or {@code null}. */
  private ListIntroduction introduction;
  /** Whether {@link #introduction} is a label's, which says its word of the one table under it. */
  private boolean introducesOneTable;
  /** Whether the list read now lists the values of the parameter before it, under a caption saying so. */
  private boolean values;

  /** Adds a parameter to a part, and remembers whether it still awaits its description. */
  void add(MarkdownPart part, MarkdownParameter parameter) {
    part.addParameter(parameter);
    List<MarkdownParameter> parameters = part.parameters;
    for (int i = 0; i < parameters.size(); i++) {
      MarkdownParameter known = parameters.get(i);
      if (known.name().equals(parameter.name()) && known.location() == parameter.location()) {
        if (known.description().isEmpty() || QUALIFIER_ONLY.matcher(known.description()).matches()) {
          undescribed.add(i);
        } else {
          undescribed.clear();
        }
      }
    }
  }

  /** Adds a parameter a list item names: the further lines of the item's paragraph describe it. */
  void addItem(MarkdownPart part, MarkdownParameter parameter, int paragraph) {
    add(part, parameter);
    item = part.parameters.size() - 1;
    itemParagraph = paragraph;
  }

  /** A sentence after parameters printed without one describes them; false when none awaits it. */
  boolean describe(MarkdownPart part, String text) {
    if (undescribed.isEmpty()) {
      return false;
    }
    List<MarkdownParameter> parameters = part.parameters;
    for (int index : undescribed) {
      MarkdownParameter parameter = parameters.get(index);
      Boolean required = parameter.required() != null ? parameter.required() : MarkdownRequired.fromText(text);
      parameters.set(index, parameter.withMoreDescription(text).withRequired(required));
    }
    undescribed.clear();
    return true;
  }

  /** Whether parameters read without a description await the sentence after them. */
  boolean awaitsDescription() {
    return !undescribed.isEmpty();
  }

  /** Whether a list item named a parameter of the part that further lines may describe. */
  boolean hasItem(MarkdownPart part) {
    return item >= 0 && item < part.parameters.size();
  }

  /**
   * A further line of the paragraph of the list item that named a parameter continues its description: an item is one
   * block, however its text is wrapped. False when the line is not of that paragraph.
   */
  boolean continueItem(MarkdownPart part, MarkdownElement.TextLine line, String text) {
    if (!hasItem(part) || line == null || line.paragraph() != itemParagraph || line.listItem()) {
      return false;
    }
    describeItem(part, text);
    return true;
  }

  /** Adds a line to the description of the parameter the last list item named. */
  void describeItem(MarkdownPart part, String text) {
    part.parameters.set(item, part.parameters.get(item).withMoreDescription(text));
  }

  /** A list item that names no parameter ends the one before it. */
  void endItem() {
    item = -1;
  }

  /** Lines after a request line or a new label describe none of the parameters listed before them. */
  void forget() {
    undescribed.clear();
    item = -1;
    values = false;
  }

  /** The list read next is introduced by this sentence, or by none. */
  void introducedBy(ListIntroduction sentence) {
    introduction = sentence;
    introducesOneTable = false;
    values = false;
  }

  /**
   * The list or the table read next is introduced by this label ({@code Query params (optional):}), as a heading
   * introduces them; a table read ends what it says ({@link #tableRead}).
   */
  void introducedByLabel(ListIntroduction label) {
    introducedBy(label);
    introducesOneTable = true;
  }

  /** A table was read: what a label said of the table under it says nothing of a further one. */
  void tableRead() {
    if (introducesOneTable) {
      introduction = null;
      introducesOneTable = false;
    }
  }

  /** The items read next, up to a line that is no item, are values ({@link ListIntroduction#introducesValues}). */
  void valuesFollow() {
    item = -1;
    values = true;
  }

  /** A line that is no list item ends a list of values. */
  void endValues() {
    values = false;
  }

  /** Whether the items read now are values of a parameter, not parameters. */
  boolean listsValues() {
    return values;
  }

  /** The parameter, required as the sentence introducing its list says when it says nothing itself. */
  MarkdownParameter introduced(MarkdownParameter parameter) {
    return introduction == null ? parameter : introduction.applyTo(parameter);
  }

  /**
   * The parameter of a table's row, required as the heading introducing it says when it says nothing itself; a
   * sentence introduces the list under it, not a table further on.
   */
  MarkdownParameter introducedByHeading(MarkdownParameter parameter) {
    return introduction == null || !introduction.heading() ? parameter : introduction.applyTo(parameter);
  }

  /** Whether a sentence introduced the list read now. */
  boolean hasIntroduction() {
    return introduction != null;
  }
}
