package com.storedesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.i18n.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresetsTest {

    @TempDir
    Path dir;

    @Test
    void theMachineWideFileWinsOverTheInstallationsAndTheEnvironmentOverBoth() throws IOException {
        Path installed = write("install.properties", "store=DT01\nlanguage=fr\nllm.model=llama3.1\n");
        Path machine = write("machine.properties", "store=UP02\n");

        Presets presets = Presets.load(List.of(installed, machine), Map.of("STOREDESK_LANGUAGE", "de"));

        assertThat(presets.value(Presets.STORE)).contains("UP02");
        assertThat(presets.value(Presets.LANGUAGE)).contains("de");
        assertThat(presets.value(Presets.LLM_MODEL)).contains("llama3.1");
        assertThat(presets.value(Presets.POS_PLATFORM)).isEmpty();
    }

    @Test
    void missingFilesAreNoLayer() {
        Presets presets = Presets.load(List.of(dir.resolve("none.properties")), Map.of());

        assertThat(presets.value(Presets.STORE)).isEmpty();
        assertThat(presets.kiosk()).isFalse();
    }

    @Test
    void kioskModeComesFromTheFileOrTheEnvironment() throws IOException {
        Path file = write("kiosk.properties", "kiosk=true\n");

        assertThat(Presets.load(List.of(file), Map.of()).kiosk()).isTrue();
        assertThat(Presets.load(List.of(), Map.of("STOREDESK_KIOSK", "yes")).kiosk()).isTrue();
        assertThat(Presets.load(List.of(file), Map.of("STOREDESK_KIOSK", "false")).kiosk()).isFalse();
    }

    @Test
    void aFirstStartIsSeededWithTheStoreLanguageAndModelEndpoint() throws IOException {
        Path file = write("seed.properties", "store=DT01\nlanguage=es\nllm.baseUrl=http://localhost:11434/v1\n"
                + "llm.model=llama3.1\n");

        UserSettings seeded = Presets.load(List.of(file), Map.of()).seed(UserSettings.defaults());

        assertThat(seeded.kioskStore()).contains("DT01");
        assertThat(seeded.language()).isEqualTo(Language.SPANISH);
        assertThat(seeded.llm().baseUrl()).contains("http://localhost:11434/v1");
        assertThat(seeded.llm().model()).contains("llama3.1");
    }

    @Test
    void anUnknownLanguageIsIgnoredAndTheRestStillApplies() throws IOException {
        Path file = write("bad.properties", "language=xx\nstore=DT01\n");
        UserSettings defaults = UserSettings.defaults();

        UserSettings seeded = Presets.load(List.of(file), Map.of()).seed(defaults);

        assertThat(seeded.language()).isEqualTo(defaults.language());
        assertThat(seeded.kioskStore()).contains("DT01");
    }

    @Test
    void theFileBesideTheInstallationAndTheMachineWideFolderPerOs() {
        assertThat(Presets.locations("Linux", Map.of(), Optional.of(Path.of("/opt/storedesk/bin/StoreDesk"))))
                .containsExactly(Path.of("/opt/storedesk/storedesk.properties"),
                        Path.of("/etc/storedesk/storedesk.properties"));
        assertThat(Presets.locations("Windows 11", Map.of("ProgramData", "D:\\PD"), Optional.empty()))
                .containsExactly(Path.of("D:\\PD", "StoreDesk", "storedesk.properties"));
        assertThat(Presets.locations("Mac OS X", Map.of(), Optional.empty()))
                .containsExactly(Path.of("/Library/Application Support/StoreDesk/storedesk.properties"));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
