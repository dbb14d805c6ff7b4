package com.storedesk.pos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The idempotency keys a connector has applied, with what each did, kept where a restart finds
 * them: a key is applied at most once, and a connector that holds its state in memory (the demo)
 * rebuilds it from the entries.
 */
public interface CommandLedger {

    /** Records the key with its entry; false, recording nothing, when the key is already there. */
    boolean record(String source, String idempotencyKey, String entry, Instant at);

    /** The entries recorded for {@code source}, oldest first. */
    List<String> entries(String source);

    /** A ledger in memory, for tests and for connectors used once (seeding, benchmarks). */
    static CommandLedger inMemory() {
        Map<String, String> entries = new LinkedHashMap<>();
        return new CommandLedger() {
            @Override
            public synchronized boolean record(String source, String idempotencyKey, String entry, Instant at) {
                return entries.putIfAbsent(source + "\n" + idempotencyKey, source + "\n" + entry) == null;
            }

            @Override
            public synchronized List<String> entries(String source) {
                List<String> found = new ArrayList<>();
                for (String value : entries.values()) {
                    if (value.startsWith(source + "\n")) {
                        found.add(value.substring(source.length() + 1));
                    }
                }
                return found;
            }
        };
    }
}
