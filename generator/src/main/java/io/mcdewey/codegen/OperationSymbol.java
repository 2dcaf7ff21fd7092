package io.mcdewey.codegen;

import com.palantir.javapoet.ClassName;
import io.mcdewey.model.ImpliedValue;
import io.mcdewey.model.Operation;
import java.util.List;
import java.util.Locale;

/**
 * How one operation appears in generated code.
 *
 * @param operation the operation
 * @param methodName the client method and handler method name
 * @param arguments required parameters, in guide order: the method's arguments
 * @param options optional parameters, set through the options builder
 * @param optionsClass the options builder type nested in the group class, or {@code null} when there are no options
 * @param requestBody the DTO the request body is, or {@code null} when the operation sends none
 * @param implied body fields the operation fills in itself, with the component they set
 * @param responseBody the DTO of a successful answer's body, or {@code null} when none is documented
 */
public record OperationSymbol(
    Operation operation,
    String methodName,
    List<ParameterSymbol> arguments,
    List<ParameterSymbol> options,
    ClassName optionsClass,
    DtoSymbol requestBody,
    List<Implied> implied,
    DtoSymbol responseBody) {

  /**
   * A value the operation implies and where it goes.
   *
   * @param value the model's implied value
   * @param property the request DTO's component it sets
   */
  public record Implied(ImpliedValue value, PropertySymbol property) {}

  /** The media type of a form body. */
  public static final String FORM = "application/x-www-form-urlencoded";

  public OperationSymbol {
    arguments = List.copyOf(arguments);
    options = List.copyOf(options);
    implied = List.copyOf(implied);
  }

  /** Whether the request body is a form ({@code application/x-www-form-urlencoded}) of the body parameters. */
  public boolean sendsForm() {
    return sendsForm(operation);
  }

  static boolean sendsForm(Operation operation) {
    return operation.requestBody() != null
        && operation.requestBody().mediaType().toLowerCase(Locale.ROOT).contains(FORM);
  }

  /**
   * Whether {@code parameter}, one of this operation's, is an option. Its symbols are told apart by identity, as no
   * two of them are equal: comparing them as records would compare the model beneath, cold.
   */
  public boolean isOption(ParameterSymbol parameter) {
    for (ParameterSymbol option : options) {
      if (option == parameter) {
        return true;
      }
    }
    return false;
  }

  /** Every parameter: arguments then options. */
  public List<ParameterSymbol> parameters() {
    return java.util.stream.Stream.concat(arguments.stream(), options.stream()).toList();
  }
}
