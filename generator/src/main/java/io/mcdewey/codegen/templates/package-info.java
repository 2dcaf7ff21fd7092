/**
 * Rendering text artifacts with Apache Velocity. Each template has a typed {@link
 * io.mcdewey.codegen.templates.TemplateVars} record whose components are exactly the template's variables; rendering
 * is strict, so a template naming a variable that does not exist fails with the template's name and line. Users
 * override any built-in template by putting a file of the same name in a template directory.
 */
package io.mcdewey.codegen.templates;
