/**
 * Putting generated files in place so that the output directory always holds one run's output whole, whatever fails
 * and even when the run is killed: files a user wrote are never overwritten unless allowed, files whose content did
 * not change are not touched, and the changes of a run are made through a journal that undoes them.
 */
package io.mcdewey.codegen.output;
