package com.storedesk.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Builds the HikariCP pool every database access goes through (Flyway's and Hibernate's alike). */
final class ConnectionPool {

    /** H2's default administrator, so IT can open the file with H2's own tools. */
    static final String H2_USER = "sa";

    private ConnectionPool() {
    }

    /** Opens the pool and its first connection, so a wrong location fails here, with the driver's reason. */
    static HikariDataSource open(DatabaseLocation location) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("storedesk-db");
        config.setInitializationFailTimeout(1);
        if (location instanceof DatabaseLocation.H2File file) {
            configureH2File(config, file);
        } else {
            configureJdbc(config, (DatabaseLocation.Jdbc) location);
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw OpenFailures.connecting(location, e);
        }
    }

    private static void configureH2File(HikariConfig config, DatabaseLocation.H2File file) {
        createFolder(file);
        config.setJdbcUrl(file.jdbcUrl());
        config.setUsername(H2_USER);
        config.setPassword("");
        config.setMaximumPoolSize(4);
        // Nothing sits between us and an embedded file, so connections never need recycling; and while
        // one stays open H2 keeps the database open instead of closing and reopening the file.
        config.setMaxLifetime(0);
    }

    private static void configureJdbc(HikariConfig config, DatabaseLocation.Jdbc jdbc) {
        // Passwords written in the URL travel as driver properties, so the URL that Hikari, Flyway and
        // Hibernate see (and may log) has none.
        config.setJdbcUrl(JdbcUrls.withoutSecretSettings(jdbc.url()));
        JdbcUrls.secretSettings(jdbc.url()).forEach(config::addDataSourceProperty);
        String user = jdbc.user();
        String password = jdbc.password();
        if (user == null && isH2WithoutUser(jdbc.url())) {
            user = H2_USER;
            password = password == null ? "" : password;
        }
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        if (jdbc.url().startsWith("jdbc:postgresql:") && !jdbc.url().contains("logServerErrorDetail")) {
            // Otherwise PostgreSQL's errors quote row values ("Key (email)=(...) already exists"), and
            // error messages end up in logs.
            config.addDataSourceProperty("logServerErrorDetail", "false");
        }
    }

    private static boolean isH2WithoutUser(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.contains(";user=");
    }

    private static void createFolder(DatabaseLocation.H2File file) {
        Path folder = file.file().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            throw OpenFailures.connecting(file, e);
        }
    }
}
