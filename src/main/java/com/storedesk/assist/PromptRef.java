package com.storedesk.assist;

import java.util.Objects;

/** A prompt template by name and version, as calls cite it ({@code "next-best-offer"} version 3). */
public record PromptRef(String id, int version) {

    public PromptRef {
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || version < 1) {
            throw new IllegalArgumentException("A prompt has a name and a version from 1: " + id + " v" + version);
        }
    }

    @Override
    public String toString() {
        return id + "@v" + version;
    }
}
