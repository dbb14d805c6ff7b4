package com.storedesk.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 rows: fields joined by the delimiter, quoted if they hold it, a quote or a line break; CRLF after each. */
final class CsvWriter {

    private static final String LINE_END = "\r\n";

    private final Writer out;
    private final char delimiter;

    CsvWriter(Writer out, char delimiter) {
        this.out = out;
        this.delimiter = delimiter;
    }

    void row(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            out.write(quoted(fields.get(i), delimiter));
        }
        out.write(LINE_END);
    }

    static String quoted(String field, char delimiter) {
        if (field.indexOf(delimiter) < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
                && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
