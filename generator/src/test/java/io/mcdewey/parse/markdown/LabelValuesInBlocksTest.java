package io.mcdewey.parse.markdown;

import static io.mcdewey.parse.markdown.MarkdownParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcdewey.model.Api;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A label heading whose values stand in the indented block under it, a bullet a line, as Hadoop's guides print. */
class LabelValuesInBlocksTest {

  @Test
  void aUriAndAMethodEachABulletInABlockUnderTheirHeadings() {
    Api api = parse("""
        ## Applications API

        ### URI

              * http://<nm http address:port>/ws/v1/node/apps

        ### HTTP Operations Supported

              * GET

        ### Query Parameters Supported

              * state - the state of the application
        """);

    assertEquals(List.of("GET /ws/v1/node/apps"), api.operations().stream().map(o -> o.method() + " " + o.path())
        .toList());
  }

  @Test
  void methodsABulletEachMakeARequestOfEach() {
    Api api = parse("""
        ## Applications API

        ### URI

              * http://<rm http address:port>/ws/v1/cluster/apps

        ### HTTP Operations Supported

              * GET
              * POST
        """);

    assertEquals(List.of("GET /ws/v1/cluster/apps", "POST /ws/v1/cluster/apps"),
        api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }

  @Test
  void aBulletThatIsNoMethodLeavesTheOthersRead() {
    Api api = parse("""
        ## Files

        **URL:** `/files/{id}`

        **Method**

            - GET
            - Any other method returns 405
        """);

    assertEquals(List.of("GET /files/{id}"), api.operations().stream().map(o -> o.method() + " " + o.path()).toList());
  }
}
