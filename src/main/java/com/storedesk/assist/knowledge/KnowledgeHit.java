package com.storedesk.assist.knowledge;

import java.util.Objects;

/**
 * A passage a search found, how well it matched (higher is better; comparable only within one
 * search) and how it was ranked.
 */
public record KnowledgeHit(Passage passage, double score, Retrieval retrieval) {

    public KnowledgeHit {
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(retrieval, "retrieval");
    }

    /** "Return and exchange policy › Opened electronics": what an answer shows as its source. */
    public String citation() {
        return passage.citation();
    }
}
