package com.storedesk.assist.prompt;

import java.time.Instant;
import java.util.Objects;

/**
 * A version of a prompt with where it came from: shipped with StoreDesk ({@code author} empty,
 * {@code createdAt} null) or written by an administrator.
 */
public record PromptVersion(PromptTemplate template, String author, Instant createdAt) {

    public PromptVersion {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(author, "author");
    }

    public boolean shipped() {
        return author.isEmpty();
    }
}
