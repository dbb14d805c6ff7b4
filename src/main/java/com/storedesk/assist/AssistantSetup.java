package com.storedesk.assist;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.audit.AuditTrail;
import com.storedesk.config.LlmSettings;
import com.storedesk.config.SettingsStore;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Administrators' way to set the assistant's model in Settings: the endpoint into the settings file
 * (audited there, like every setting), the API key into the credential store (audited as replaced or
 * removed, never its value). Blocking: call it off the FX thread.
 */
public final class AssistantSetup {

    static final int LONGEST_TIMEOUT_SECONDS = 300;

    private final SettingsStore settings;
    private final ApiKeyStore keys;
    private final Map<String, String> environment;
    private final AuditTrail audit;

    public AssistantSetup(SettingsStore settings, ApiKeyStore keys, Map<String, String> environment, AuditTrail audit) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.environment = Map.copyOf(environment);
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    public AssistantOverview overview(UserSession session) {
        requireAdministrator(session);
        List<String> overriding = new ArrayList<>();
        for (String variable : List.of(LlmEndpoints.BASE_URL, LlmEndpoints.MODEL, EnvironmentApiKey.VARIABLE)) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                overriding.add(variable);
            }
        }
        return new AssistantOverview(settings.current().llm(), keys.apiKey().isPresent(), overriding);
    }

    /**
     * Saves {@code draft}: the key first (so an endpoint is never in force with the old key), then the
     * endpoint.
     *
     * @throws AssistantSetupException when the address, model, time limit or loyalty-id pattern cannot serve
     */
    public void save(UserSession session, AssistantDraft draft) {
        requireAdministrator(session);
        LlmSettings checked = check(draft, settings.current().llm());
        if (draft.newKey() != null) {
            keys.store(draft.newKey());
            recordKey(session, "replaced");
        } else if (draft.removeKey() && keys.apiKey().isPresent()) {
            keys.remove();
            recordKey(session, "removed");
        }
        settings.update(s -> s.withLlm(checked));
    }

    private static LlmSettings check(AssistantDraft draft, LlmSettings saved) {
        if (draft.timeoutSeconds() < 1 || draft.timeoutSeconds() > LONGEST_TIMEOUT_SECONDS) {
            throw new AssistantSetupException("assist.setup.error.timeout", "time limit out of range",
                    LONGEST_TIMEOUT_SECONDS);
        }
        checkPattern(draft.loyaltyIdPattern());
        Duration timeout = Duration.ofSeconds(draft.timeoutSeconds());
        if (draft.baseUrl().isEmpty()) {
            return new LlmSettings(Optional.empty(), Optional.of(draft.model()).filter(m -> !m.isEmpty()), timeout,
                    draft.loyaltyIdPattern());
        }
        checkUrl(draft.baseUrl());
        if (draft.model().isEmpty()) {
            throw new AssistantSetupException("assist.setup.error.model", "no model name");
        }
        return saved.withEndpoint(draft.baseUrl(), draft.model()).withTimeout(timeout)
                .withLoyaltyIdPattern(draft.loyaltyIdPattern());
    }

    /**
     * An OpenAI-compatible address. Plain {@code http} only to this computer or the store's own
     * network (a local Ollama or vLLM server): across the internet the key and the masked questions
     * would travel readable.
     */
    private static void checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new AssistantSetupException("assist.setup.error.url", "not a web address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http")) || url.length() > 512) {
            throw new AssistantSetupException("assist.setup.error.url", "not a web address");
        }
        if (uri.getUserInfo() != null) {
            throw new AssistantSetupException("assist.setup.error.urlUser", "a user or password in the address");
        }
        if (scheme.equals("http") && !local(uri.getHost())) {
            throw new AssistantSetupException("assist.setup.error.insecure", "plain http beyond the local network");
        }
    }

    private static boolean local(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".local") || name.endsWith(".lan")) {
            return true;
        }
        // Literal addresses only: a name is not looked up here (that would block on DNS).
        if (!name.matches("[0-9.]+|\\[?[0-9a-f:]+]?")) {
            return false;
        }
        try {
            InetAddress address = InetAddress.getByName(name.replace("[", "").replace("]", ""));
            return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** The pattern must compile and must not match nothing at all (it would mask every gap between words). */
    private static void checkPattern(String pattern) {
        if (pattern.isEmpty() || pattern.length() > 200) {
            throw new AssistantSetupException("assist.setup.error.pattern", "blank or too long pattern");
        }
        try {
            if (Pattern.compile(pattern).matcher("").matches()) {
                throw new AssistantSetupException("assist.setup.error.patternEmpty", "the pattern matches empty text");
            }
        } catch (PatternSyntaxException e) {
            throw new AssistantSetupException("assist.setup.error.pattern", "not a regular expression");
        }
    }

    private void recordKey(UserSession session, String change) {
        audit.record(new AuditEvent(session.auditName(), AuditAction.SETTINGS_CHANGED, null, "llmKey",
                Map.of("llmKey", change)));
    }

    private static void requireAdministrator(UserSession session) {
        if (session.role() != Role.ADMINISTRATOR) {
            throw new AssistantSetupException("assist.setup.error.notAdministrator", "administrators only");
        }
    }
}
