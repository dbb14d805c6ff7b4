package com.storedesk.assist.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the knowledge texts come from: the ones shipped in the jar ({@code /assets/knowledge}), or
 * a store's own folder, which replaces them entirely. Every {@code *.md} file directly in the
 * folder is a document, except a README.
 */
public interface KnowledgeDocuments {

    /** Reads every document now, in file-name order. Blocking. */
    List<KnowledgeDocument> read();

    /** Names the source for logs and the bench: a folder, or "shipped". */
    String describe();

    /** The store's own folder when one is set, else the shipped texts. */
    static KnowledgeDocuments configured(Optional<Path> folder) {
        return folder.map(KnowledgeDocuments::folder).orElseGet(KnowledgeDocuments::shipped);
    }

    static KnowledgeDocuments folder(Path folder) {
        return new FolderDocuments(folder);
    }

    static KnowledgeDocuments shipped() {
        return new ShippedDocuments();
    }
}
