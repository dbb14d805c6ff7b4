package com.storedesk.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Writes entries as CSV for spreadsheets and auditors: RFC 4180 (comma, CRLF, fields quoted when
 * they hold a comma, quote or line break, quotes doubled), a UTF-8 byte order mark so Excel reads
 * accents, headers in the user's language, times in UTC (ISO 8601). It keeps every hashed field as
 * stored, plus both hashes, so the export can be checked against the chain outside StoreDesk. Text a
 * spreadsheet would run as a formula ({@code = + - @} first) is prefixed with an apostrophe.
 */
public final class AuditCsv {

    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private final AuditTexts texts;

    public AuditCsv(AuditTexts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /** Writes the entries {@code filter} finds, in chain order, to {@code file}; returns how many. Blocking. */
    public long export(AuditQuery query, AuditFilter filter, Path file) throws IOException {
        long[] count = {0};
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            header(out);
            query.forEachInOrder(filter, entry -> {
                row(out, entry);
                count[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }

    /** Writes the header line; the caller writes entries with {@link #row} and closes the writer. */
    public void header(Writer out) {
        write(out, BOM);
        line(out, List.of("audit.column.sequence", "audit.column.time", "audit.column.user", "audit.column.action",
                "audit.column.actionCode", "audit.column.store", "audit.column.subject", "audit.column.details",
                "audit.column.previousHash", "audit.column.hash").stream().map(texts.messages()::get).toList());
    }

    public void row(Writer out, AuditEntry entry) {
        line(out, List.of(Long.toString(entry.sequence()), DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt()),
                safe(entry.actor()), texts.action(entry), entry.action(),
                entry.storeId() == null ? "" : entry.storeId().toString(), safe(entry.subject()), entry.detailsJson(),
                entry.previousHash(), entry.hash()));
    }

    private static void line(Writer out, List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (line.length() > 0) {
                line.append(',');
            }
            line.append(quoted(cell));
        }
        write(out, line.append(CRLF).toString());
    }

    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\r') < 0 && cell.indexOf('\n') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** Free text a spreadsheet would evaluate ({@code =HYPERLINK(...)}) is written as text. */
    private static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
