package io.mcdewey.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.testing.Prerequisites;
import io.mcdewey.testing.TestServers;
import io.mcdewey.testing.WebDriver;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages as a person uses them, in headless Chromium over the Northwind sample: search, open a chunk page, follow
 * "View in doc context". The chunk page's screenshot is kept in {@code target/screenshots/chunk-page.png}.
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
      assertTrue(browser.text(browser.find("#chunk-text")).contains("Transfer"));
      assertTrue(browser.text(browser.find("main")).contains("client.calls().makeSingleStepTransfer("));
      browser.screenshot(Path.of("target", "screenshots", "chunk-page.png"));

      browser.click(browser.find("#context-link"));
      assertTrue(browser.currentUrl().contains("/context/"), browser.currentUrl());
      assertEquals(title, browser.text(browser.find("section.current h2")));
      browser.screenshot(Path.of("target", "screenshots", "context-page.png"));
    }
  }
}
