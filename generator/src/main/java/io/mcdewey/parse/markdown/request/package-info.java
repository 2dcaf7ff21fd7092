/**
 * The evidence of a request: request lines in any of the ways guides print them (a method and a path or URL, a route
 * without its leading slash, a quoted URI, a badge over a URL), curl commands, raw HTTP messages, a path set apart as
 * a label's value, a title naming the method of a table of paths, and the example calls that fill a template in.
 * Each reader of a section's elements asks these rules what a line, a cell or a block of code requests.
 */
package io.mcdewey.parse.markdown.request;
