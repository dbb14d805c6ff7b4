package com.storedesk.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.config.LlmSettings;
import com.storedesk.config.SettingsFile;
import com.storedesk.config.SettingsStore;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.security.vault.VaultKind;
import com.storedesk.testing.MemoryVault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssistantSetupTest {

    private static final UserSession ADMIN = new UserSession("Ada", Role.ADMINISTRATOR, true, Set.of(), "admin");
    private static final UserSession MANAGER = new UserSession("Max", Role.STORE_MANAGER, false, Set.of(1L), "max");
    private static final String KEY = "sk-test-0123456789abcdef";

    @TempDir
    Path home;

    private final MemoryVault vault = new MemoryVault(VaultKind.OS_KEYCHAIN);
    private final List<AuditEvent> audit = new ArrayList<>();
    private SettingsStore settings;
    private AssistantSetup setup;

    @BeforeEach
    void open() {
        settings = SettingsStore.load(new SettingsFile(home));
        setup = new AssistantSetup(settings, new VaultApiKey(vault), Map.of(), audit::add);
    }

    @Test
    void anEndpointIsSavedToTheSettingsFileAndItsKeyOnlyToTheVault() throws Exception {
        setup.save(ADMIN, new AssistantDraft("https://api.openai.com/v1", "gpt-4o-mini", 15, "HP\\d{8}",
                ApiKey.of(KEY), false));

        LlmSettings saved = SettingsStore.load(new SettingsFile(home)).current().llm();
        assertThat(saved.baseUrl()).contains("https://api.openai.com/v1");
        assertThat(saved.model()).contains("gpt-4o-mini");
        assertThat(saved.timeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(vault.get(VaultApiKey.NAME)).hasValueSatisfying(secret -> assertThat(secret.reveal()).isEqualTo(KEY));
        assertThat(java.nio.file.Files.readString(new SettingsFile(home).path())).doesNotContain(KEY);
        assertThat(audit).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.SETTINGS_CHANGED);
            assertThat(event.details()).containsEntry("llmKey", "replaced");
            assertThat(event.details().toString()).doesNotContain(KEY);
        });
        assertThat(setup.overview(ADMIN).keyStored()).isTrue();
    }

    @Test
    void noKeyKeepsTheStoredOneAndRemovingForgetsIt() {
        setup.save(ADMIN, new AssistantDraft("http://localhost:11434/v1", "llama3.1", 20, "HP\\d{8}",
                ApiKey.of(KEY), false));
        setup.save(ADMIN, new AssistantDraft("http://localhost:11434/v1", "llama3.2", 20, "HP\\d{8}", null, false));
        assertThat(vault.get(VaultApiKey.NAME)).isPresent();

        setup.save(ADMIN, new AssistantDraft("http://localhost:11434/v1", "llama3.2", 20, "HP\\d{8}", null, true));
        assertThat(vault.get(VaultApiKey.NAME)).isEmpty();
        assertThat(audit).extracting(event -> event.details().get("llmKey")).containsExactly("replaced", "removed");
    }

    @Test
    void aBlankAddressMeansTemplatesOnly() {
        setup.save(ADMIN, new AssistantDraft("https://api.openai.com/v1", "gpt-4o-mini", 20, "HP\\d{8}", null, false));
        setup.save(ADMIN, new AssistantDraft(" ", "", 20, "HP\\d{8}", null, false));
        assertThat(settings.current().llm().baseUrl()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ftp://models.example.com/v1|gpt|20|HP\\d{8}|assist.setup.error.url",
        "not a url|gpt|20|HP\\d{8}|assist.setup.error.url",
        "http://models.example.com/v1|gpt|20|HP\\d{8}|assist.setup.error.insecure",
        "https://user:pass@models.example.com/v1|gpt|20|HP\\d{8}|assist.setup.error.urlUser",
        "https://models.example.com/v1||20|HP\\d{8}|assist.setup.error.model",
        "https://models.example.com/v1|gpt|0|HP\\d{8}|assist.setup.error.timeout",
        "https://models.example.com/v1|gpt|301|HP\\d{8}|assist.setup.error.timeout",
        "https://models.example.com/v1|gpt|20|HP[|assist.setup.error.pattern",
        "https://models.example.com/v1|gpt|20|\\d*|assist.setup.error.patternEmpty"})
    void aDraftThatCannotServeIsRefusedWithItsReasonAndNothingChanges(String url, String model, int timeout,
            String pattern, String reason) {
        assertThatThrownBy(() -> setup.save(ADMIN, new AssistantDraft(url, model, timeout, pattern, ApiKey.of(KEY),
                false))).isInstanceOfSatisfying(AssistantSetupException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(reason);
                    assertThat(e.getMessage()).doesNotContain(KEY);
                });
        assertThat(settings.current().llm()).isEqualTo(LlmSettings.none());
        assertThat(vault.all()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"http://127.0.0.1:8000/v1", "http://192.168.1.20:11434/v1", "http://10.0.0.5/v1",
        "http://gpu-box.local:8000/v1", "http://[::1]:8080/v1"})
    void plainHttpIsAcceptedOnThisComputerAndTheStoresOwnNetwork(String url) {
        setup.save(ADMIN, new AssistantDraft(url, "llama3.1", 20, "HP\\d{8}", null, false));
        assertThat(settings.current().llm().baseUrl()).contains(url);
    }

    @Test
    void onlyAdministratorsSeeOrChangeIt() {
        assertThatThrownBy(() -> setup.overview(MANAGER)).isInstanceOf(AssistantSetupException.class);
        assertThatThrownBy(() -> setup.save(MANAGER, new AssistantDraft("", "", 20, "HP\\d{8}", null, false)))
                .isInstanceOf(AssistantSetupException.class);
    }

    @Test
    void theOverviewNamesTheEnvironmentVariablesThatWin() {
        AssistantSetup preset = new AssistantSetup(settings, new VaultApiKey(vault),
                Map.of(LlmEndpoints.BASE_URL, "https://it.example.com/v1", EnvironmentApiKey.VARIABLE, "sk-it",
                        LlmEndpoints.MODEL, " "), audit::add);
        assertThat(preset.overview(ADMIN).overriddenBy())
                .containsExactly(LlmEndpoints.BASE_URL, EnvironmentApiKey.VARIABLE);
        assertThat(preset.overview(ADMIN).saved().baseUrl()).isEqualTo(Optional.empty());
    }
}
