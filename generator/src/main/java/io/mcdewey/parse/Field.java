package io.mcdewey.parse;

/** The parts of an endpoint's documentation that a profile's labels name. */
public enum Field {
  URI,
  EXAMPLE_URI,
  SECURITY_CONSTRAINTS,
  HTTP_METHOD,
  CONTENT_TYPE,
  FORMAT,
  REQUEST_EXAMPLE,
  REQUEST_PARAMETERS,
  PATH_PARAMETERS,
  QUERY_PARAMETERS,
  HEADERS,
  RESPONSES,
  RESPONSE_EXAMPLE,
  FAILURE_RESPONSE_EXAMPLE,
  NOTIFICATIONS_TRIGGERED,
  PLATFORM_DIFFERENCES,
  /** The fields of an object ({@code Attributes}): body parameters under a request, the answer's under a response. */
  OBJECT_FIELDS
}
