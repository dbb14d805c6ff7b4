package com.storedesk.assist.copilot;

import java.util.Objects;

/**
 * What an answer rests on, for the associate to check: a knowledge passage (its citation), a
 * product found, a product's stock, or the customer's purchases (the period, empty for all).
 */
public record CopilotSource(Kind kind, String title) {

    public enum Kind { KNOWLEDGE, PRODUCT, STOCK, HISTORY }

    public CopilotSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
    }
}
