package com.storedesk.planogram.model;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Reads a planogram file as CSV or JSON: by its ending, or by whether it starts with a brace. */
public final class PlanogramFiles {

    private PlanogramFiles() {
    }

    public static List<Planogram> read(Path file) throws IOException, PlanogramImportException {
        String name = file.getFileName().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json")
                || !name.toLowerCase(Locale.ROOT).endsWith(".csv") && text.stripLeading().startsWith("{");
        try (Reader reader = new StringReader(text)) {
            return json ? PlanogramJson.read(reader, name) : PlanogramCsv.read(reader, name);
        }
    }
}
