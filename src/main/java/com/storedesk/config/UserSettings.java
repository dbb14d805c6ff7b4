package com.storedesk.config;

import com.storedesk.i18n.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What a user chose in Settings (or IT pre-set in the settings file). Immutable: a change
 * is a new value handed to {@link SettingsFile#save}.
 *
 * @param dataFolder   where the database lives; empty means the {@link AppHome} folder
 * @param databaseUrl  a JDBC URL that replaces the embedded file (a shared PostgreSQL, say)
 * @param databaseUser the user for {@code databaseUrl}; its password comes from the
 *                     {@code STOREDESK_DB_PASSWORD} environment variable, never this file
 * @param kioskIdleTimeout how long a kiosk waits without a touch before it clears the screen
 * @param kioskStore   the code of the store a kiosk serves (such as {@code DT01}): its sign-in
 *                     offers that store's associates first; empty until chosen or pre-set by IT
 * @param llm          the assistant's model endpoint (none by default: templates answer)
 * @param knowledgeFolder a folder of the store's own knowledge texts (Markdown) that replaces the
 *                     shipped demo texts; empty means the texts shipped with StoreDesk
 * @param webhooks     where the webhook receiver listens and whether it starts with StoreDesk
 * @param camera       the camera that scans barcodes, and whether a scan beeps
 */
public record UserSettings(
        Language language,
        Theme theme,
        Optional<Path> dataFolder,
        Optional<String> databaseUrl,
        Optional<String> databaseUser,
        Optional<WindowBounds> windowBounds,
        Duration kioskIdleTimeout,
        Optional<String> kioskStore,
        LlmSettings llm,
        Optional<Path> knowledgeFolder,
        WebhookSettings webhooks,
        CameraSettings camera) {

    public static final Duration DEFAULT_KIOSK_IDLE_TIMEOUT = Duration.ofSeconds(90);

    public static UserSettings defaults() {
        return new UserSettings(Language.forSystemLocale(), Theme.LIGHT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), DEFAULT_KIOSK_IDLE_TIMEOUT, Optional.empty(),
                LlmSettings.none(), Optional.empty(), WebhookSettings.defaults(), CameraSettings.defaults());
    }

    public UserSettings withLanguage(Language value) {
        return new UserSettings(value, theme, dataFolder, databaseUrl, databaseUser, windowBounds, kioskIdleTimeout,
                kioskStore, llm, knowledgeFolder, webhooks, camera);
    }

    public UserSettings withTheme(Theme value) {
        return new UserSettings(language, value, dataFolder, databaseUrl, databaseUser, windowBounds, kioskIdleTimeout,
                kioskStore, llm, knowledgeFolder, webhooks, camera);
    }

    public UserSettings withDataFolder(Optional<Path> value) {
        return new UserSettings(language, theme, value, databaseUrl, databaseUser, windowBounds, kioskIdleTimeout,
                kioskStore, llm, knowledgeFolder, webhooks, camera);
    }

    public UserSettings withWindowBounds(WindowBounds value) {
        return new UserSettings(language, theme, dataFolder, databaseUrl, databaseUser, Optional.of(value),
                kioskIdleTimeout, kioskStore, llm, knowledgeFolder, webhooks, camera);
    }

    public UserSettings withKioskIdleTimeout(Duration value) {
        return new UserSettings(language, theme, dataFolder, databaseUrl, databaseUser, windowBounds, value, kioskStore,
                llm, knowledgeFolder, webhooks, camera);
    }

    public UserSettings withKioskStore(String storeCode) {
        return new UserSettings(language, theme, dataFolder, databaseUrl, databaseUser, windowBounds, kioskIdleTimeout,
                Optional.of(storeCode), llm, knowledgeFolder, webhooks, camera);
    }

    public UserSettings withLlm(LlmSettings value) {
        return new UserSettings(language, theme, dataFolder, databaseUrl, databaseUser, windowBounds, kioskIdleTimeout,
                kioskStore, value, knowledgeFolder, webhooks, camera);
    }

    public UserSettings withKnowledgeFolder(Optional<Path> value) {
        return new UserSettings(language, theme, dataFolder, databaseUrl, databaseUser, windowBounds, kioskIdleTimeout,
                kioskStore, llm, value, webhooks, camera);
    }

    public UserSettings withWebhooks(WebhookSettings value) {
        return new UserSettings(language, theme, dataFolder, databaseUrl, databaseUser, windowBounds, kioskIdleTimeout,
                kioskStore, llm, knowledgeFolder, value, camera);
    }

    public UserSettings withCamera(CameraSettings value) {
        return new UserSettings(language, theme, dataFolder, databaseUrl, databaseUser, windowBounds, kioskIdleTimeout,
                kioskStore, llm, knowledgeFolder, webhooks, value);
    }

    /** The folder that holds the embedded database: the chosen one, or the per-user default. */
    public Path effectiveDataFolder(Path appHome) {
        return dataFolder.orElse(appHome);
    }
}
