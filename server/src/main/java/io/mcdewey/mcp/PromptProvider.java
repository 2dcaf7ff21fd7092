package io.mcdewey.mcp;

import java.util.List;
import java.util.Map;

/** Prompts the server offers: listed, filled in with arguments, and their arguments completed. */
public interface PromptProvider {
  List<McpPrompt> prompts();

  /**
   * The {@code prompts/get} result of one of this provider's prompts: {@code description} and {@code messages}.
   *
   * @throws JsonRpcException an Invalid Params error when a required argument is missing or names nothing known
   */
  Map<String, Object> get(String name, Map<String, String> arguments) throws JsonRpcException;

  /**
   * Values for an argument of one of this provider's prompts that start with {@code prefix}, best first.
   *
   * @param context the values of the prompt's other arguments already chosen
   */
  List<String> complete(String prompt, String argument, String prefix, Map<String, String> context);
}
