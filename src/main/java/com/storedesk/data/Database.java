package com.storedesk.data;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open StoreDesk database: a connection pool, a schema migrated by Flyway, and a Hibernate
 * SessionFactory validated against it. One per application; thread-safe; close it on exit.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DatabaseLocation location;
    private final HikariDataSource pool;
    private final SessionFactory sessionFactory;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean compactOnClose = new AtomicBoolean();

    private Database(DatabaseLocation location, HikariDataSource pool, SessionFactory sessionFactory) {
        this.location = location;
        this.pool = pool;
        this.sessionFactory = sessionFactory;
    }

    /** Opens with the system clock for row timestamps. */
    public static Database open(DatabaseLocation location) {
        return open(location, Clock.systemUTC());
    }

    /**
     * Connects (creating an H2 file and its folders if new), migrates the schema and validates the
     * mapping.
     *
     * @param clock the source of created_at / updated_at row timestamps
     * @throws DatabaseUnavailableException when the database cannot be used, with the reason why
     */
    public static Database open(DatabaseLocation location, Clock clock) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(clock, "clock");
        LOG.info("Opening database {}", location.describe());
        HikariDataSource pool = null;
        try {
            pool = ConnectionPool.open(location);
            String version = new SchemaMigration(pool).migrate(location);
            SessionFactory sessionFactory = buildSessionFactory(location, pool, clock);
            LOG.info("Opened database {} at schema version {}", location.describe(), version);
            return new Database(location, pool, sessionFactory);
        } catch (DatabaseUnavailableException e) {
            // One line for the log; the caller decides whether the stack trace is worth showing.
            LOG.warn("Database {} is unavailable ({}): {}", location.describe(), e.reason(), causes(e));
            closeQuietly(pool);
            throw e;
        } catch (RuntimeException | Error e) {
            closeQuietly(pool);
            throw e;
        }
    }

    private static SessionFactory buildSessionFactory(DatabaseLocation location, DataSource pool, Clock clock) {
        try {
            return HibernateSetup.sessionFactory(pool, clock);
        } catch (RuntimeException e) {
            throw OpenFailures.migrating(location, e);
        }
    }

    public DatabaseLocation location() {
        return location;
    }

    /** Runs {@code work} in a read-only transaction; entities it returns are detached. */
    public <T> T read(Function<Session, T> work) {
        Objects.requireNonNull(work, "work");
        try (Session session = sessionFactory.openSession()) {
            session.setDefaultReadOnly(true);
            Transaction transaction = session.beginTransaction();
            try {
                // Before any statement, so PostgreSQL starts the transaction READ ONLY; the pool resets it.
                session.doWork(connection -> connection.setReadOnly(true));
                T result = work.apply(session);
                transaction.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(transaction, e);
                throw e;
            }
        }
    }

    /** Runs {@code work} in a transaction and commits it; on any failure rolls back and rethrows. */
    public <T> T write(Function<Session, T> work) {
        Objects.requireNonNull(work, "work");
        try (Session session = sessionFactory.openSession()) {
            Transaction transaction = session.beginTransaction();
            try {
                T result = work.apply(session);
                transaction.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(transaction, e);
                throw e;
            }
        }
    }

    /**
     * {@link #write(Function)} for work without a result. Named apart because an overload taking a
     * {@code Consumer} would make lambdas like {@code s -> s.persist(x)} ambiguous.
     */
    public void writeVoid(Consumer<Session> work) {
        Objects.requireNonNull(work, "work");
        write(session -> {
            work.accept(session);
            return null;
        });
    }

    /** The pool behind everything; for plain JDBC (reports, maintenance). Do not close it. */
    public DataSource dataSource() {
        return pool;
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    /** The Flyway schema version now in the database, e.g. "1". */
    String schemaVersion() {
        return read(session -> session.doReturningWork(SchemaVersion::current));
    }

    /**
     * Asks {@link #close()} to rewrite an embedded H2 file to its live data. H2 keeps the space a
     * large load freed until the file is compacted: after seeding two years of history the file is
     * over ten times its data. Compacting takes a few seconds, so only a run that loaded history asks
     * for it. Nothing happens on other databases.
     */
    public void compactOnClose() {
        compactOnClose.set(location instanceof DatabaseLocation.H2File);
    }

    /** Closes Hibernate and the pool; an embedded H2 file is released. Safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            sessionFactory.close();
        } finally {
            pool.close();
            if (compactOnClose.get()) {
                compact((DatabaseLocation.H2File) location);
            }
            LOG.info("Closed database {}", location.describe());
        }
    }

    /** On a connection of its own once the pool is closed: a pooled one would outlive the shutdown. */
    private static void compact(DatabaseLocation.H2File file) {
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(file.jdbcUrl(), ConnectionPool.H2_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
            LOG.info("Compacted {} in {} ms", file.describe(), (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            // The data is safe either way; the file just stays larger until the next compaction.
            LOG.warn("Could not compact {}: {}", file.describe(), e.getMessage());
        }
    }

    private static void rollback(Transaction transaction, Throwable failure) {
        try {
            if (transaction.getStatus().canRollback()) {
                transaction.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    /** The causes' messages, outermost first, e.g. "Validate failed ... <- Migration checksum mismatch ...". */
    private static String causes(Throwable failure) {
        StringJoiner causes = new StringJoiner(" <- ");
        String previous = null;
        for (Throwable t = failure.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            // An I/O exception's message is often just a path: keep its type beside it.
            String message = t.getMessage() == null || t instanceof IOException ? t.toString() : t.getMessage().strip();
            if (previous == null || !previous.endsWith(message)) {
                causes.add(message.length() > 300 ? message.substring(0, 300) + "..." : message);
            }
            previous = message;
        }
        return causes.length() == 0 ? "no further detail" : causes.toString();
    }

    private static void closeQuietly(HikariDataSource pool) {
        if (pool != null) {
            pool.close();
        }
    }
}
