package io.mcdewey.model;

/**
 * One documented answer: a status with one of the reasons the guide gives for it. A status the guide lists with
 * several reasons appears once per reason.
 *
 * @param status the HTTP status code
 * @param reason the short reason ({@code Parameter Missing}), possibly empty
 * @param description the longer explanation, possibly empty
 */
public record Response(int status, String reason, String description) {

  public Response {
    reason = reason == null ? "" : reason;
    description = description == null ? "" : description;
  }

  /** The reason and description as one line. */
  public String summary() {
    if (description.isEmpty()) {
      return reason;
    }
    return reason.isEmpty() ? description : reason + " (" + description + ")";
  }
}
