package com.storedesk.data;

import com.storedesk.data.entity.SyncState;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Where each platform stream got to, chain-wide or for one location of its source, so a pull resumes
 * instead of starting over.
 */
public final class SyncStateRepository {

    private static final int MAX_ERROR_LENGTH = 2000;

    private final Database db;
    private final Clock clock;

    public SyncStateRepository(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The stream's saved state; empty when it was never attempted. */
    public Optional<SyncState> find(String source, String stream) {
        return find(source, stream, SyncState.CHAIN_WIDE);
    }

    /** The saved state of the stream within {@code scope} (a location of the source, or chain-wide). */
    public Optional<SyncState> find(String source, String stream, String scope) {
        return db.read(session -> find(session, source, stream, scope));
    }

    /** The cursor of the last success; empty when there is none yet. */
    public Optional<String> cursor(String source, String stream) {
        return cursor(source, stream, SyncState.CHAIN_WIDE);
    }

    public Optional<String> cursor(String source, String stream, String scope) {
        return find(source, stream, scope).map(SyncState::getCursorValue);
    }

    public void recordSuccess(String source, String stream, String cursor) {
        recordSuccess(source, stream, cursor, 0);
    }

    /** As above, adding {@code fetched} to the events the stream has delivered. */
    public void recordSuccess(String source, String stream, String cursor, long fetched) {
        recordSuccess(source, stream, SyncState.CHAIN_WIDE, cursor, fetched);
    }

    /** As above, within {@code scope}. */
    public void recordSuccess(String source, String stream, String scope, String cursor, long fetched) {
        db.writeVoid(session -> findOrCreate(session, source, stream, scope)
                .recordSuccess(clock.instant(), cursor, fetched));
    }

    /** Keeps the cursor, so the next attempt resumes where the last success left off. */
    public void recordFailure(String source, String stream, String error) {
        recordFailure(source, stream, SyncState.CHAIN_WIDE, error);
    }

    /** As above, within {@code scope}. */
    public void recordFailure(String source, String stream, String scope, String error) {
        String truncated = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        db.writeVoid(session -> findOrCreate(session, source, stream, scope)
                .recordFailure(clock.instant(), truncated));
    }

    private SyncState findOrCreate(Session session, String source, String stream, String scope) {
        return find(session, source, stream, scope).orElseGet(() -> {
            SyncState created = new SyncState(source, stream, scope, null, clock.instant());
            session.persist(created);
            return created;
        });
    }

    private static Optional<SyncState> find(Session session, String source, String stream, String scope) {
        return session.createSelectionQuery(
                        "from SyncState s where s.source = :source and s.stream = :stream and s.scope = :scope",
                        SyncState.class)
                .setParameter("source", source)
                .setParameter("stream", stream)
                .setParameter("scope", scope)
                .uniqueResultOptional();
    }
}
