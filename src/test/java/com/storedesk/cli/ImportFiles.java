package com.storedesk.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The saved platform documents the import tests read, and the rows they leave in a database file. */
final class ImportFiles {

    /** Each sale with its store and totals, by the POS's id. */
    static final String SALES = "SELECT s.source, s.external_id, st.external_id, s.subtotal_minor,"
            + " s.discount_minor, s.tax_minor, s.total_minor FROM sale s JOIN store st ON st.id = s.store_id"
            + " ORDER BY s.external_id";
    static final String TENDERS = "SELECT s.external_id, t.tender_type, t.amount_minor FROM sale_tender t"
            + " JOIN sale s ON s.id = t.sale_id ORDER BY s.external_id, t.line_no";
    static final String REFUNDS = "SELECT r.external_id, s.external_id, r.amount_minor FROM refund r"
            + " JOIN sale s ON s.id = r.original_sale_id ORDER BY r.external_id";
    /** Stock per product, for a platform whose account is one store. */
    static final String STOCK = "SELECT p.external_id, l.on_hand FROM stock_level l"
            + " JOIN product p ON p.id = l.product_id ORDER BY p.external_id";

    private ImportFiles() {
    }

    /** A test resource under {@code /pos/<platform>/}, as a path the command takes. */
    static String fixture(String platform, String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ImportFiles.class.getResource("/pos/" + platform + "/" + name),
                name).toURI()).toString();
    }

    /** {@code storedesk import --platform <platform> --db <database>} with these fixtures. */
    static String[] importArgs(String platform, String database, String... files) throws URISyntaxException {
        List<String> args = new ArrayList<>(List.of("import", "--platform", platform, "--db", database));
        for (String file : files) {
            args.add(fixture(platform, file));
        }
        return args.toArray(String[]::new);
    }

    /** The same command with {@code --json}. */
    static String[] json(String[] args) {
        List<String> withJson = new ArrayList<>(List.of(args));
        withJson.add(1, "--json");
        return withJson.toArray(String[]::new);
    }

    /** The rows of each query, in order: equal snapshots mean an import changed nothing. */
    static List<List<String>> snapshot(String database, String... queries) throws Exception {
        List<List<String>> tables = new ArrayList<>();
        for (String query : queries) {
            tables.add(rows(database, query));
        }
        return tables;
    }

    /** Each row of {@code query}, its columns joined by {@code |}. */
    static List<String> rows(String database, String query) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            List<String> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(result.getObject(i)));
                }
                rows.add(String.join("|", values));
            }
            return rows;
        }
    }
}
