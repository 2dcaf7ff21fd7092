/**
 * Measuring how well a guide was read: compares an {@link io.mcdewey.model.Api} with a hand-labelled answer key
 * and counts, per field, what was found, missed and added. Formatting the figures is left to the caller.
 */
package io.mcdewey.score;
