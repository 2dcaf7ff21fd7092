/**
 * What a guide shows of its payloads: XML and JSON examples found in text (tolerating cut and misprinted ones),
 * parameter tables that describe an object, and the inference of one schema per element from all of them.
 */
package io.mcdewey.parse.payload;
