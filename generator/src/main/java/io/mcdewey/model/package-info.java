/**
 * The API model: immutable values describing what a guide documents, with the provenance of every element.
 * Nothing in this package performs I/O.
 */
package io.mcdewey.model;
