package com.storedesk.planogram.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Planograms from CSV: a header naming the columns {@code fixture,shelf,position,sku,gtin,facings}
 * in any order (other columns are ignored), then one row per position. Commas or semicolons
 * separate cells, as spreadsheets in different languages save them; cells may be quoted. Blank
 * lines are skipped and a blank facings cell means one. Line numbers in errors count the header
 * as line 1.
 */
public final class PlanogramCsv {

    static final List<String> COLUMNS = List.of("fixture", "shelf", "position", "sku", "gtin", "facings");

    private PlanogramCsv() {
    }

    public static List<Planogram> read(Reader source, String fileName) throws IOException, PlanogramImportException {
        BufferedReader reader = new BufferedReader(source);
        String header = reader.readLine();
        int line = 1;
        while (header != null && header.isBlank()) {
            header = reader.readLine();
            line++;
        }
        if (header == null) {
            throw new PlanogramImportException(ImportProblem.EMPTY, fileName);
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        char separator = header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
        List<String> names = cells(header, separator);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String column : COLUMNS) {
            if (!columns.containsKey(column)) {
                throw new PlanogramImportException(ImportProblem.MISSING_COLUMN, Where.line(line), column);
            }
        }
        PlanogramBuilder builder = new PlanogramBuilder();
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            List<String> cells = cells(text, separator);
            if (cells.size() < names.size()) {
                throw new PlanogramImportException(ImportProblem.WRONG_CELL_COUNT, Where.line(line), names.size(), cells.size());
            }
            Where where = Where.line(line);
            String fixture = RowValues.text(where, "fixture", cells.get(columns.get("fixture")));
            int shelf = RowValues.positive(where, "shelf", cells.get(columns.get("shelf")));
            int position = RowValues.positive(where, "position", cells.get(columns.get("position")));
            String sku = RowValues.text(where, "sku", cells.get(columns.get("sku")));
            Gtin gtin = RowValues.gtin(where, cells.get(columns.get("gtin")));
            int facings = RowValues.facings(where, cells.get(columns.get("facings")));
            builder.add(where, fixture, new PlanogramPosition(shelf, position, sku, gtin, facings));
        }
        return builder.build(fileName);
    }

    /** One line's cells; a quoted cell may hold the separator, and "" inside quotes is one quote. */
    static List<String> cells(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
