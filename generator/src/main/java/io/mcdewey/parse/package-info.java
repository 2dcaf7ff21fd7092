/**
 * Turning guide text into the {@link io.mcdewey.model API model}. Vendor specifics live in {@link
 * io.mcdewey.parse.Profile}s, which are data; the code here knows page layouts, not vendors.
 */
package io.mcdewey.parse;
