package com.storedesk.pos.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Given and family names from {@code names.txt}, to make up customers and staff. */
record DemoNames(List<String> given, List<String> family) {

    static DemoNames load() {
        List<String> given = new ArrayList<>();
        List<String> family = new ArrayList<>();
        List<String> current = null;
        try (InputStream in = Objects.requireNonNull(DemoNames.class.getResourceAsStream("names.txt"), "names.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line : reader.lines().toList()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.equals("[given]")) {
                    current = given;
                } else if (trimmed.equals("[family]")) {
                    current = family;
                } else if (current != null) {
                    current.addAll(List.of(trimmed.split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo names", e);
        }
        return new DemoNames(List.copyOf(given), List.copyOf(family));
    }
}
