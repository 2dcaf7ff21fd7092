/**
 * The statuses a guide's text gives an endpoint's answers: status lines and captions (a status and its reason, a
 * caption naming statuses in parentheses), lists and joined alternatives, and statuses named in prose.
 */
package io.mcdewey.parse.markdown.status;
