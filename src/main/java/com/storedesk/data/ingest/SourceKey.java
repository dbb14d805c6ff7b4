package com.storedesk.data.ingest;

import java.util.Objects;

/** A platform record's identity: the account it came from and that platform's id for it. */
public record SourceKey(String source, String externalId) {

    public SourceKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(externalId, "externalId");
    }

    /** The key of a reference, or null when there is no reference. */
    public static SourceKey of(String source, String externalIdOrNull) {
        return externalIdOrNull == null ? null : new SourceKey(source, externalIdOrNull);
    }
}
