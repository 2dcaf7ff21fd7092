/**
 * Writing files so that nothing is lost: a file replaced in one step ({@link io.mcdewey.files.AtomicFile}), and
 * failures told by the file and the reason ({@link io.mcdewey.files.FileErrors}).
 */
package io.mcdewey.files;
