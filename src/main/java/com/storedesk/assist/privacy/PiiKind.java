package com.storedesk.assist.privacy;

/** The kinds of personal data masked, each with the label its placeholders carry ({@code <EMAIL_1>}). */
public enum PiiKind {
    CUSTOMER("CUSTOMER"),
    EMAIL("EMAIL"),
    PHONE("PHONE"),
    ADDRESS("ADDRESS"),
    LOYALTY_ID("LOYALTY_ID"),
    CARD("CARD");

    private final String label;

    PiiKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
