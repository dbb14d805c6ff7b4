package com.storedesk.app;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.audit.AuditTrail;
import com.storedesk.config.LlmSettings;
import com.storedesk.config.SettingsStore;
import com.storedesk.config.UserSettings;
import com.storedesk.data.DatabaseLocation;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Records each saved settings change in the audit trail: which settings, from what, to what. The
 * window's size and place are not settings anyone audits and are left out; a database URL is
 * recorded without its password, the model's endpoint without a user, password or query.
 */
final class SettingsAudit implements SettingsStore.Listener {

    private static final Map<String, Function<UserSettings, String>> AUDITED = Map.ofEntries(
            Map.entry("language", s -> s.language().tag()),
            Map.entry("theme", s -> s.theme().name()),
            Map.entry("dataFolder", s -> text(s.dataFolder().map(Object::toString))),
            Map.entry("databaseUrl",
                    s -> text(s.databaseUrl().map(url -> new DatabaseLocation.Jdbc(url, null, null).describe()))),
            Map.entry("databaseUser", s -> text(s.databaseUser())),
            Map.entry("kioskIdleTimeout", s -> s.kioskIdleTimeout().toString()),
            Map.entry("kioskStore", s -> text(s.kioskStore())),
            Map.entry("llmBaseUrl", s -> text(s.llm().baseUrl().map(LlmSettings::describe))),
            Map.entry("llmModel", s -> text(s.llm().model())),
            Map.entry("llmTimeout", s -> s.llm().timeout().toString()),
            Map.entry("llmLoyaltyIdPattern", s -> s.llm().loyaltyIdPattern()),
            Map.entry("knowledgeFolder", s -> text(s.knowledgeFolder().map(Object::toString))),
            Map.entry("webhooksBindAddress", s -> s.webhooks().bindAddress()),
            Map.entry("webhooksPort", s -> Integer.toString(s.webhooks().port())),
            Map.entry("webhooksStartWithApp", s -> Boolean.toString(s.webhooks().startWithApp())),
            Map.entry("camera", s -> text(s.camera().camera())),
            Map.entry("cameraSound", s -> Boolean.toString(s.camera().sound())));

    private final AuditTrail trail;
    private final Supplier<String> actor;

    SettingsAudit(AuditTrail trail, Supplier<String> actor) {
        this.trail = Objects.requireNonNull(trail);
        this.actor = Objects.requireNonNull(actor);
    }

    @Override
    public void saved(UserSettings before, UserSettings after) {
        Map<String, String> details = new TreeMap<>();
        for (Map.Entry<String, Function<UserSettings, String>> setting : AUDITED.entrySet()) {
            String was = setting.getValue().apply(before);
            String now = setting.getValue().apply(after);
            if (!was.equals(now)) {
                details.put(setting.getKey() + ".from", was);
                details.put(setting.getKey() + ".to", now);
            }
        }
        if (!details.isEmpty()) {
            String subject = String.join(",", details.keySet().stream()
                    .map(key -> key.substring(0, key.lastIndexOf('.'))).distinct().toList());
            trail.record(new AuditEvent(actor.get(), AuditAction.SETTINGS_CHANGED, null, subject, details));
        }
    }

    private static String text(Optional<String> value) {
        return value.orElse("");
    }
}
