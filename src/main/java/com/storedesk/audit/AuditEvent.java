package com.storedesk.audit;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Something to record. {@code actor} is the username, or a name such as {@code system} or a rule
 * for what no person did; {@code storeId} is null for what concerns no single store; {@code subject}
 * names what was acted on (an action's id, a username, a setting). {@code details} are the numbers
 * and names behind it, kept in key order; never a secret or a customer's personal data.
 */
public record AuditEvent(String actor, AuditAction action, Long storeId, String subject, Map<String, String> details) {

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        details = Collections.unmodifiableSortedMap(new TreeMap<>(details));
    }
}
