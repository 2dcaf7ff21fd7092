package io.mcdewey.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.testing.Prerequisites;
import io.mcdewey.testing.TestServers;
import io.mcdewey.testing.WebDriver;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages as a person uses them, in headless Chromium over the Northwind sample: search, open a chunk page, copy
 * a Java call, follow "View in doc context"; search within a product and release kept in the address; open a
 * guide's table of contents and an endpoint from it; dark pages in dark mode. Screenshots are kept in
 * {@code target/screenshots/}.
 */
class BrowserTest {
  @TempDir
  Path profile;

  @Test
  void searchOpenAChunkAndSeeItInContext() throws Exception {
    Prerequisites.require(WebDriver.available(), "chromium and chromium-driver are not installed");
    URI server = TestServers.northwind();
    try (WebDriver browser = WebDriver.start(profile)) {
      browser.open(server);
      browser.type(browser.find("input[name=q]"), "how do I transfer a call?\uE007");

      String firstPage = browser.find(".result.chunk a");
      String title = browser.text(firstPage);
      browser.click(firstPage);
      assertEquals(title, browser.text(browser.find("h1")), "the chunk page is titled like its result");
      assertTrue(browser.currentUrl().startsWith(server.resolve("/c/northwind::").toString()), browser.currentUrl());
      // Either page of the transfer endpoint: its description and request, or its responses.
      assertTrue(browser.text(browser.find("#chunk-text")).toLowerCase(Locale.ROOT).contains("transfer"));
      assertTrue(browser.text(browser.find("main")).contains("client.calls().makeSingleStepTransfer("));
      assertTrue(browser.text(browser.find("main")).contains("toAddress"));
      assertTrue(browser.text(browser.find("section.card table.parameters")).contains("requestedAction"));
      browser.screenshot(Path.of("target", "screenshots", "chunk-page.png"));
      String copy = browser.find("section.card .code button.copy");
      browser.click(copy);
      waitForText(browser, copy, "Copied");

      browser.click(browser.find("#context-link"));
      assertTrue(browser.currentUrl().contains("/context/"), browser.currentUrl());
      assertEquals(title, browser.text(browser.find("section.current h2")));
      browser.screenshot(Path.of("target", "screenshots", "context-page.png"));
    }
  }

  @Test
  void theFiltersStayInTheAddressAndTheGuidePageListsItsEndpoints() throws Exception {
    Prerequisites.require(WebDriver.available(), "chromium and chromium-driver are not installed");
    URI server = TestServers.northwind();
    try (WebDriver browser = WebDriver.start(profile)) {
      browser.open(server.resolve("/?q=hold&product=northwind&version=v4.0"));
      assertEquals("northwind", browser.property(browser.find("select[name=product]"), "value"));
      assertEquals("v4.0", browser.property(browser.find("select[name=version]"), "value"));
      String box = browser.find("input[name=q]");
      browser.property(box, "value");
      browser.type(box, " the call\uE007");
      browser.find(".result.endpoint");
      assertTrue(browser.currentUrl().contains("product=northwind") && browser.currentUrl().contains("version=v4.0"),
          browser.currentUrl());
      assertTrue(browser.text(browser.find("main")).contains("v4.0"));

      browser.open(server);
      browser.click(browser.find("td a[href^='/g/northwind::v3.1']"));
      assertTrue(browser.text(browser.find("nav.toc")).contains("Call—Hold a Call"));
      browser.screenshot(Path.of("target", "screenshots", "guide-page.png"));
      browser.click(browser.find("nav.toc a[href*='call-hold-a-call']"));
      assertTrue(browser.currentUrl().contains("#x-northwind--v3-1--contact-center-guide--call-hold-a-call"),
          browser.currentUrl());
      assertTrue(browser.text(browser.find("#x-northwind--v3-1--contact-center-guide--call-hold-a-call"))
          .contains("client.calls().holdCall("));
      browser.screenshot(Path.of("target", "screenshots", "endpoint-card.png"));
    }
  }

  @Test
  void aBrowserInDarkModeGetsDarkPages() throws Exception {
    Prerequisites.require(WebDriver.available(), "chromium and chromium-driver are not installed");
    try (WebDriver browser = WebDriver.start(profile, List.of("--force-dark-mode",
        "--blink-settings=preferredColorScheme=0"))) {
      browser.open(TestServers.northwind().resolve("/?q=hold"));
      assertEquals("rgba(13, 17, 23, 1)", browser.css(browser.find("body"), "background-color"));
      browser.screenshot(Path.of("target", "screenshots", "search-page-dark.png"));
    }
  }

  private static void waitForText(WebDriver browser, String element, String expected) throws InterruptedException {
    for (int i = 0; i < 50 && !browser.text(element).equals(expected); i++) {
      Thread.sleep(100);
    }
    assertEquals(expected, browser.text(element));
  }
}
