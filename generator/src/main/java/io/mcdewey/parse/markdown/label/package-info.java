/**
 * The labels of a guide's text and their values: the words of each field in the profile's languages, told at a line's
 * opening, glued to their value or captioning what follows ({@code Method: GET}, {@code 请求方式：POST}, {@code URI
 * Parameters}), the value a label's line holds, labels side by side on one line, and labels inside code blocks.
 */
package io.mcdewey.parse.markdown.label;
