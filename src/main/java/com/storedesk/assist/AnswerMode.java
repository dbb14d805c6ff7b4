package com.storedesk.assist;

/** Who answered, so the screen can say so. */
public enum AnswerMode {
    /** The language model, its answer unmasked here. */
    MODEL,
    /** The feature's own deterministic template: no endpoint, or it timed out, failed or was skipped. */
    TEMPLATE
}
