package io.mcdewey.codegen;

import static io.mcdewey.testing.Reflection.call;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.mcdewey.codegen.client.GroupApiOptions;
import io.mcdewey.model.ParameterLocation;
import io.mcdewey.testing.RealTraffic;
import io.mcdewey.testing.Reflection;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * A real request made again with the typed method a generated client has for it: the operation whose method and
 * path template match, whose fixed values the body holds and whose parameters the request fills, called with the
 * values read from the request's path, query and body.
 */
final class TypedReplay {
  private final ClientSdk sdk;

  TypedReplay(ClientSdk sdk) {
    this.sdk = sdk;
  }

  /** The call of an operation with its arguments, ready to make; or why no operation can make the request. */
  record Plan(GroupSymbol group, OperationSymbol operation, List<Object> arguments, String refusal) {
    static Plan refused(String reason) {
      return new Plan(null, null, List.of(), reason);
    }
  }

  /** The first operation that can make the request, else the reasons of each candidate. */
  Plan plan(RealTraffic.Request request) {
    Element body = request.body() == null ? null : parse(request.body());
    List<String> refusals = new ArrayList<>();
    for (GroupSymbol group : sdk.symbols().groups()) {
      for (OperationSymbol operation : group.operations()) {
        Map<String, String> variables = match(operation.operation().path(), request.path());
        if (!operation.operation().method().equals(request.method()) || variables == null) {
          continue;
        }
        Plan plan = plan(group, operation, variables, body);
        if (plan.refusal() == null) {
          return plan;
        }
        refusals.add(plan.refusal());
      }
    }
    return Plan.refused(refusals.isEmpty()
        ? "no operation of the visible pages has " + request.method() + " on this path" : String.join("; ", refusals));
  }

  /** Makes the call the plan holds through {@code client}. */
  void make(Plan plan, Object client) {
    Object group = call(client, plan.group().accessorName());
    Reflection.call(group, plan.operation().methodName(), plan.arguments().toArray());
  }

  private Plan plan(GroupSymbol group, OperationSymbol operation, Map<String, String> variables, Element body) {
    String name = operation.methodName();
    for (OperationSymbol.Implied implied : operation.implied()) {
      String sent = body == null ? null : text(body, implied.value().name());
      if (!implied.value().value().equals(sent)) {
        return Plan.refused(name + " sends " + implied.value().name() + " " + implied.value().value()
            + ", the request " + (sent == null ? "none" : sent));
      }
    }
    List<Object> arguments = new ArrayList<>();
    for (ParameterSymbol argument : operation.arguments()) {
      Optional<Object> value = value(argument, variables, body);
      if (value.isEmpty()) {
        String sent = body == null ? null : text(body, argument.parameter().name());
        return Plan.refused(name + " needs " + argument.parameter().name() + (sent == null
            ? ", which the request does not hold" : " of the values the guide names, not " + sent));
      }
      arguments.add(value.get());
    }
    if (operation.optionsClass() != null) {
      GroupApiOptions options = new GroupApiOptions(operation);
      Object builder = sdk.callStatic(operation.optionsClass(), "builder");
      for (ParameterSymbol option : operation.options()) {
        Optional<Object> value = value(option, variables, body);
        if (value.isPresent()) {
          call(builder, options.component(option), value.get());
        }
      }
      arguments.add(call(builder, "build"));
    }
    return new Plan(group, operation, arguments, null);
  }

  /** The value of a parameter in the request: from the path, or the body's element, typed as the method takes it. */
  private Optional<Object> value(ParameterSymbol parameter, Map<String, String> variables, Element body) {
    if (parameter.parameter().location() == ParameterLocation.PATH) {
      return Optional.ofNullable(variables.get(parameter.parameter().name()));
    }
    if (parameter.parameter().location() != ParameterLocation.BODY || body == null) {
      return Optional.empty();
    }
    if (parameter.bodyPath().isEmpty()) {
      return Optional.of(sdk.callStatic((ClassName) parameter.type(), "fromXml", serialize(body)));
    }
    Element at = body;
    for (PropertySymbol step : parameter.bodyPath()) {
      at = at == null ? null : child(at, step.elementName());
    }
    return at == null ? Optional.empty() : typed(parameter.type(), at, parameter.bodyPath()
        .get(parameter.bodyPath().size() - 1));
  }

  /** An element's value as {@code type}: text, a typed value, a DTO, or a list of them; empty when it is no such. */
  private Optional<Object> typed(TypeName type, Element element, PropertySymbol property) {
    if (type instanceof ParameterizedTypeName list) {
      List<Object> items = new ArrayList<>();
      Iterable<Element> children = property.wrapperXmlName() != null ? children(element) : List.of(element);
      for (Element item : children) {
        typed(list.typeArguments().get(0), item, property).ifPresent(items::add);
      }
      return Optional.of(items);
    }
    String text = element.getTextContent().strip();
    if (type.equals(ClassName.get(String.class))) {
      return Optional.of(text);
    }
    Class<?> value = sdk.type((ClassName) type);
    if (Reflection.hasStatic(value, "fromXml")) {
      return Optional.of(sdk.callStatic((ClassName) type, "fromXml", serialize(element)));
    }
    if (value.isEnum()) {
      Object constant = sdk.callStatic((ClassName) type, "fromValue", text);
      return constant.toString().equals("UNRECOGNIZED") ? Optional.empty() : Optional.of(constant);
    }
    return Optional.of(value == Instant.class ? Instant.parse(text) : Reflection.callStatic(value, "valueOf", text));
  }

  /** The variables of {@code template} in {@code path}, or {@code null} when the path is not of the template. */
  static Map<String, String> match(String template, String path) {
    List<String> names = new ArrayList<>();
    Matcher variable = Pattern.compile("\\{([^{}]+)}").matcher(template);
    StringBuilder regex = new StringBuilder();
    int at = 0;
    while (variable.find()) {
      regex.append(Pattern.quote(template.substring(at, variable.start()))).append("([^/]+)");
      names.add(variable.group(1));
      at = variable.end();
    }
    Matcher matcher = Pattern.compile(regex.append(Pattern.quote(template.substring(at))).toString()).matcher(path);
    if (!matcher.matches()) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      values.put(names.get(i), matcher.group(i + 1));
    }
    return values;
  }

  private static String text(Element element, String childName) {
    Element child = child(element, childName);
    return child == null ? null : child.getTextContent().strip();
  }

  private static Element child(Element element, String name) {
    for (Element child : children(element)) {
      if (child.getLocalName().equalsIgnoreCase(name)) {
        return child;
      }
    }
    return null;
  }

  private static List<Element> children(Element element) {
    List<Element> children = new ArrayList<>();
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child) {
        children.add(child);
      }
    }
    return children;
  }

  private static Element parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("a request body that is no XML: " + xml, e);
    }
  }

  private static String serialize(Element element) {
    try {
      StringWriter text = new StringWriter();
      var transformer = TransformerFactory.newDefaultInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      transformer.transform(new DOMSource(element), new StreamResult(text));
      return text.toString();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
