package io.mcdewey.parse.markdown.rules.table;

import io.mcdewey.parse.Scripts;
import io.mcdewey.parse.markdown.MarkdownElement;
import io.mcdewey.parse.markdown.MarkdownParameterText;
import io.mcdewey.parse.markdown.MarkdownRequired;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts a field's name, type, required mark and description where a page saved as text glued them into one line, as
 * the boxes of OpenAPI renderers lose the space between their elements ({@code limitintegerOptional},
 * {@code first_namestring · max: 50Required} from GitBook, {@code kode_klpdstring} and {@code limit?integer} from
 * Fumadocs, {@code env*stringEste endpoint...} from a Docusaurus table, {@code pageintegerページ番号} from Starlight):
 * each part a line of its own, as {@link NameTypeLines} reads fields printed a part a line.
 *
 * <p>Only a type in lower case glued to a name and closing the line, or followed by notes after a middle dot, by a
 * required mark or by a sentence (opening with a capital, or in a script without capitals), parts a line; the last
 * such type is the name's, so that {@code querystringstring} is {@code querystring} of type {@code string}. A name
 * ending with a question mark is optional, as TypeScript writes an optional member; the fields near it printed without
 * one are then required, by the same convention. A line whose next line is a type alone is a name already
 * (NameTypeLines reads it as printed).
 */
public final class GluedNameTypeLines {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w.$-]*(?:\\[])?");
  /**
   * The types a name is glued to: words in lower case long enough that few names end with them by chance, and the
   * type words of Chinese, Japanese and Korean tables, which no name written in Latin letters holds.
   */
  private static final Pattern TYPE = Pattern.compile("(string|integer|number|boolean|object|array|int32|int64|double"
      + "|字符串|整数|整型|数字|布尔值|布尔|数组|对象|浮点数|文字列|数値|真偽値|配列|문자열|정수|숫자|배열|객체)(\\[])?");
  /** A line opening with a type's name in any case, perhaps qualified ({@code String}, {@code string (uuid)}). */
  private static final Pattern TYPE_OPENING = Pattern.compile("(?i)(?:string|integer|int|int32|int64|number|float"
      + "|double|long|boolean|bool|array|object|file|date|date-time|datetime|uuid)(?![\\w-])");
  /** Notes after the type, as GitBook prints them ({@code · uuid}, {@code · max: 50 · nullable}). */
  private static final String NOTE_MARK = " · ";
  /** Words that qualify a field without saying whether it is required, glued before its mark. */
  private static final List<String> QUALIFIERS = List.of("Read-only", "Write-only", "Nullable", "Deprecated");
  /** The caption of a value glued after a field's mark, closing its line. */
  private static final Pattern VALUE_CAPTION =
      Pattern.compile("(?<=\\p{Ll})(?:Example|Examples|Possible values|Default|Pattern):$");
  /** How many elements apart the fields of one list stand at most, each with its description. */
  private static final int NEAR = 6;

  private GluedNameTypeLines() {}

  /** The elements with each glued field parted into lines. */
  public static List<MarkdownElement> read(List<MarkdownElement> elements) {
    List<Integer> at = new ArrayList<>();
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i) instanceof MarkdownElement.TextLine line && !line.listItem()
          && !overItsParts(elements, i + 1, line)) {
        Optional<Field> field = field(line.text().strip());
        if (field.isPresent()) {
          at.add(i);
          fields.add(field.get());
        }
      }
    }
    List<MarkdownElement> read = new ArrayList<>();
    int copied = 0;
    for (int start = 0; start < fields.size(); ) {
      int end = start + 1;
      while (end < fields.size() && near(elements, at.get(end - 1), at.get(end))) {
        end++;
      }
      List<Field> group = fields.subList(start, end);
      // A list of names glued to types and nothing else may be words ending in a type's name ({@code substring},
      // {@code phonenumber}): some field of the list must carry a mark, notes or a description.
      if (group.stream().anyMatch(Field::marked)) {
        boolean typescript = group.stream().anyMatch(Field::optionalName);
        for (int f = start; f < end; f++) {
          read.addAll(elements.subList(copied, at.get(f)));
          MarkdownElement.TextLine line = (MarkdownElement.TextLine) elements.get(at.get(f));
          for (String part : fields.get(f).parts(typescript)) {
            read.add(new MarkdownElement.TextLine(part, line.line(), false, List.of(), line.paragraph(),
                line.nested()));
          }
          copied = at.get(f) + 1;
        }
      }
      start = end;
    }
    if (copied == 0) {
      return elements;
    }
    read.addAll(elements.subList(copied, elements.size()));
    return read;
  }

  /**
   * A field glued into one line.
   *
   * @param name its name, with a star after it where the page marks it required so
   * @param optionalName whether a question mark after the name said it is optional
   * @param mark the required mark glued after the type, or empty
   */
  record Field(String name, String type, boolean optionalName, String mark, String description) {

    /** Whether the page said more of it than its name and type: a mark, notes, a description, a star. */
    boolean marked() {
      return !mark.isEmpty() || optionalName || !description.isEmpty() || name.endsWith("*");
    }

    List<String> parts(boolean typescript) {
      List<String> parts = new ArrayList<>(List.of(name, type));
      if (!mark.isEmpty()) {
        parts.add(mark);
      } else if (typescript) {
        parts.add(optionalName ? "optional" : "required");
      }
      if (!description.isEmpty()) {
        parts.add(description);
      }
      return parts;
    }
  }

  /** Whether a line glues a field together with a required mark, notes or a description after its type. */
  public static boolean isMarkedField(String text) {
    return field(text).filter(Field::marked).isPresent();
  }

  /** The field a line glues together; empty when the line is none. */
  static Optional<Field> field(String text) {
    // The name has no space, and the type is glued to it: both stand in the line's first word.
    int space = text.indexOf(' ');
    String word = space < 0 ? text : text.substring(0, space);
    if (!mayHoldType(word)) {
      return Optional.empty();
    }
    Matcher type = TYPE.matcher(word);
    Field found = null;
    for (int from = 1; from < word.length() && type.find(from); from = type.start() + 1) {
      Field field = field(text, type);
      if (field != null) {
        found = field;
      }
    }
    return Optional.ofNullable(found);
  }

  private static Field field(String text, Matcher type) {
    String printedName = text.substring(0, type.start());
    boolean optionalName = printedName.endsWith("?");
    boolean starred = printedName.endsWith("*");
    String name = optionalName || starred ? printedName.substring(0, printedName.length() - 1) : printedName;
    if (!NAME.matcher(name).matches()) {
      return null;
    }
    String rest = withoutValueCaption(text.substring(type.end()));
    String mark = "";
    String description = "";
    if (rest.startsWith(NOTE_MARK)) {
      // Notes run up to the mark glued after them: {@code · max: 50 · nullableRead-onlyRequired}.
      mark = trailingMark(rest);
      if (mark.isEmpty()) {
        return null;
      }
    } else if (!rest.isEmpty() && MarkdownRequired.fromNameMark(rest) != null) {
      mark = rest;
    } else if (!rest.isEmpty()) {
      String withoutQualifiers = withoutQualifiers(rest);
      if (MarkdownRequired.fromNameMark(withoutQualifiers) != null) {
        mark = withoutQualifiers;
      } else if (Character.isUpperCase(rest.charAt(0)) && rest.indexOf(' ') > 0 || opensCaseless(rest)) {
        description = rest;
      } else {
        return null;
      }
    }
    return new Field(starred ? name + "*" : name, type.group(), optionalName, mark, description);
  }

  /**
   * Whether a text opens with two letters of a script without capitals ({@code ページ番号}, {@code شماره}), which
   * writes no capital where a sentence starts, nor, in some, spaces between words, and closes with no sentence's stop:
   * a sentence naming a type glues to it as well ({@code querystringで検索条件を指定します。}).
   */
  private static boolean opensCaseless(String text) {
    return text.codePoints().limit(2).filter(Scripts::isCaseless).count() == 2
        && !MarkdownParameterText.endsSentence(text);
  }

  /**
   * Whether a word may hold a type {@link #TYPE} reads, told by cheap searches before the pattern runs: most lines'
   * first words hold none. A word holding a letter outside ASCII may hold a type of another script.
   */
  private static boolean mayHoldType(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) > 0x7f) {
        return true;
      }
    }
    return word.contains("string") || word.contains("int") || word.contains("number") || word.contains("boolean")
        || word.contains("object") || word.contains("array") || word.contains("double");
  }

  /** The required mark closing the notes after a type, the qualifiers glued before it aside; empty when none does. */
  private static String trailingMark(String notes) {
    for (int start = notes.length() - 1; start > 0; start--) {
      if (Character.isUpperCase(notes.charAt(start)) && !Character.isUpperCase(notes.charAt(start - 1))) {
        String mark = notes.substring(start);
        if (MarkdownRequired.fromNameMark(mark) != null) {
          return mark;
        }
      }
    }
    return "";
  }

  /**
   * The text without the caption of the value printed on the next line, glued after the mark ({@code RequiredExample:},
   * {@code · enumRequiredPossible values:}, as GitBook prints an example or the values a field takes).
   */
  private static String withoutValueCaption(String text) {
    Matcher caption = VALUE_CAPTION.matcher(text);
    return caption.find() && caption.start() > 0 ? text.substring(0, caption.start()) : text;
  }

  private static String withoutQualifiers(String text) {
    String rest = text;
    for (boolean removed = true; removed; ) {
      removed = false;
      for (String qualifier : QUALIFIERS) {
        if (rest.startsWith(qualifier) && rest.length() > qualifier.length()) {
          rest = rest.substring(qualifier.length());
          removed = true;
        }
      }
    }
    return rest;
  }

  /**
   * Whether the element at {@code at} is a line of the same paragraph opening with a type, in any case, or a required
   * mark alone: the line before is a name printed over its parts ({@code phone_number} over {@code String}).
   */
  private static boolean overItsParts(List<MarkdownElement> elements, int at, MarkdownElement.TextLine before) {
    if (at >= elements.size() || !(elements.get(at) instanceof MarkdownElement.TextLine line)
        || line.paragraph() != before.paragraph()) {
      return false;
    }
    String text = line.text().strip();
    return TYPE_OPENING.matcher(text).lookingAt() || MarkdownRequired.fromNameMark(text) != null;
  }

  /** Whether two fields stand near enough to be of one list: a few elements apart, no heading between. */
  private static boolean near(List<MarkdownElement> elements, int first, int second) {
    if (second - first > NEAR) {
      return false;
    }
    return elements.subList(first, second).stream().noneMatch(e -> e instanceof MarkdownElement.Heading);
  }
}
