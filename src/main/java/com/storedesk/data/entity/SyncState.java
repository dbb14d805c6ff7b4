package com.storedesk.data.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Where the pull of one platform stream (orders, catalog...) for one scope got to. */
@Entity
@Table(name = "sync_state")
public class SyncState {

    /** The scope of a stream that covers the whole chain rather than one location. */
    public static final String CHAIN_WIDE = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "source", nullable = false, updatable = false, length = 64)
    private String source;

    @Column(name = "stream", nullable = false, updatable = false, length = 64)
    private String stream;

    /** {@link #CHAIN_WIDE} or the platform's location id; never null so the unique key is portable. */
    @Column(name = "scope", nullable = false, updatable = false, length = 128)
    private String scope;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "store_id")
    private Store store;

    /** Opaque to StoreDesk: whatever the platform hands back to resume from. */
    @Column(name = "cursor_value", length = 1024)
    private String cursorValue;

    @Column(name = "last_attempt_at", nullable = false)
    private Instant lastAttemptAt;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    /** Events delivered by this stream in all its runs. */
    @Column(name = "items_fetched", nullable = false)
    private long itemsFetched;

    protected SyncState() {
    }

    public SyncState(String source, String stream, String scope, Store store, Instant firstAttemptAt) {
        this.source = Require.text(source, "source", 64);
        this.stream = Require.text(stream, "stream", 64);
        this.scope = Require.text(scope, "scope", 128);
        this.store = store;
        this.lastAttemptAt = Require.instant(firstAttemptAt, "firstAttemptAt");
    }

    public static SyncState chainWide(String source, String stream, Instant firstAttemptAt) {
        return new SyncState(source, stream, CHAIN_WIDE, null, firstAttemptAt);
    }

    public void recordSuccess(Instant at, String newCursor) {
        recordSuccess(at, newCursor, 0);
    }

    /** As above, counting {@code fetched} more events delivered. */
    public void recordSuccess(Instant at, String newCursor, long fetched) {
        if (fetched < 0) {
            throw new IllegalArgumentException("fetched must not be negative");
        }
        this.itemsFetched += fetched;
        this.lastAttemptAt = Require.instant(at, "at");
        this.lastSuccessAt = this.lastAttemptAt;
        this.cursorValue = Require.maxLength(newCursor, "cursor", 1024);
        this.lastError = null;
    }

    /** Keeps the cursor, so the next attempt resumes where the last success left off. */
    public void recordFailure(Instant at, String error) {
        this.lastAttemptAt = Require.instant(at, "at");
        this.lastError = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public String getStream() {
        return stream;
    }

    public String getScope() {
        return scope;
    }

    public Store getStore() {
        return store;
    }

    public String getCursorValue() {
        return cursorValue;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant getLastSuccessAt() {
        return lastSuccessAt;
    }

    public String getLastError() {
        return lastError;
    }

    public long getItemsFetched() {
        return itemsFetched;
    }

    @Override
    public String toString() {
        return "SyncState[source=" + source + ", stream=" + stream + ", scope=" + scope + "]";
    }
}
