package io.mcdewey.codegen.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.mcdewey.codegen.NameScope;
import io.mcdewey.codegen.Names;
import io.mcdewey.codegen.OperationSymbol;
import io.mcdewey.codegen.ParameterSymbol;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The options of one operation: an immutable record nested in the group class, with one component per optional
 * parameter ({@code null} when not given) and a builder ({@code MakeCallOptions.builder().callVariables(list)
 * .build()}).
 */
public final class GroupApiOptions {
  /** Names a component cannot take: members of every record and of the builder. */
  private static final String[] TAKEN = {"equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait",
      "clone", "finalize", "builder", "build"};

  private final OperationSymbol operation;
  private final Map<ParameterSymbol, String> components = new LinkedHashMap<>();

  public GroupApiOptions(OperationSymbol operation) {
    this.operation = operation;
    NameScope names = NameScope.reserving(TAKEN);
    for (ParameterSymbol option : operation.options()) {
      components.put(option, names.claim(option.javaName()));
    }
  }

  /** The accessor of {@code option} on the record. */
  public String component(ParameterSymbol option) {
    return components.get(option);
  }

  TypeSpec type() {
    ClassName self = operation.optionsClass();
    ClassName builder = self.nestedClass("Builder");
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    TypeSpec.Builder builderType = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Collects the options of {@link $T}.\n", self)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    TypeSpec.Builder record = TypeSpec.recordBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The optional parameters of {@link $T#$N}; a component left {@code null} is not sent.\n\n",
            operation.optionsClass().enclosingClassName(), operation.methodName());
    List<String> arguments = new java.util.ArrayList<>();
    components.forEach((option, name) -> {
      record.addJavadoc(ClientJavadoc.tag("@param " + name, ClientJavadoc.parameter(option)));
      constructor.addParameter(ParameterSpec.builder(option.type(), name).build());
      if (option.type() instanceof ParameterizedTypeName) {
        compact.addStatement("$N = $N == null ? null : $T.copyOf($N)", name, name, List.class, name);
      }
      builderType.addField(FieldSpec.builder(option.type(), name, Modifier.PRIVATE).build())
          .addMethod(MethodSpec.methodBuilder(name)
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc("Sets {@link $T#$N()}.\n\n", self, name)
              .addJavadoc(ClientJavadoc.tag("@param value", ClientJavadoc.parameter(option)))
              .addJavadoc("@return this builder\n")
              .returns(builder)
              .addParameter(option.type(), "value")
              .addStatement("this.$N = value", name)
              .addStatement("return this")
              .build());
      arguments.add(name);
    });
    builderType.addMethod(MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The options set so far.\n\n@return the options\n")
        .returns(self)
        .addStatement("return new $T($L)", self, String.join(", ", arguments))
        .build());
    if (!compact.build().code().isEmpty()) {
      record.addMethod(compact.build());
    }
    return record.recordConstructor(constructor.build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("A builder with no option set.\n\n@return the builder\n")
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build())
        .addType(builderType.build())
        .build();
  }
}
