/** McDewey's Maven goals: each reads a developer guide and writes what the build needs from it. */
package io.mcdewey.maven;
