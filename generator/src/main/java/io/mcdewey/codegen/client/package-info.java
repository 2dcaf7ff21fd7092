/**
 * The SDK's client: the entry class with its transport, one class per resource group with a method per operation,
 * the request built by hand and the response with its status and headers (the escape hatch), and the API exception.
 * Each method asks for and reads the answer in the media type the guide names for it.
 */
package io.mcdewey.codegen.client;
