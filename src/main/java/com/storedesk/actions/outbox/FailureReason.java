package com.storedesk.actions.outbox;

import com.storedesk.i18n.Messages;

/**
 * Why an action failed, as stored in its {@code failure_reason}: a message key and the POS's own
 * words, so the inbox shows the reason in the reader's language with the detail the POS gave.
 */
public record FailureReason(String key, String detail) {

    /** The POS refused the action. */
    public static final String REFUSED = "outbox.failure.refused";
    /** The POS could not be reached; the outbox tries again. */
    public static final String UNAVAILABLE = "outbox.failure.unavailable";
    /** The POS could not be reached, and the outbox has stopped trying. */
    public static final String GAVE_UP = "outbox.failure.gaveUp";

    private static final char SEPARATOR = '\n';

    /** The text stored with the action. */
    public String stored() {
        return detail == null ? key : key + SEPARATOR + detail;
    }

    /** Reads a stored reason; a text the outbox did not write is shown as it is. */
    public static FailureReason parse(String stored) {
        int cut = stored.indexOf(SEPARATOR);
        String key = cut < 0 ? stored : stored.substring(0, cut);
        if (!key.startsWith("outbox.")) {
            return new FailureReason(null, stored);
        }
        return new FailureReason(key, cut < 0 ? "" : stored.substring(cut + 1));
    }

    /** The reason in the reader's language. */
    public String text(Messages messages) {
        return key == null ? detail : messages.get(key, detail);
    }
}
