package com.storedesk.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of the trail as stored: the event, where it sits in the chain and the hashes that tie
 * it to the entry before. {@code action} and {@code detailsJson} are kept as stored, because the
 * hash covers those exact texts and a tampered row may hold values StoreDesk would never write.
 */
public record AuditEntry(long sequence, Instant occurredAt, String actor, String action, Long storeId,
        String subject, String detailsJson, String previousHash, String hash) {

    /** The action, or empty when the stored name is not one this StoreDesk knows. */
    public Optional<AuditAction> knownAction() {
        for (AuditAction known : AuditAction.values()) {
            if (known.name().equals(action)) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }

    /** The details in key order; empty when the stored text is not a JSON object of strings. */
    public Map<String, String> details() {
        return CanonicalJson.readOrEmpty(detailsJson);
    }

    /** What the stored fields hash to; equal to {@link #hash()} unless the row was changed. */
    public String recomputedHash() {
        return AuditHash.of(sequence, occurredAt, actor, action, storeId, subject, detailsJson, previousHash);
    }
}
