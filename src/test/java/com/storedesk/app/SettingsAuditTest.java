package com.storedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEntry;
import com.storedesk.audit.AuditFilter;
import com.storedesk.config.WindowBounds;
import com.storedesk.i18n.Language;
import com.storedesk.security.UserSession;
import com.storedesk.testing.TestInstallation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A saved settings change lands in the audit trail; moving the window does not. */
class SettingsAuditTest {

    @Test
    void aLanguageChangeIsRecordedWithBeforeAndAfter() {
        try (AppContext context = TestInstallation.create().language(Language.ENGLISH).open(false)) {
            context.setup().settings().update(s -> s.withLanguage(Language.GERMAN));

            List<AuditEntry> entries = context.auditQuery().newest(AuditFilter.ALL, 0, 10);
            assertThat(entries).singleElement().satisfies(entry -> {
                assertThat(entry.knownAction()).contains(AuditAction.SETTINGS_CHANGED);
                assertThat(entry.actor()).isEqualTo(UserSession.LOCAL);
                assertThat(entry.subject()).isEqualTo("language");
                assertThat(entry.details()).isEqualTo(Map.of("language.from", "en", "language.to", "de"));
            });
        }
    }

    @Test
    void windowBoundsAreNotAuditedAndAClosedContextStopsListening() {
        TestInstallation installation = TestInstallation.create();
        AppContext closed = installation.open(false);
        AppSetup setup = closed.setup();
        closed.close();
        try (AppContext context = AppContext.open(setup)) {
            setup.settings().update(s -> s.withWindowBounds(new WindowBounds(1, 2, 800, 600, false)));
            setup.settings().update(s -> s.withTheme(s.theme().toggled()));

            assertThat(context.auditQuery().newest(AuditFilter.ALL, 0, 10)).as("one entry, from the open context only")
                    .singleElement().extracting(AuditEntry::subject).isEqualTo("theme");
        }
    }

    @Test
    void aModelEndpointChangeIsRecordedWithoutTheUrlsCredentials() {
        try (AppContext context = TestInstallation.create().open(false)) {
            context.setup().settings().update(s -> s.withLlm(
                    s.llm().withEndpoint("https://it:s3cret@llm.example.com/v1?api-key=abc", "gpt-4o-mini")));

            assertThat(context.auditQuery().newest(AuditFilter.ALL, 0, 10)).singleElement().satisfies(entry -> {
                assertThat(entry.subject()).isEqualTo("llmBaseUrl,llmModel");
                assertThat(entry.details()).containsEntry("llmBaseUrl.to", "https://llm.example.com/v1")
                        .containsEntry("llmModel.to", "gpt-4o-mini");
                assertThat(entry.detailsJson()).doesNotContain("s3cret").doesNotContain("abc");
            });
        }
    }

    @Test
    void whichPolicyTextsTheAssistantQuotesIsRecorded() {
        try (AppContext context = TestInstallation.create().open(false)) {
            Path policies = Path.of("policies").toAbsolutePath();
            context.setup().settings().update(s -> s.withKnowledgeFolder(Optional.of(policies)));

            assertThat(context.auditQuery().newest(AuditFilter.ALL, 0, 10)).singleElement().satisfies(entry -> {
                assertThat(entry.subject()).isEqualTo("knowledgeFolder");
                assertThat(entry.details()).containsEntry("knowledgeFolder.to", policies.toString());
            });
        }
    }
}
