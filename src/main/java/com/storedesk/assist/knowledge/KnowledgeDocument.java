package com.storedesk.assist.knowledge;

import java.util.Objects;

/**
 * A Markdown text of the knowledge base.
 *
 * @param name the file name without {@code .md}: the first part of its passages' ids
 */
public record KnowledgeDocument(String name, String markdown) {

    public KnowledgeDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(markdown, "markdown");
    }
}
