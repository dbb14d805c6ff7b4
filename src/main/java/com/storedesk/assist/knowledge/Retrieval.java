package com.storedesk.assist.knowledge;

/** How a search ranked its passages. */
public enum Retrieval {
    /** Meaning (embeddings) and words (BM25) together: the normal case once the index is ready. */
    HYBRID,
    /** Meaning alone; kept to measure what the words add. */
    EMBEDDING,
    /** Words alone: while the index is still being built, or when the model cannot run here. */
    LEXICAL
}
