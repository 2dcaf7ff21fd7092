package io.mcdewey.codegen.dto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.mcdewey.codegen.DtoProperty;
import io.mcdewey.codegen.DtoSymbol;
import io.mcdewey.codegen.SdkSymbols;
import io.mcdewey.model.Api;
import io.mcdewey.model.PropertyType;
import io.mcdewey.model.Provenance;
import io.mcdewey.model.Schema;
import io.mcdewey.model.SchemaProperty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reading both DTO formats share: the builder, and a case per wire name known without case. */
class DtoReadingTest {
  private static final DtoSymbol DTO = SdkSymbols.of(new Api("acme", "", "", "", "", List.of(), List.of(
      new Schema("Agent", "Agent", "", List.of(
          new SchemaProperty("state", PropertyType.STRING, null, false, List.of(), ""),
          new SchemaProperty("State", PropertyType.STRING, null, false, List.of(), ""),
          new SchemaProperty("loginId", PropertyType.STRING, null, false, List.of(), "")),
          new Provenance("guide.md", null, null, 1))), List.of()), "com.example").dtos().get(0);

  @Test
  void aNameTwoPropertiesShareGoesToTheFirstAndOthersToTheDefault() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("read").addStatement(DtoReading.newBuilder(DTO));
    DtoReading.nameSwitch(method, CodeBlock.of("name"), DtoProperty.of(DTO), p -> p.symbol().xmlName(),
        p -> CodeBlock.of("$N(value)", p.builderField()), CodeBlock.of("default -> {\n}\n"));

    assertEquals("""
        void read() {
          com.example.model.Agent.Builder builder = new com.example.model.Agent.Builder();
          switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "state" -> builder.state(value);
            case "loginid" -> builder.loginId(value);
            default -> {
            }
          }
        }
        """, method.build().toString());
  }
}
