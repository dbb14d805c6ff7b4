package com.storedesk.assist.prompt;

import com.storedesk.assist.PromptRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The prompts StoreDesk ships, read from {@code assist/prompts/<id>.v<N>.txt} on the class path.
 * A release that improves a default adds the next file and keeps the old ones, so every version
 * ever cited in the audit trail can still be read.
 */
public final class ShippedPrompts {

    /** Answers an associate's question about a customer, the stock or the policies. */
    public static final String COPILOT_ASK = "copilot-ask";
    /** One line naming what a basket is for. */
    public static final String RECEIPT_SUMMARY = "receipt-summary";
    /** The associate's talking point for one recommended product. */
    public static final String OFFER_PITCH = "offer-pitch";
    /** A store manager's morning briefing from yesterday's figures. */
    public static final String DAILY_BRIEFING = "daily-briefing";
    /** Why a store is off its forecast, in one or two sentences. */
    public static final String VARIANCE_EXPLANATION = "variance-explanation";
    /** Settings' test of the endpoint: asks for one word. */
    public static final String CONNECTION_TEST = "connection-test";

    public static final List<String> IDS = List.of(COPILOT_ASK, RECEIPT_SUMMARY, OFFER_PITCH, DAILY_BRIEFING,
            VARIANCE_EXPLANATION, CONNECTION_TEST);

    private static final String FOLDER = "/assist/prompts/";

    public boolean ships(String id) {
        return IDS.contains(id);
    }

    /** The newest shipped version of {@code id}. */
    public PromptTemplate newest(String id) {
        List<PromptTemplate> all = versions(id);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("No prompt ships as " + id);
        }
        return all.get(all.size() - 1);
    }

    /** Every shipped version of {@code id}, oldest first. */
    public List<PromptTemplate> versions(String id) {
        List<PromptTemplate> found = new ArrayList<>();
        if (!ships(id)) {
            return found;
        }
        for (int version = 1; ; version++) {
            Optional<String> text = read(id, version);
            if (text.isEmpty()) {
                return found;
            }
            found.add(new PromptTemplate(new PromptRef(id, version), text.get()));
        }
    }

    private static Optional<String> read(String id, int version) {
        try (InputStream in = ShippedPrompts.class.getResourceAsStream(FOLDER + id + ".v" + version + ".txt")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Shipped prompt " + id + " v" + version + " cannot be read", e);
        }
    }
}
