package io.mcdewey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcdewey.testing.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Accuracy on documentation toolchains, each fixture scored before the reader was changed for it: one small guide
 * per toolchain (Slate, Sphinx httpdomain, API Blueprint, GitBook, Postman, MkDocs, a flattened PDF, saved HTML
 * pages, three after public sources, and a second set: RAML, raml2html, ReadMe, Redoc, Docusaurus OpenAPI,
 * Mintlify, apiDoc, Stoplight, Spring REST Docs AsciiDoc and a Confluence export, and two sets of three real pages)
 * under {@code io/mcdewey/parse/toolchains/}, each with a
 * hand-labelled key, scored with {@code mcdewey score --profile generic-markdown}. The figures are printed with the
 * build's output.
 *
 * <p>The floors are the figures the reader reached when the fixtures were added, rounded down to 0.05, and 0 where
 * it found nothing: the test is a ratchet. Raise a fixture's floors whenever the reader improves on it; never lower
 * them to make a change pass. The fixtures' README files say what each one exercises.
 */
class ToolchainAccuracyTest {

  private static final String ROOT = "generator/src/test/resources/io/mcdewey/parse/toolchains";

  /**
   * A fixture and its floors.
   *
   * @param name the fixture's folder
   * @param guide the guide's file name in the folder
   * @param operations the floor of the operations F1
   * @param methodPath the floor of the method+path F1
   * @param parameters the floor of the parameters F1
   * @param responses the floor of the responses F1
   */
  record Fixture(String name, String guide, double operations, double methodPath, double parameters,
      double responses) {

    List<String> floors() {
      return List.of("--min-operations", String.valueOf(operations), "--min-method-path", String.valueOf(methodPath),
          "--min-parameters", String.valueOf(parameters), "--min-responses", String.valueOf(responses));
    }

    @Override
    public String toString() {
      return name + "/" + guide;
    }
  }

  // Floors go up as the reader improves: operations, method+path, parameters, responses.
  static Stream<Fixture> fixtures() {
    return Stream.of(
        new Fixture("slate", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("sphinx-httpdomain", "guide.rst", 1.0, 1.0, 1.0, 1.0),
        new Fixture("api-blueprint", "guide.apib", 1.0, 1.0, 0.85, 1.0),
        new Fixture("github-api-md", "API.md", 1.0, 1.0, 1.0, 0.80),
        new Fixture("gitbook", "guide.md", 1.0, 1.0, 1.0, 0.95),
        new Fixture("postman", "guide.md", 1.0, 1.0, 0.75, 1.0),
        new Fixture("mkdocs", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("pdf-text", "guide.md", 1.0, 1.0, 0.50, 1.0),
        new Fixture("swagger-ui-html", "guide.html", 1.0, 1.0, 0.80, 1.0),
        new Fixture("sphinx-html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-pretix-httpdomain", "guide.rst", 1.0, 1.0, 0.90, 1.0),
        new Fixture("real-vips-insight-apib", "guide.apib", 1.0, 1.0, 0.85, 1.0),
        new Fixture("real-linkding-api-md", "API.md", 0.90, 0.90, 0.75, 1.0),
        new Fixture("raml", "api.raml", 1.0, 1.0, 1.0, 1.0),
        new Fixture("raml2html", "guide.html", 1.0, 1.0, 1.0, 0.85),
        new Fixture("readme-markdown", "guide.md", 1.0, 1.0, 1.0, 0.85),
        new Fixture("redoc-html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("docusaurus-openapi", "guide.mdx", 1.0, 1.0, 1.0, 1.0),
        new Fixture("mintlify-mdx", "guide.mdx", 1.0, 1.0, 1.0, 0.90),
        new Fixture("apidocjs-html", "guide.html", 1.0, 1.0, 1.0, 0.95),
        new Fixture("stoplight-markdown", "guide.md", 1.0, 1.0, 0.95, 1.0),
        new Fixture("asciidoc", "index.adoc", 1.0, 1.0, 1.0, 1.0),
        new Fixture("confluence-html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-mastodon-hugo", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-healthchecks-deflist", "guide.md", 1.0, 1.0, 0.95, 1.0),
        new Fixture("real-remotelock-slate", "guide.md", 0.90, 0.95, 0.95, 0.95),
        new Fixture("real-feedbin-setext", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-miniflux-hugo", "guide.md", 1.0, 1.0, 0.75, 0.75),
        new Fixture("real-homeassistant-docusaurus", "guide.md", 1.0, 1.0, 0.80, 1.0),
        new Fixture("real-owncloud-rst", "guide.rst", 0.90, 0.95, 0.95, 0.90),
        new Fixture("real-taiga-asciidoc", "guide.adoc", 0.90, 1.0, 0.85, 0.85),
        new Fixture("real-gitlab-markdown", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-mds-sphinx-html", "guide.html", 1.0, 1.0, 0.80, 1.0),
        new Fixture("real-brokkr-html", "guide.html", 1.0, 1.0, 0.85, 1.0),
        new Fixture("real-gasfree-html", "guide.html", 1.0, 1.0, 0.85, 1.0),
        new Fixture("real-3scale-html", "guide.html", 1.0, 1.0, 0.85, 1.0),
        new Fixture("real-elastichq-sphinx-html", "guide.html", 1.0, 1.0, 0.85, 0.70),
        new Fixture("real-birt-asciidoctor-html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-listmonk-mkdocs", "guide.md", 1.0, 1.0, 0.90, 1.0),
        new Fixture("real-plausible-docusaurus", "guide.md", 1.0, 1.0, 0.95, 0.95),
        new Fixture("real-umami-markdown", "guide.md", 1.0, 1.0, 0.95, 1.0),
        new Fixture("real-18f-swagger-html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-rewardgeni-html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-rdfm-sphinx-html", "guide.html", 1.0, 1.0, 0.85, 1.0),
        new Fixture("real-shiori-api-md", "API.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-nextcloud-deck-mkdocs", "API.md", 0.95, 1.0, 0.65, 1.0),
        new Fixture("real-ceph-rst", "adminops.rst", 1.0, 1.0, 1.0, 0.0),
        new Fixture("real-superlib-html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-upstage-laravel-html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-voidforge-html", "guide.html", 0.95, 1.0, 0.80, 1.0),
        new Fixture("real-hedwi-rst", "guide.rst", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-nomad-mdx", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-out2move-apib", "guide.apib", 0.85, 0.90, 0.50, 0.90),
        new Fixture("real-tampere-slate-html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-rabbitmq-html", "guide.html", 0.90, 0.90, 0.75, 1.0),
        new Fixture("real-flink-hugo-html", "guide.html", 1.0, 1.0, 0.80, 1.0),
        new Fixture("real-grafana-hugo", "folder.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-zammad-rst", "tags.rst", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-seafile-mkdocs", "share-links.md", 1.0, 1.0, 0.65, 1.0),
        new Fixture("real-ngn13-go-md", "api.md", 1.0, 1.0, 0.70, 1.0),
        new Fixture("real-skilllinkr-template-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-fonzrecon-md", "rest-api.md", 1.0, 1.0, 0.60, 1.0),
        new Fixture("real-thorblock-restdocs-html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-pesc-jsp-html", "guide.html", 0.65, 0.65, 0.0, 1.0),
        new Fixture("real-linkedprofiler-wiki-html", "guide.html", 1.0, 1.0, 0.85, 1.0),
        new Fixture("real-wikigo-api-md", "API.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-c5t-list-md", "api.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-projetteam-template-md", "guide.md", 0.15, 0.25, 0.0, 0.25),
        new Fixture("real-notifier-openapi-html", "guide.html", 1.0, 1.0, 0.75, 1.0),
        new Fixture("real-bootprint-html", "guide.html", 1.0, 1.0, 0.90, 1.0),
        new Fixture("real-spatialai-html", "guide.html", 1.0, 1.0, 0.70, 1.0),
        new Fixture("real-openfire-readme-md", "readme.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-lanraragi-gitbook-md", "category-api.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-filescrud-wiki-md", "user-endpoints.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-keypathwayminer-openapi-html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-frib-traveler-html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-vaseis-html", "guide.html", 1.0, 1.0, 0.90, 1.0),
        new Fixture("real-scribe-laravel-html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-korektor-html", "guide.html", 0.0, 0.0, 0.0, 1.0),
        new Fixture("real-pixeldrain-details-html", "guide.html", 1.0, 1.0, 1.0, 0.95),
        new Fixture("real-clipjot-api-md", "API.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-commissaire-rst", "endpoints.rst", 0.95, 0.95, 0.85, 1.0),
        new Fixture("real-gondulapi-table-md", "api-docs.md", 1.0, 1.0, 0.95, 1.0),
        new Fixture("real-durst-helpcenter-html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-obico-docusaurus-html", "guide.html", 1.0, 1.0, 0.90, 1.0),
        new Fixture("real-quadradiusr-rst", "guide.rst", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-liquidms-deflist-md", "guide.md", 1.0, 1.0, 0.70, 1.0),
        new Fixture("real-emojipetz-strapdown-html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-themessage-jekyll-html", "guide.html", 0.85, 0.85, 0.60, 0.25),
        new Fixture("real-mmmframework-details-html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-brewos-md", "Web_API.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-engelsystem-rst", "guide.rst", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-hedgedoc-md", "api.md", 1.0, 1.0, 0.90, 1.0),
        new Fixture("real-opennms-asciidoc", "requisitions.adoc", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-tiledesk-gitbook-md", "requests.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-chatrest-readme-md", "guide.md", 1.0, 1.0, 0.80, 1.0),
        new Fixture("real-rickbox-raml2html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-tdp2-sphinx-html", "guide.html", 0.50, 0.55, 0.0, 1.0),
        new Fixture("real-jade-sphinx-html", "guide.html", 0.95, 1.0, 0.85, 1.0),
        new Fixture("real-feuerwehr-md", "API-DOCUMENTATION.md", 1.0, 1.0, 0.85, 1.0),
        new Fixture("real-rackspace-rst", "f5-load-balancer.rst", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-couchbase-txt", "api.txt", 1.0, 1.0, 0.85, 0.0),
        new Fixture("real-waitinline-aglio-html", "guide.html", 0.95, 1.0, 1.0, 1.0),
        new Fixture("real-rollekatalog-asciidoctor-html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-waterquality-crossnote-html", "guide.html", 1.0, 1.0, 0.65, 1.0),
        new Fixture("real-terminus-asciidoc", "api.adoc", 0.20, 0.20, 1.0, 1.0),
        new Fixture("real-kafka-connect-html", "guide.html", 1.0, 1.0, 0.90, 1.0),
        new Fixture("real-nodede-restdown-html", "guide.html", 1.0, 1.0, 0.50, 0.85),
        new Fixture("real-qingping-md", "open_api.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-pasta-rst", "data_package_manager_api.rst", 1.0, 1.0, 0.95, 0.0),
        new Fixture("real-danbooru-textile-txt", "api.txt", 0.0, 0.0, 0.0, 1.0),
        new Fixture("real-nacos-md", "open-api.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-bitcoin-rest-md", "REST-interface.md", 1.0, 1.0, 1.0, 0.0),
        new Fixture("real-octoprint-httpdomain", "access.rst", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-gerrit-asciidoc-txt", "rest-api-groups.txt", 0.85, 1.0, 0.75, 1.0),
        new Fixture("real-foreman-apipie-html", "guide.html", 1.0, 1.0, 0.80, 0.0),
        new Fixture("real-openfastlane-restdocs-html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-freenas-httpdomain", "system.rst", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-airlines-swagger2markup-adoc", "api.adoc", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-device-http-md", "guide.md", 0.85, 1.0, 0.85, 1.0),
        new Fixture("real-triggers-html-readme-md", "guide.md", 1.0, 1.0, 0.90, 1.0),
        new Fixture("real-apitxt-tools-txt", "tools.txt", 0.0, 0.0, 0.0, 0.0),
        new Fixture("real-blazar-osapiref-rst", "guide.inc", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-cekbrand-httpdomain-rst", "guide.rst", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-fluentsupport-slate-md", "guide.md", 1.0, 1.0, 0.95, 1.0),
        new Fixture("real-oksky-gitbook-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-reddit-csvtable-rst", "guide.rst", 1.0, 1.0, 0.85, 0.60),
        new Fixture("real-springboot-swagger2markup-zh-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-pulp-roles-rst", "guide.rst", 1.0, 1.0, 0.55, 0.25),
        new Fixture("real-opencast-mkdocs-md", "guide.md", 1.0, 1.0, 1.0, 0.95),
        new Fixture("real-druid-docusaurus-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-mautic-slate-md", "guide.md", 1.0, 1.0, 0.30, 0.90),
        new Fixture("real-infinispan-adoc", "guide.adoc", 0.95, 0.95, 0.95, 1.0),
        new Fixture("real-nhn-ja-md", "guide.md", 1.0, 1.0, 0.85, 1.0),
        new Fixture("real-octcore-endpoints-table-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-crypton-vitepress-ru-md", "guide.md", 0.0, 0.0, 0.0, 0.0),
        new Fixture("real-spincycle-jekyll-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-moa-readme-ko-md", "guide.md", 1.0, 1.0, 0.0, 1.0),
        new Fixture("real-openwisp-rst", "guide.rst", 0.90, 1.0, 1.0, 1.0),
        new Fixture("real-hvz-wiki-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-haier-docsify-zh-md", "guide.md", 1.0, 1.0, 0.95, 1.0),
        new Fixture("real-kuali-apib", "guide.md", 0.70, 1.0, 0.15, 1.0),
        new Fixture("real-ssmanager-htmltable-es-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-teamsync-html", "guide.html", 1.0, 1.0, 0.85, 1.0),
        new Fixture("real-strichliste-rst", "guide.rst", 0.75, 0.75, 0.40, 0.30),
        new Fixture("real-gigih-template-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-datanexus-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-bataille-details-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-kallaxy-arrow-md", "guide.md", 1.0, 1.0, 0.60, 0.95),
        new Fixture("real-ocsearch-restdocs-html", "guide.html", 1.0, 1.0, 0.95, 1.0),
        new Fixture("real-books-es-md", "guide.md", 1.0, 1.0, 0.95, 0.90),
        new Fixture("real-buildingdepot-httpdomain-rst", "guide.rst", 1.0, 1.0, 0.90, 1.0),
        new Fixture("real-sampletext-schema-md", "guide.md", 0.95, 1.0, 1.0, 1.0),
        new Fixture("real-todos-fence-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-lastbackend-adoc", "guide.adoc", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-mdwiki-ja-md", "guide.md", 0.95, 1.0, 1.0, 0.95),
        new Fixture("real-ecojunk-html", "guide.html", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-geotrace-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-prismateams-de-md", "guide.md", 1.0, 1.0, 1.0, 0.90),
        new Fixture("real-es-offers-details", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-vi-365ok-home", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-zh-takefree-user", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-rst-ownpaste", "guide.rst", 1.0, 1.0, 0.75, 1.0),
        new Fixture("real-html-mmh-apidoc", "guide.html", 1.0, 1.0, 0.90, 1.0),
        new Fixture("real-html-aglio-buchaktion", "guide.html", 1.0, 1.0, 0.95, 1.0),
        new Fixture("real-fr-mcacademy-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-zh-yanduoduo-yapi-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-en-blog-tables-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-pt-modbox-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-botlhale-docusaurus-md", "guide.md", 1.0, 1.0, 0.80, 1.0),
        new Fixture("real-ru-dproxy-html", "guide.html", 0.0, 0.0, 0.0, 0.0),
        new Fixture("real-apollo-openapi-zh-md", "guide.md", 0.85, 1.0, 1.0, 0.0),
        new Fixture("real-kong-consumer-groups-ja-md", "guide.md", 1.0, 1.0, 0.95, 1.0),
        new Fixture("real-ford-ci-pt-md", "guide.md", 1.0, 1.0, 0.60, 1.0),
        new Fixture("real-couchdb-db-rst", "guide.rst", 0.90, 1.0, 1.0, 1.0),
        new Fixture("real-openshift-ptp-adoc", "guide.adoc", 0.75, 0.90, 0.85, 1.0),
        new Fixture("real-influxdb-v1-md", "guide.md", 0.50, 0.60, 0.30, 0.45),
        new Fixture("real-adobe-experience-platform-fr-pages", "guide.md", 1.0, 1.0, 0.40, 0.0),
        new Fixture("real-capitalonline-zh-pages", "guide.md", 1.0, 1.0, 0.35, 0.0),
        new Fixture("real-choicereserve-ja-pages", "guide.md", 1.0, 1.0, 0.55, 1.0),
        new Fixture("real-ctyun-zh-pages", "guide.md", 1.0, 1.0, 0.90, 1.0),
        new Fixture("real-engagelab-de-pages", "guide.md", 1.0, 1.0, 0.85, 1.0),
        new Fixture("real-feegow-pt-pages", "guide.md", 0.85, 1.0, 1.0, 1.0),
        new Fixture("real-fenicio-es-pages", "guide.md", 1.0, 1.0, 0.80, 1.0),
        new Fixture("real-fujitsu-eternus-en-pages", "guide.md", 1.0, 1.0, 0.20, 1.0),
        new Fixture("real-lenovo-xclarity-en-pages", "guide.md", 1.0, 1.0, 0.70, 1.0),
        new Fixture("real-netapp-ontap-en-pages", "guide.md", 1.0, 1.0, 0.85, 0.90),
        new Fixture("real-objectif-lune-connect-en-pages", "guide.md", 1.0, 1.0, 0.60, 1.0),
        new Fixture("real-thatsme-pt-pages", "guide.md", 1.0, 1.0, 0.80, 0.0),
        new Fixture("real-base-thebase-ja-pages", "guide.md", 1.0, 1.0, 0.80, 1.0),
        new Fixture("real-datacake-iot-de-pages", "guide.md", 0.65, 0.65, 0.60, 1.0),
        new Fixture("real-lg-ebp-payments-ko-pages", "guide.md", 0.85, 0.85, 0.05, 1.0),
        new Fixture("real-myq-print-server-fr-pages", "guide.md", 1.0, 1.0, 0.75, 1.0),
        new Fixture("real-trendmicro-cloudone-en-pages", "guide.md", 1.0, 1.0, 0.65, 1.0),
        new Fixture("real-yeastar-en-pages", "guide.md", 1.0, 1.0, 0.85, 1.0),
        new Fixture("real-barracuda-en-pages", "guide.md", 0.65, 0.65, 1.0, 1.0),
        new Fixture("real-ibm-qradar-en-pages", "guide.md", 1.0, 1.0, 0.30, 0.50),
        new Fixture("real-mkoszyk-pl-pages", "guide.md", 1.0, 1.0, 0.30, 0.0),
        new Fixture("real-smaregi-ja-pages", "guide.md", 1.0, 1.0, 0.60, 1.0),
        new Fixture("real-xdua-zh-pages", "guide.md", 0.85, 0.85, 0.20, 1.0),
        new Fixture("real-cplug-pt-pages", "guide.md", 1.0, 1.0, 0.25, 1.0),
        new Fixture("real-jobaffinity-en-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-kakaomobility-ko-pages", "guide.md", 0.50, 0.65, 0.0, 1.0),
        new Fixture("real-kintone-ja-pages", "guide.md", 0.65, 0.65, 0.45, 1.0),
        new Fixture("real-plusofon-ru-pages", "guide.md", 1.0, 1.0, 0.80, 1.0),
        new Fixture("real-zipnova-es-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-annict-gitbook-ja-md", "guide.md", 1.0, 1.0, 0.90, 0.0),
        new Fixture("real-hadoop-yarn-mvnsite-md", "guide.md", 0.60, 0.85, 0.20, 0.40),
        new Fixture("real-hhru-ru-md", "guide.md", 0.90, 0.90, 0.75, 0.90),
        new Fixture("real-sodalife-docsify-zh-md", "guide.md", 1.0, 1.0, 0.90, 1.0),
        new Fixture("real-solr-antora-adoc", "guide.adoc", 1.0, 1.0, 0.95, 1.0),
        new Fixture("real-zeppelin-jekyll-html-md", "guide.md", 1.0, 1.0, 1.0, 0.0),
        new Fixture("real-eventplanning-latex-tex", "guide.tex", 0.0, 0.0, 0.0, 1.0),
        new Fixture("real-gobelieve-zh-md", "guide.md", 1.0, 1.0, 0.75, 0.75),
        new Fixture("real-goszakup-ru-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-gotadi-vi-pages", "guide.md", 0.85, 0.85, 0.50, 1.0),
        new Fixture("real-iletimerkezi-tr-pages", "guide.md", 1.0, 1.0, 0.0, 1.0),
        new Fixture("real-kaspersky-fr-pages", "guide.md", 1.0, 1.0, 0.70, 1.0),
        new Fixture("real-portagelive-adoc", "guide.adoc", 0.0, 0.0, 0.0, 1.0),
        new Fixture("real-travelandz-es-pages", "guide.md", 1.0, 1.0, 0.55, 1.0),
        new Fixture("real-asterisk-ari-mkdocs-pages", "guide.md", 1.0, 1.0, 0.50, 0.90),
        new Fixture("real-churchpad-gitbook-pages", "guide.md", 0.90, 0.95, 0.60, 1.0),
        new Fixture("real-evendi-docusaurus-pt-pages", "guide.md", 1.0, 1.0, 0.55, 0.65),
        new Fixture("real-geode-bookbinder-md", "guide.md", 1.0, 1.0, 1.0, 0.85),
        new Fixture("real-gogs-milestones-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-inaproc-fumadocs-id-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-mollie-sphinx-rst", "guide.rst", 1.0, 1.0, 0.40, 1.0),
        new Fixture("real-provide-slate-md", "guide.md", 1.0, 1.0, 0.75, 0.55),
        new Fixture("real-aiec-zh-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-ambari-api-md", "guide.md", 0.85, 1.0, 1.0, 1.0),
        new Fixture("real-camunda-hugo-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-enocean-helpmanual-pages", "guide.md", 1.0, 1.0, 0.25, 1.0),
        new Fixture("real-feller-wiser-md", "guide.md", 1.0, 1.0, 0.75, 1.0),
        new Fixture("real-geoserver-sphinx-rst", "guide.rst", 1.0, 1.0, 0.45, 0.60),
        new Fixture("real-salabam-it-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-shelly-freshdesk-pt-pages", "guide.md", 1.0, 1.0, 0.0, 1.0),
        new Fixture("real-tago-zohodesk-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-ngutierrezp-vitepress-es-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-zkteco-mintlify-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-webpush-httpdomain-rst", "guide.rst", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-clistore-readme-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-servant-pandoc-md", "guide.md", 1.0, 1.0, 0.65, 1.0),
        new Fixture("real-trocco-document360-ja-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-insly-gitbook-pages", "guide.md", 1.0, 1.0, 1.0, 0.90),
        new Fixture("real-alexism-mkdocs-fr-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-notepm-ja-pages", "guide.md", 1.0, 1.0, 0.50, 1.0),
        new Fixture("real-rapid-smartdoc-zh-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-qwikgeo-users-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-pilotage-traderui-zh-md", "guide.md", 1.0, 1.0, 0.85, 1.0),
        new Fixture("real-fatac-sphinx-rst", "guide.rst", 0.90, 0.90, 0.90, 1.0),
        new Fixture("real-quaily-vitepress-pages", "guide.md", 0.0, 0.0, 0.0, 1.0),
        new Fixture("real-obuma-helpcenter-es-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-xvid-confluence-pages", "guide.md", 0.25, 0.50, 0.75, 1.0),
        new Fixture("real-paypertic-confluence-es-pages", "guide.md", 1.0, 1.0, 0.30, 1.0),
        new Fixture("real-webcurator-sphinx-rst", "guide.rst", 1.0, 1.0, 0.70, 1.0),
        new Fixture("real-nmdashboard-ru-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-codebeamer-openapigen-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-cucu-mintlify-es-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-ticketbaiws-es-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-cscart-gitbook-ja-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-usniwo-logistics-pages", "guide.md", 0.80, 1.0, 1.0, 1.0),
        new Fixture("real-abconnect-sphinx-rst", "guide.rst", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-parcelvalue-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-nexopos-slate-md", "guide.md", 1.0, 1.0, 0.65, 1.0),
        new Fixture("real-webims-table-md", "guide.md", 1.0, 1.0, 0.0, 1.0),
        new Fixture("real-roundhr-gitbook-ko-pages", "guide.md", 1.0, 1.0, 0.75, 1.0),
        new Fixture("real-firstdue-zohodesk-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-jocapi-raml2html-pages", "guide.md", 1.0, 1.0, 0.45, 1.0),
        new Fixture("real-bladecrm-vitepress-it-pages", "guide.md", 0.50, 0.65, 0.45, 1.0),
        new Fixture("real-schulconnex-docusaurus-de-pages", "guide.md", 0.80, 0.80, 0.40, 1.0),
        new Fixture("real-minishop3-vitepress-ru-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-crawler-proxies-zh-md", "guide.md", 1.0, 1.0, 0.60, 1.0),
        new Fixture("real-seibroker-apidoc-pt-txt", "guide.txt", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-shopline-devportal-zh-pages", "guide.md", 1.0, 1.0, 0.40, 1.0),
        new Fixture("real-b2market-docusaurus-es-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-pointtils-ghissue-pt-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-giaphoang-html-vi-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-sisapi-quickstart-it-pages", "guide.md", 1.0, 1.0, 0.0, 1.0),
        new Fixture("real-satiachat-github-ko-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-gofast-sphinx-fr-rst", "guide.rst", 1.0, 1.0, 0.50, 1.0),
        new Fixture("real-ojkinvest-github-id-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-kite-vitepress-zh-pages", "guide.md", 0.55, 0.65, 1.0, 1.0),
        new Fixture("real-hyfn-redocly-en-pages", "guide.md", 1.0, 1.0, 1.0, 0.0),
        new Fixture("real-gestionaleauto-sphinx-it-pages", "guide.md", 1.0, 1.0, 0.90, 1.0),
        new Fixture("real-wvds-dokuwiki-it-pages", "guide.txt", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-shiba-github-en-md", "guide.md", 1.0, 1.0, 1.0, 0.80),
        new Fixture("real-onyx-gitbook-en-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-kitworks-httpdomain-uk-rst", "guide.rst", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-iglesias-github-es-md", "guide.md", 1.0, 1.0, 1.0, 0.75),
        new Fixture("real-randkipp-html-pl-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-pdv-hackmd-pt-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-upward-starlight-ja-pages", "guide.md", 1.0, 1.0, 0.85, 1.0),
        new Fixture("real-dairyboard-gitbook-ko-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-silk-github-en-md", "guide.md", 1.0, 1.0, 0.40, 1.0),
        new Fixture("real-falcon-jekyll-en-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-hatohol-sphinx-en-rst", "guide.rst", 1.0, 1.0, 0.95, 1.0),
        new Fixture("real-reqman-mkdocs-zh-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-gradoservice-wordpress-ru-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-markaclick-helpcenter-tr-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-chacha-notion-ko-pages", "guide.md", 1.0, 1.0, 1.0, 0.0),
        new Fixture("real-sanpi-zenn-ja-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-phraseanet-sphinx-fr-rst", "guide.rst", 0.65, 0.65, 0.75, 1.0),
        new Fixture("real-moltin-github-en-md", "guide.md", 1.0, 1.0, 0.95, 1.0),
        new Fixture("real-martyna-github-pl-md", "guide.md", 1.0, 1.0, 0.55, 1.0),
        new Fixture("real-markdoc-github-zh-md", "guide.md", 1.0, 1.0, 0.75, 1.0),
        new Fixture("real-tistory-openapi-ko-pages", "guide.md", 1.0, 1.0, 0.0, 1.0),
        new Fixture("real-wainao-docs-zh-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-mozzart-servicestack-en-pages", "guide.md", 1.0, 1.0, 0.0, 1.0),
        new Fixture("real-valpay-devdocs-en-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-tripsplit-rdoc-en-txt", "guide.txt", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-egide-org-en-txt", "guide.txt", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-toast-mediawiki-zh-txt", "guide.txt", 1.0, 1.0, 0.80, 1.0),
        new Fixture("real-redu-rdoc-pt-txt", "guide.txt", 1.0, 1.0, 0.50, 1.0),
        new Fixture("real-dochazka-docs-cs-pages", "guide.md", 1.0, 1.0, 0.50, 1.0),
        new Fixture("real-deebmart-docs-ar-pages", "guide.md", 0.85, 0.85, 0.0, 1.0),
        new Fixture("real-rechtlogisch-gitbook-de-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-trirex-howto-th-pages", "guide.md", 0.80, 0.80, 0.65, 1.0),
        new Fixture("real-haderech-github-he-md", "guide.md", 1.0, 1.0, 0.90, 1.0),
        new Fixture("real-carmonitor-labels-zh-txt", "guide.txt", 1.0, 1.0, 0.0, 1.0),
        new Fixture("real-dyel-routes-en-txt", "guide.txt", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-teracore-github-el-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-openpsa-labels-it-md", "guide.md", 1.0, 1.0, 0.50, 1.0),
        new Fixture("real-contraventions-github-fr-raml", "guide.raml", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-sirine-github-id-md", "guide.md", 0.90, 1.0, 1.0, 1.0),
        new Fixture("real-gemeente-github-nl-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-mecode-docs-vi-pages", "guide.md", 1.0, 1.0, 0.65, 1.0),
        new Fixture("real-sazhesab-docs-fa-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-tajo-starlight-ja-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-devga-scribe-vi-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-bloodflow-apiary-ru-apib", "guide.apib", 1.0, 1.0, 0.80, 1.0),
        new Fixture("real-fest-github-sv-md", "guide.md", 0.90, 1.0, 0.75, 1.0),
        new Fixture("real-gunnardisk-odata-no-md", "guide.md", 0.80, 1.0, 1.0, 0.0),
        new Fixture("real-udi-labels-en-md", "guide.md", 0.15, 0.25, 0.0, 0.25),
        new Fixture("real-lindo-gitbook-en-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-landy-gitbook-ru-pages", "guide.md", 0.65, 0.80, 0.50, 0.30),
        new Fixture("real-esempla-gitbook-ro-pages", "guide.md", 1.0, 1.0, 0.65, 1.0),
        new Fixture("real-neu-docs-es-pages", "guide.md", 1.0, 1.0, 0.0, 1.0),
        new Fixture("real-statuspage-bold-ru-md", "guide.md", 1.0, 1.0, 0.85, 1.0),
        new Fixture("real-minidooray-fences-ko-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-petanque-vtables-fr-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-sawasige-jtd-ja-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-btekno-giteadiff-id-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-shoptraining-giteablame-zh-pages", "guide.md", 0.0, 0.0, 0.0, 0.0),
        new Fixture("real-fugafuga-ghpage-ja-pages", "guide.md", 0.85, 1.0, 1.0, 1.0),
        new Fixture("real-codebox-nextdocs-zh-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-w3lcome-gitbook-en-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-hggplan-ticks-de-md", "guide.md", 0.90, 1.0, 1.0, 1.0),
        new Fixture("real-pytsite-authapi-ru-md", "guide.md", 1.0, 1.0, 0.95, 1.0),
        new Fixture("real-pulseqr-docusaurus-nl-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-qrkode-altum-no-pages", "guide.md", 1.0, 1.0, 0.50, 1.0),
        new Fixture("real-reservas-docusaurus-es-pages", "guide.md", 1.0, 1.0, 0.75, 1.0),
        new Fixture("real-abra-sandbox-cs-pages", "guide.md", 0.80, 1.0, 0.75, 1.0),
        new Fixture("real-legionella-gluedbadge-en-pages", "guide.md", 0.0, 0.0, 1.0, 1.0),
        new Fixture("real-jecnarozvrh-rawmd-cs-pages", "guide.md", 1.0, 1.0, 0.0, 1.0),
        new Fixture("real-g100contracts-spacetable-de-pages", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-bakalari-httpblock-cs-md", "guide.md", 1.0, 1.0, 0.0, 1.0),
        new Fixture("real-rppmodul-sharedfence-id-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-standardy-badge-pl-pages", "guide.txt", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-kargolapp-jsonroutes-tr-pages", "guide.txt", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-apidemo001210-labelled-zh-pages", "guide.txt", 1.0, 1.0, 0.50, 1.0),
        new Fixture("real-sellia-gitbook-es-pages", "guide.txt", 1.0, 1.0, 0.85, 0.65),
        new Fixture("real-searchengine-httptable-en-md", "guide.md", 1.0, 1.0, 0.55, 1.0),
        new Fixture("real-docbrowser-servantdocs-en-md", "guide.md", 1.0, 1.0, 1.0, 1.0),
        new Fixture("real-sysi-methodlabel-ru-md", "guide.md", 1.0, 1.0, 1.0, 1.0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void meetsItsFloors(Fixture fixture) {
    Path folder = root().resolve(fixture.name());
    List<String> args = new ArrayList<>(List.of("score", folder.resolve(fixture.guide()).toString(),
        "--key", folder.resolve("answers.jsonl").toString(), "--profile", "generic-markdown", "--verbose"));
    args.addAll(fixture.floors());

    ToolRun run = ToolRun.of(args.toArray(String[]::new));

    System.out.println(run.out() + run.err());
    assertEquals(ExitCode.OK, run.exitCode(), run.transcript());
  }

  @Test
  void everyFixtureFolderIsScoredAndDescribed() throws IOException {
    List<String> listed = fixtures().map(Fixture::name).sorted().toList();
    List<String> folders;
    try (Stream<Path> children = Files.list(root())) {
      folders = children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(folders, listed, "every fixture folder needs an entry in fixtures()");
    for (Fixture fixture : fixtures().toList()) {
      Path folder = root().resolve(fixture.name());
      for (String file : List.of(fixture.guide(), "answers.jsonl", "README.md")) {
        assertTrue(Files.isRegularFile(folder.resolve(file)), fixture.name() + " lacks " + file);
      }
    }
    assertTrue(Files.isRegularFile(root().resolve("README.md")), "the toolchains README is missing");
  }

  private static Path root() {
    return Repository.file(ROOT);
  }
}
