package com.storedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.storedesk.assist.VaultApiKey;
import com.storedesk.config.Presets;
import com.storedesk.security.vault.Secret;
import com.storedesk.security.vault.VaultKind;
import com.storedesk.testing.MemoryVault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class PresetSecretsTest {

    private static final String KEY = "sk-preset-9f8e7d6c";
    private static final String TOKEN = "pos-token-1a2b3c";

    @TempDir
    Path dir;

    private final MemoryVault vault = new MemoryVault(VaultKind.OS_KEYCHAIN);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(PresetSecrets.class);

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
        logger.setLevel(Level.INFO);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
        logger.setLevel(null);
    }

    @Test
    void secretsMoveIntoTheVaultAndLeaveTheFileWithItsOtherLinesAndComments() throws IOException {
        Path file = Files.writeString(dir.resolve("storedesk.properties"),
                "# set by IT\nstore=DT01\nllm.apiKey = " + KEY + "\npos.platform=square\npos.token:" + TOKEN + "\n");

        PresetSecrets.move(Presets.load(List.of(file), Map.of()), () -> vault);

        assertThat(vault.get(VaultApiKey.NAME)).contains(Secret.of(KEY));
        assertThat(vault.get(PresetSecrets.POS_TOKEN_NAME)).contains(Secret.of(TOKEN));
        String left = Files.readString(file);
        assertThat(left).doesNotContain(KEY).doesNotContain(TOKEN).doesNotContain("apiKey")
                .contains("# set by IT", "store=DT01", "pos.platform=square");
        assertThat(Presets.load(List.of(file), Map.of()).value(Presets.LLM_API_KEY)).isEmpty();
    }

    @Test
    void theLogNamesTheKeyAndFileButNeverTheSecret() throws IOException {
        Path file = Files.writeString(dir.resolve("storedesk.properties"), "llm.apiKey=" + KEY + "\n");

        PresetSecrets.move(Presets.load(List.of(file), Map.of()), () -> vault);

        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).contains("llm.apiKey", file.toString(), "removed"))
                .noneSatisfy(line -> assertThat(line).contains(KEY));
    }

    @Test
    void aFileThatCannotBeWrittenKeepsItsSecretButTheVaultHasItAndTheLogSaysSo() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("etc"));
        Path file = Files.writeString(folder.resolve("storedesk.properties"), "llm.apiKey=" + KEY + "\n");
        Presets presets = Presets.load(List.of(file), Map.of());
        // Gone by the time it is rewritten: the same failure as a read-only machine-wide file.
        Files.delete(file);
        Files.delete(folder);

        PresetSecrets.move(presets, () -> vault);

        assertThat(vault.get(VaultApiKey.NAME)).contains(Secret.of(KEY));
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).contains("could not be written", "llm.apiKey"))
                .noneSatisfy(line -> assertThat(line).contains(KEY));
    }

    @Test
    void withoutPresetSecretsTheVaultIsNotEvenOpened() {
        PresetSecrets.move(Presets.none(), () -> {
            throw new AssertionError("the vault was opened");
        });
    }

    @Test
    void aFirstStartSavesTheSeededSettingsAndPresetKioskModeApplies() throws IOException {
        Path file = Files.writeString(dir.resolve("storedesk.properties"), "store=UP02\nkiosk=true\n");
        Path home = dir.resolve("home");

        AppSetup setup = AppSetup.prepare(StartOptions.defaults(), home, Clock.systemUTC(),
                Presets.load(List.of(file), Map.of()));

        assertThat(setup.kiosk()).isTrue();
        assertThat(setup.settings().current().kioskStore()).contains("UP02");
        assertThat(Files.readString(home.resolve("settings.properties"))).contains("kiosk.store=UP02");
    }

    @Test
    void afterTheFirstStartTheUsersOwnSettingsWin() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("settings.properties"), "kiosk.store=DT01\n");
        Path file = Files.writeString(dir.resolve("storedesk.properties"), "store=UP02\n");

        AppSetup setup = AppSetup.prepare(StartOptions.defaults(), home, Clock.systemUTC(),
                Presets.load(List.of(file), Map.of()));

        assertThat(setup.settings().current().kioskStore()).contains("DT01");
    }
}
