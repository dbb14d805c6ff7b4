package com.storedesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The chain's hash. An entry's hash is the lower-case hex SHA-256 of these fields, in this order,
 * each written as its length in UTF-8 bytes (decimal ASCII), a colon, then those bytes:
 * <ol>
 * <li>the format tag {@value #FORMAT}</li>
 * <li>the sequence number in decimal</li>
 * <li>occurred_at in UTC as {@code yyyy-MM-ddTHH:mm:ss.SSSSSSZ} (always six decimals)</li>
 * <li>actor</li>
 * <li>the action's name, e.g. {@code SIGN_IN}</li>
 * <li>the store id in decimal, or the empty string when there is none</li>
 * <li>subject</li>
 * <li>details: the stored canonical JSON text, see {@link CanonicalJson}</li>
 * <li>the previous entry's hash (64 lower-case hex digits), {@link #GENESIS} for the first entry</li>
 * </ol>
 * Length prefixes make the encoding unambiguous whatever the fields contain: {@code "ab","c"} and
 * {@code "a","bc"} give {@code 2:ab1:c} and {@code 1:a2:bc}.
 */
public final class AuditHash {

    public static final String FORMAT = "storedesk-audit-v1";
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditHash() {
    }

    public static String of(long sequence, Instant occurredAt, String actor, String action, Long storeId,
            String subject, String detailsJson, String previousHash) {
        StringBuilder message = new StringBuilder();
        for (String field : new String[] {FORMAT, Long.toString(sequence), timestamp(occurredAt), actor, action,
                storeId == null ? "" : storeId.toString(), subject, detailsJson, previousHash}) {
            message.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
        }
        return HexFormat.of().formatHex(sha256(message.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Time as the hash writes it; whole microseconds, what both H2 and PostgreSQL store. */
    static String timestamp(Instant instant) {
        return TIMESTAMP.format(stored(instant));
    }

    /** {@code instant} cut to the microsecond, so the stored value hashes as it was written. */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
