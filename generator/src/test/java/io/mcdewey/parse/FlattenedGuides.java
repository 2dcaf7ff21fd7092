package io.mcdewey.parse;

import io.mcdewey.model.Api;
import io.mcdewey.model.Provenance;
import io.mcdewey.source.GuideDocument;
import io.mcdewey.source.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Builds small flattened guides, page by page, for tests, and reads them with the cisco-finesse profile. */
public final class FlattenedGuides {
  static final String FOOTER = "Cisco Acme Developer Guide, Release 1.0";
  /** The table of an endpoint, {@code GET /acme/api/Tag/{id}}, from its URI to its responses. */
  static final String GET_TAG_TABLE = "https://<FQDN>/acme/api/Tag/<id> URI: https://acme.example.com/acme/api/Tag/3"
      + " Example URI: Anyone. Security Constraints: GET HTTP Method: — Content Type: XML Input/Output Format: — HTTP"
      + " Request: id (required): The ID of the tag Request Parameters: 200: Success 404: Not Found HTTP Response:";

  private final List<Page> pages = new ArrayList<>();
  private UnaryOperator<String> footerLayout = UnaryOperator.identity();

  public static FlattenedGuides guide() {
    return new FlattenedGuides();
  }

  /** Lays out the footers of the pages added after this call with {@code layout}: doubled spaces, line breaks. */
  FlattenedGuides footersLaidOut(UnaryOperator<String> layout) {
    footerLayout = layout;
    return this;
  }

  /** Adds page {@code number} with a running footer naming {@code section}. */
  public FlattenedGuides page(int number, String text, String section) {
    return raw(number, text + " " + footerLayout.apply(FOOTER + " " + number + " Acme APIs " + section), false);
  }

  /** Adds page {@code number} as given, footer and all. */
  FlattenedGuides rawPage(int number, String text) {
    return raw(number, text, false);
  }

  /** Adds page {@code number} cut short, without its footer. */
  public FlattenedGuides cutPage(int number, String text) {
    return raw(number, text, true);
  }

  private FlattenedGuides raw(int number, String text, boolean cut) {
    String chunkId = "acme::v1::guide::guide::" + number;
    pages.add(new Page(text, new Provenance("guide.jsonl", number, chunkId, pages.size() + 1), false, cut));
    return this;
  }

  public Api read() {
    Profile profile = Profiles.builtIn().named("cisco-finesse").orElseThrow();
    return new GuideParser().parse(new GuideDocument("guide.jsonl", "acme", "v1", "guide", null, pages), profile);
  }
}
