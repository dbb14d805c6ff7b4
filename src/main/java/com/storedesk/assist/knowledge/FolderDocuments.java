package com.storedesk.assist.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A store's own texts, from the folder the {@code knowledge.folder} setting names. */
final class FolderDocuments implements KnowledgeDocuments {

    private static final Logger log = LoggerFactory.getLogger(FolderDocuments.class);

    private final Path folder;

    FolderDocuments(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    @Override
    public List<KnowledgeDocument> read() {
        if (!Files.isDirectory(folder)) {
            // A store's own policy must never quietly turn into the demo chain's: no texts instead.
            log.warn("The knowledge folder {} is not there; only the catalog is searched", folder);
            return List.of();
        }
        return MarkdownFiles.read(folder);
    }

    @Override
    public String describe() {
        return folder.toString();
    }
}
