package com.storedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.assist.knowledge.BuildReport;
import com.storedesk.assist.knowledge.KnowledgeBase;
import com.storedesk.assist.knowledge.KnowledgeHit;
import com.storedesk.assist.knowledge.Retrieval;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.testing.TestInstallation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The knowledge base as the application builds it: shipped or own texts, the index beside the database. */
class AppContextKnowledgeTest {

    @Test
    void theShippedTextsAreSearchedAndTheIndexIsKeptBesideTheDatabase() throws Exception {
        TestInstallation installation = TestInstallation.create();
        try (AppContext context = installation.open(false)) {
            BuildReport report = context.knowledge().start().get();
            assertThat(report.retrieval()).isEqualTo(Retrieval.HYBRID);
            assertThat(installation.home().resolve(KnowledgeBase.INDEX_FILE)).isRegularFile();

            List<KnowledgeHit> hits = context.knowledge().search("Can she bring back the grinder she opened?", 3);
            assertThat(hits.get(0).citation()).isEqualTo("Return and exchange policy \u203A Opened electronics");
        }
    }

    @Test
    void aStoresOwnFolderReplacesTheShippedTexts() throws Exception {
        TestInstallation installation = TestInstallation.create();
        Path policies = Files.createDirectories(installation.home().resolve("our-policies"));
        Files.writeString(policies.resolve("returns.md"),
                "# Our returns\n\n## Anything\n\nSixty days, no questions.\n");
        installation.settings(s -> s.withKnowledgeFolder(Optional.of(policies)));
        try (AppContext context = installation.open(false)) {
            List<KnowledgeHit> hits = context.knowledge().search("return window", 5);
            assertThat(hits).extracting(hit -> hit.passage().id()).containsExactly("returns#anything");
        }
    }

    @Test
    void theDataFolderIsTheEmbeddedDatabasesFolderOrTheSettingsOne() {
        TestInstallation installation = TestInstallation.create();
        AppSetup embedded = installation.setup(false);
        assertThat(embedded.dataFolder()).isEqualTo(installation.home());

        AppSetup shared = new AppSetup(embedded.appHome(), embedded.settings(),
                new DatabaseLocation.Jdbc("jdbc:postgresql://db.example.com/storedesk", "storedesk", null), false,
                embedded.clock(), embedded.build(), embedded.demoSize(), embedded.presets());
        assertThat(shared.dataFolder()).isEqualTo(installation.home());
    }
}
