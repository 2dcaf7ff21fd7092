package io.mcdewey.mcp;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code params} of a request, read member by member; anything of the wrong shape is an Invalid Params error. */
public final class Params {
  private final Map<String, Object> members;

  private Params(Map<String, Object> members) {
    this.members = members;
  }

  /** The params as sent; absent params are an empty object, anything but an object is an error. */
  public static Params of(Object params) throws JsonRpcException {
    if (params == null) {
      return new Params(Map.of());
    }
    return new Params(object(params, "params"));
  }

  /** A string member that must be present. */
  public String string(String name) throws JsonRpcException {
    Object value = members.get(name);
    if (!(value instanceof String text)) {
      throw JsonRpcException.invalidParams(value == null ? "params." + name + " is required"
          : "params." + name + " must be a string");
    }
    return text;
  }

  /** A string member, or {@code null} when absent. */
  public String optionalString(String name) throws JsonRpcException {
    return members.get(name) == null ? null : string(name);
  }

  /** An object member that must be present. */
  public Params params(String name) throws JsonRpcException {
    Object value = members.get(name);
    if (value == null) {
      throw JsonRpcException.invalidParams("params." + name + " is required");
    }
    return new Params(object(value, "params." + name));
  }

  /** An object member as a map, empty when absent. */
  public Map<String, Object> optionalObject(String name) throws JsonRpcException {
    Object value = members.get(name);
    return value == null ? Map.of() : object(value, "params." + name);
  }

  /** An object of string values, such as prompt arguments; empty when absent. */
  public Map<String, String> strings(String name) throws JsonRpcException {
    Map<String, String> strings = new LinkedHashMap<>();
    for (Map.Entry<String, Object> member : optionalObject(name).entrySet()) {
      if (!(member.getValue() instanceof String text)) {
        throw JsonRpcException.invalidParams("params." + name + "." + member.getKey() + " must be a string");
      }
      strings.put(member.getKey(), text);
    }
    return strings;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String what) throws JsonRpcException {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw JsonRpcException.invalidParams(what + " must be an object");
  }
}
