/** A small JSON reader and writer, so that the core library needs no JSON dependency of its own. */
package io.mcdewey.json;
