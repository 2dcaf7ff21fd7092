package io.mcdewey.bench;

import io.mcdewey.codegen.SdkGenerator;
import io.mcdewey.codegen.ServerFlavour;
import io.mcdewey.codegen.templates.TemplateRenderer;
import io.mcdewey.model.Api;
import java.util.EnumSet;
import java.util.List;

/**
 * Parses guides already in memory and generates each one's whole SDK project in memory — DTOs, client, server
 * skeleton, build file and README — as {@code mcdewey generate} does before it writes. Counts files, not operations.
 */
final class GenerateSdk implements Case {
  private final GuideFile input;
  private GuidesInMemory guides;
  private SdkGenerator generator;

  GenerateSdk(GuideFile input) {
    this.input = input;
  }

  @Override
  public GuideFile input() {
    return input;
  }

  @Override
  public String task() {
    return "parse + generate SDK";
  }

  @Override
  public boolean countsFiles() {
    return true;
  }

  @Override
  public void setUp() throws Exception {
    guides = new GuidesInMemory(input);
    generator = new SdkGenerator(TemplateRenderer.builtIn());
  }

  @Override
  public int run() throws Exception {
    List<Api> apis = guides.parse();
    int files = 0;
    for (int i = 0; i < apis.size(); i++) {
      Api api = apis.get(i);
      SdkGenerator.Options options = SdkGenerator.Options.defaults("com.example.sdk", api)
          .with(EnumSet.allOf(SdkGenerator.Artifact.class), ServerFlavour.JDK_HTTP_SERVER);
      files += generator.generate(api, guides.documents().get(i).file(), options).size();
    }
    return files;
  }
}
