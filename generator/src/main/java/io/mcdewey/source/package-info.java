/**
 * Reading guides from disk: markdown files, chunk exports of a documentation library, and library folders. Produces
 * {@link io.mcdewey.source.GuideDocument}s; knows nothing of APIs.
 */
package io.mcdewey.source;
