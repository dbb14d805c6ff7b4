package com.storedesk.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** Where the database lives: an embedded H2 file (the default) or any JDBC URL (a shared PostgreSQL). */
public sealed interface DatabaseLocation {

    /** The URL a driver needs; for {@link Jdbc} it may hold a password, so never log it: use {@link #describe()}. */
    String jdbcUrl();

    /** For display and logs: the file path, or the URL without passwords. */
    String describe();

    /**
     * Whether the database may already hold data: its file exists, or it is a server's. Blocking (it
     * looks at the disk); a start asks it before the window opens.
     */
    boolean mayHoldData();

    /**
     * "jdbc:..." gives a {@link Jdbc} without separate credentials (they may be in the URL);
     * anything else is an H2 file path, with a trailing ".mv.db" stripped if given.
     */
    static DatabaseLocation parse(String pathOrJdbcUrl) {
        Objects.requireNonNull(pathOrJdbcUrl, "pathOrJdbcUrl");
        String text = pathOrJdbcUrl.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A database path or JDBC URL is required");
        }
        if (text.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return new Jdbc(text, null, null);
        }
        return new H2File(Path.of(text));
    }

    /** An embedded H2 database file, named without its ".mv.db" ending. */
    record H2File(Path path) implements DatabaseLocation {

        static final String FILE_SUFFIX = ".mv.db";

        public H2File {
            Objects.requireNonNull(path, "path");
            String name = path.toString();
            if (name.toLowerCase(Locale.ROOT).endsWith(FILE_SUFFIX) && name.length() > FILE_SUFFIX.length()) {
                path = Path.of(name.substring(0, name.length() - FILE_SUFFIX.length()));
            }
            if (name.contains(";")) {
                // H2 reads ';' as the start of URL settings and offers no escape for it.
                throw new IllegalArgumentException("An H2 database path must not contain ';': " + name);
            }
        }

        /** The database file H2 writes, i.e. the path with ".mv.db" appended. */
        public Path file() {
            return absolutePath().resolveSibling(absolutePath().getFileName() + FILE_SUFFIX);
        }

        @Override
        public String jdbcUrl() {
            // H2 refuses paths implicitly relative to the working directory. No AUTO_SERVER: a second
            // process must get a clear "already in use" failure. H2's trace stays at its default (errors
            // to a .trace.db file beside the database): routed to SLF4J it logs every statement with its
            // parameters at INFO, customers' personal data included.
            return "jdbc:h2:file:" + absolutePath();
        }

        @Override
        public String describe() {
            return absolutePath().toString();
        }

        @Override
        public boolean mayHoldData() {
            return Files.isRegularFile(file());
        }

        private Path absolutePath() {
            return path.toAbsolutePath().normalize();
        }
    }

    /**
     * A database reached through a JDBC URL. The password may be null (none, or given in the URL);
     * {@link #toString()} and {@link #describe()} never show it.
     */
    record Jdbc(String url, String user, String password) implements DatabaseLocation {

        public Jdbc {
            Objects.requireNonNull(url, "url");
            if (!url.regionMatches(true, 0, "jdbc:", 0, 5)) {
                throw new IllegalArgumentException("Not a JDBC URL: " + JdbcUrls.redact(url));
            }
        }

        @Override
        public String jdbcUrl() {
            return url;
        }

        @Override
        public String describe() {
            return JdbcUrls.redact(url);
        }

        @Override
        public boolean mayHoldData() {
            return true;
        }

        @Override
        public String toString() {
            return "Jdbc[url=" + describe() + ", user=" + user + ", password=" + (password == null ? "none" : "***")
                    + "]";
        }
    }
}
