package com.storedesk.assist.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The demo chain's texts that ship with StoreDesk: {@code assets/knowledge} in the project, copied
 * into the jar by the build. Read from the jar, or from the folder of classes in a development run.
 */
final class ShippedDocuments implements KnowledgeDocuments {

    static final String LOCATION = "/assets/knowledge";

    @Override
    public List<KnowledgeDocument> read() {
        URL url = ShippedDocuments.class.getResource(LOCATION);
        if (url == null) {
            throw new IllegalStateException("The shipped knowledge texts are missing from the class path");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return MarkdownFiles.read(Path.of(uri));
            }
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                // Someone else has the jar open: read through theirs and leave it open for them.
                return MarkdownFiles.read(FileSystems.getFileSystem(uri).getPath(LOCATION));
            }
            try (jar) {
                return MarkdownFiles.read(jar.getPath(LOCATION));
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unreadable class path location " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the jar that holds " + LOCATION, e);
        }
    }

    @Override
    public String describe() {
        return "shipped";
    }
}
