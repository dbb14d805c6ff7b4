package com.storedesk.assist.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The Markdown documents directly in one folder, on disk or inside the jar. */
final class MarkdownFiles {

    private static final String EXTENSION = ".md";

    private MarkdownFiles() {
    }

    static List<KnowledgeDocument> read(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> markdown = files
                    .filter(Files::isRegularFile)
                    .filter(path -> name(path).toLowerCase(Locale.ROOT).endsWith(EXTENSION))
                    .filter(path -> !name(path).equalsIgnoreCase("README.md"))
                    .sorted(Comparator.comparing(MarkdownFiles::name))
                    .toList();
            List<KnowledgeDocument> documents = new ArrayList<>();
            for (Path path : markdown) {
                String name = name(path);
                documents.add(new KnowledgeDocument(name.substring(0, name.length() - EXTENSION.length()),
                        Files.readString(path, StandardCharsets.UTF_8)));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the knowledge texts in " + folder, e);
        }
    }

    private static String name(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }
}
