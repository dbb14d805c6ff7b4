package com.storedesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.i18n.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    @TempDir
    Path home;

    @Test
    void aMissingFileGivesDefaults() {
        UserSettings settings = new SettingsFile(home).load();
        assertThat(settings).isEqualTo(UserSettings.defaults());
        assertThat(settings.effectiveDataFolder(home)).isEqualTo(home);
    }

    @Test
    void whatIsSavedIsLoadedOnTheNextRun() {
        SettingsFile file = new SettingsFile(home);
        UserSettings chosen = UserSettings.defaults()
                .withLanguage(Language.GERMAN)
                .withTheme(Theme.DARK)
                .withDataFolder(Optional.of(home.resolve("elsewhere")))
                .withWindowBounds(new WindowBounds(40, 60, 1400, 900, false))
                .withKioskStore("ML02");
        file.save(chosen);

        UserSettings loaded = new SettingsFile(home).load();
        assertThat(loaded).isEqualTo(chosen);
        assertThat(loaded.effectiveDataFolder(home)).isEqualTo(home.resolve("elsewhere"));
    }

    @Test
    void unreadableValuesFallBackToTheirDefaultsOneByOne() throws Exception {
        Files.writeString(home.resolve(SettingsFile.FILE_NAME), String.join("\n",
                "language=klingon",
                "theme=DARK",
                "window.width=wide",
                "kiosk.idleTimeoutSeconds=-5",
                "database.url=jdbc:postgresql://db.example/storedesk",
                "database.user=storedesk"), StandardCharsets.UTF_8);

        UserSettings loaded = new SettingsFile(home).load();
        assertThat(loaded.language()).isEqualTo(UserSettings.defaults().language());
        assertThat(loaded.theme()).isEqualTo(Theme.DARK);
        assertThat(loaded.windowBounds()).isEmpty();
        assertThat(loaded.kioskIdleTimeout()).isEqualTo(UserSettings.DEFAULT_KIOSK_IDLE_TIMEOUT);
        assertThat(loaded.databaseUrl()).contains("jdbc:postgresql://db.example/storedesk");
        assertThat(loaded.databaseUser()).contains("storedesk");
    }

    @Test
    void itPresetsTheKiosksIdleTimeoutAndStore() throws Exception {
        Files.writeString(home.resolve(SettingsFile.FILE_NAME), "kiosk.idleTimeoutSeconds=45\nkiosk.store=DT01\n");
        UserSettings loaded = new SettingsFile(home).load();
        assertThat(loaded.kioskIdleTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(loaded.kioskStore()).contains("DT01");
    }

    @Test
    void itPresetsTheStoresOwnKnowledgeFolderAndKeepsItThroughOtherChanges() throws Exception {
        Path policies = home.resolve("policies");
        Files.writeString(home.resolve(SettingsFile.FILE_NAME), "knowledge.folder=" + policies.toString()
                .replace("\\", "\\\\") + "\n");
        SettingsFile file = new SettingsFile(home);
        assertThat(file.load().knowledgeFolder()).contains(policies);

        file.save(file.load().withTheme(Theme.DARK));
        assertThat(file.load().knowledgeFolder()).contains(policies);
        assertThat(UserSettings.defaults().knowledgeFolder()).isEmpty();
    }

    @Test
    void windowBoundsTooSmallToUseAreIgnored() {
        SettingsFile file = new SettingsFile(home);
        file.save(UserSettings.defaults().withWindowBounds(new WindowBounds(0, 0, 120, 80, false)));
        assertThat(file.load().windowBounds()).isEmpty();
    }

    @Test
    void theStoreKeepsMemoryAndFileInStep() {
        SettingsStore store = SettingsStore.load(new SettingsFile(home));
        store.update(s -> s.withTheme(Theme.DARK));
        assertThat(store.current().theme()).isEqualTo(Theme.DARK);
        assertThat(new SettingsFile(home).load().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void theModelsEndpointIsKeptButNoKeyIsEverWritten() throws Exception {
        SettingsFile file = new SettingsFile(home);
        UserSettings chosen = UserSettings.defaults().withLlm(LlmSettings.none()
                .withEndpoint("http://localhost:11434/v1", "llama3.1").withTimeout(Duration.ofSeconds(8))
                .withLoyaltyIdPattern("LY-\\d{6}"));
        file.save(chosen);

        assertThat(new SettingsFile(home).load()).isEqualTo(chosen);
        assertThat(Files.readString(file.path())).contains("llm.baseUrl=http\\://localhost\\:11434/v1")
                .contains("llm.model=llama3.1").contains("llm.timeoutSeconds=8").doesNotContainIgnoringCase("key");
    }

    @Test
    void anUnreadableModelTimeoutOrLoyaltyPatternFallsBackToItsDefault() throws Exception {
        Files.writeString(home.resolve(SettingsFile.FILE_NAME),
                "llm.baseUrl=https://api.openai.com/v1\nllm.timeoutSeconds=0\nllm.loyaltyIdPattern=HP[\n");
        LlmSettings loaded = new SettingsFile(home).load().llm();
        assertThat(loaded.baseUrl()).contains("https://api.openai.com/v1");
        assertThat(loaded.model()).isEmpty();
        assertThat(loaded.timeout()).isEqualTo(LlmSettings.DEFAULT_TIMEOUT);
        assertThat(loaded.loyaltyIdPattern()).isEqualTo(LlmSettings.DEFAULT_LOYALTY_ID_PATTERN);
    }

    @Test
    void anEndpointIsDescribedWithoutItsUserPasswordOrQuery() {
        assertThat(LlmSettings.describe("https://bob:hunter2@llm.example.com:8443/v1?api-key=abc"))
                .isEqualTo("https://llm.example.com:8443/v1");
        assertThat(LlmSettings.describe("not a url")).isEqualTo("(invalid URL)");
    }

    @Test
    void theChosenCameraAndItsSoundAreKeptAndAnUnreadableSoundIsOn() throws Exception {
        SettingsFile file = new SettingsFile(home);
        file.save(UserSettings.defaults().withCamera(new CameraSettings(java.util.Optional.of("USB Camera (2)"), false)));

        assertThat(file.load().camera()).isEqualTo(new CameraSettings(java.util.Optional.of("USB Camera (2)"), false));

        Files.writeString(home.resolve(SettingsFile.FILE_NAME), "camera.name= \ncamera.sound=loud\n");
        assertThat(file.load().camera()).isEqualTo(CameraSettings.defaults());
    }
}
