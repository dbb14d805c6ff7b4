package com.storedesk.assist.prompt;

import java.util.Objects;

/** An edit of a prompt that was not saved, and why; the message names no prompt text. */
public final class PromptEditRefusedException extends RuntimeException {

    public enum Reason {
        /** Only an administrator edits prompts. */
        NOT_PERMITTED,
        /** No prompt has that name. */
        UNKNOWN_PROMPT,
        /** The text is empty. */
        BLANK,
        /** The text is longer than the database keeps. */
        TOO_LONG,
        /** The text uses a slot the callers do not fill; {@link #detail} names it. */
        UNKNOWN_VARIABLE
    }

    private final Reason reason;
    private final String detail;

    public PromptEditRefusedException(Reason reason, String detail) {
        super(reason + (detail.isEmpty() ? "" : ": " + detail));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The slot or prompt name concerned, or empty. */
    public String detail() {
        return detail;
    }
}
