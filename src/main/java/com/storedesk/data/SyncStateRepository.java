package com.storedesk.data;

import com.storedesk.data.entity.SyncState;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;

/** Where each chain-wide platform stream got to, so a pull resumes instead of starting over. */
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
        return db.read(session -> find(session, source, stream));
    }

    /** The cursor of the last success; empty when there is none yet. */
    public Optional<String> cursor(String source, String stream) {
        return find(source, stream).map(SyncState::getCursorValue);
    }

    public void recordSuccess(String source, String stream, String cursor) {
        recordSuccess(source, stream, cursor, 0);
    }

    /** As above, adding {@code fetched} to the events the stream has delivered. */
    public void recordSuccess(String source, String stream, String cursor, long fetched) {
        db.writeVoid(session -> findOrCreate(session, source, stream).recordSuccess(clock.instant(), cursor, fetched));
    }

    /** Keeps the cursor, so the next attempt resumes where the last success left off. */
    public void recordFailure(String source, String stream, String error) {
        String truncated = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        db.writeVoid(session -> findOrCreate(session, source, stream).recordFailure(clock.instant(), truncated));
    }

    private SyncState findOrCreate(Session session, String source, String stream) {
        return find(session, source, stream).orElseGet(() -> {
            SyncState created = SyncState.chainWide(source, stream, clock.instant());
            session.persist(created);
            return created;
        });
    }

    private static Optional<SyncState> find(Session session, String source, String stream) {
        return session.createSelectionQuery(
                        "from SyncState s where s.source = :source and s.stream = :stream and s.scope = :scope",
                        SyncState.class)
                .setParameter("source", source)
                .setParameter("stream", stream)
                .setParameter("scope", SyncState.CHAIN_WIDE)
                .uniqueResultOptional();
    }
}
