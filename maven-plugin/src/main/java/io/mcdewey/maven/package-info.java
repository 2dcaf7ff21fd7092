/**
 * McDewey's Maven goals: each reads developer guides and writes what the build needs from them, or stops a build
 * that should not go on.
 */
package io.mcdewey.maven;
