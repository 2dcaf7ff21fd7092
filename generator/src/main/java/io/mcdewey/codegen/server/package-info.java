/**
 * The server skeleton generated beside the client: a handler interface per group, routes that accept exactly the
 * guide's requests and dispatch them, on the JDK's HTTP server or as JAX-RS resources.
 */
package io.mcdewey.codegen.server;
