package io.mcdewey.model;

/**
 * A body field whose value the operation itself fixes: several actions of a guide share one method and path and
 * differ only by such a field ({@code requestedAction} = {@code TRANSFER_SST}).
 *
 * @param name the field name
 * @param value the value the action implies
 */
public record ImpliedValue(String name, String value) {}
