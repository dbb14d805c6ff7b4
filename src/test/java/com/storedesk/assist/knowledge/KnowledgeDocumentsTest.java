package com.storedesk.assist.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeDocumentsTest {

    @TempDir
    Path folder;

    @Test
    void theShippedTextsCoverThePoliciesAndGuidesEachWithATitleAndSections() {
        List<KnowledgeDocument> documents = KnowledgeDocuments.shipped().read();

        assertThat(documents).extracting(KnowledgeDocument::name).contains("returns-and-exchanges", "warranty",
                "loyalty", "care-kitchen-and-table", "care-home-and-body", "food-and-drink-storage", "sizing-guides")
                .doesNotContain("README");
        assertThat(documents).allSatisfy(document -> {
            assertThat(document.markdown()).startsWith("# ");
            assertThat(MarkdownPassages.split(document)).hasSizeGreaterThan(3);
        });
    }

    @Test
    void aStoresOwnFolderReplacesTheShippedTexts() throws Exception {
        Files.writeString(folder.resolve("our-returns.md"), "# Our returns\n\n## Anything\n\n60 days.\n");
        Files.writeString(folder.resolve("notes.txt"), "not markdown");
        Files.createDirectory(folder.resolve("drafts.md"));

        List<KnowledgeDocument> documents = KnowledgeDocuments.configured(Optional.of(folder)).read();

        assertThat(documents).extracting(KnowledgeDocument::name).containsExactly("our-returns");
        assertThat(KnowledgeDocuments.configured(Optional.empty()).describe()).isEqualTo("shipped");
    }

    @Test
    void aMissingFolderGivesNoTextsRatherThanTheDemoChainsPolicies() {
        assertThat(KnowledgeDocuments.folder(folder.resolve("unplugged-drive")).read()).isEmpty();
    }
}
