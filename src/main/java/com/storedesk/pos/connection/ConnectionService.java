package com.storedesk.pos.connection;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.audit.AuditTrail;
import com.storedesk.config.LlmSettings;
import com.storedesk.data.PosConnectionRepository;
import com.storedesk.data.PosConnectionRow;
import com.storedesk.data.SyncStateRepository;
import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.pos.http.Pacing;
import com.storedesk.security.Role;
import com.storedesk.security.StoreAccess;
import com.storedesk.security.UserSession;
import com.storedesk.security.vault.Secret;
import com.storedesk.security.vault.SecretVault;
import com.storedesk.security.vault.VaultKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;

/**
 * Administrators' one way to see and change POS connections: secrets into the vault (the row keeps
 * their names), every change in the audit trail without them, and the connection test. Blocking:
 * call it off the FX thread.
 */
public final class ConnectionService {

    private final PosConnectionRepository repository;
    private final SecretVault vault;
    private final SyncStateRepository syncState;
    private final AuditTrail audit;
    private final ConnectionProbe probe;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public ConnectionService(PosConnectionRepository repository, SecretVault vault, SyncStateRepository syncState,
            AuditTrail audit, OkHttpClient client, Pacing pacing) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.vault = Objects.requireNonNull(vault, "vault");
        this.syncState = Objects.requireNonNull(syncState, "syncState");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.probe = new ConnectionProbe(client, pacing);
        this.clock = pacing.clock();
    }

    /** Runs {@code listener} after each saved or removed connection, on the thread that changed it. */
    public void whenChanged(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Where secrets are kept on this computer; Settings warns unless it is the keychain. */
    public VaultKind vaultKind() {
        return vault.kind();
    }

    /** Every connection with its secrets' presence and its sync status. Administrators only. */
    public List<ConnectionOverview> overview(UserSession session) {
        requireAdministrator(session);
        List<ConnectionOverview> overviews = new ArrayList<>();
        for (PosConnectionRow row : repository.list()) {
            PosConnection connection = PosConnection.of(row);
            overviews.add(new ConnectionOverview(connection, stored(connection.credentialRef()),
                    stored(connection.webhookSecretRef()), sync(connection)));
        }
        return overviews;
    }

    /** The enabled connections, for building connectors; no session: syncing is not a change. */
    public List<PosConnection> enabled() {
        return repository.list().stream().map(PosConnection::of).filter(PosConnection::enabled).toList();
    }

    /** Every connection, for the command line's look-up by store. */
    public List<PosConnection> all() {
        return repository.list().stream().map(PosConnection::of).toList();
    }

    /**
     * Saves {@code draft}: new secrets into the vault first, then the row, then an audit entry naming
     * what changed (and that a secret was replaced, never its value).
     *
     * @throws InvalidConnectionException when the account, location or address is missing or not usable
     */
    public PosConnection save(UserSession session, ConnectionDraft draft) {
        requireAdministrator(session);
        String baseUrl = ConnectionRules.checkedBaseUrl(draft);
        String account = ConnectionRules.checkedAccount(draft);
        String location = ConnectionRules.checkedLocation(draft);
        String notificationUrl = ConnectionRules.checkedNotificationUrl(draft);
        Optional<PosConnection> before = Optional.ofNullable(draft.id()).map(this::existing);
        String credentialRef = keep(draft.newCredential(), before.map(PosConnection::credentialRef).orElse(null),
                "access-token");
        String webhookRef = keep(draft.newWebhookSecret(), before.map(PosConnection::webhookSecretRef).orElse(null),
                "webhook-secret");
        Instant now = clock.instant();
        PosConnectionRow row = new PosConnectionRow(before.map(PosConnection::id).orElse(0L), draft.platform().name(),
                draft.environment().name(), baseUrl, account, location, credentialRef, webhookRef, notificationUrl,
                draft.enabled(), now, now, session.auditName());
        PosConnection saved;
        try {
            saved = PosConnection.of(before.isPresent() ? update(row) : repository.insert(row));
        } catch (PosConnectionRepository.DuplicateAccount e) {
            throw new InvalidConnectionException("connections.error.duplicate", e.getMessage());
        }
        audit.record(new AuditEvent(session.auditName(), AuditAction.POS_CONNECTION_CHANGED, null, saved.source(),
                details(before.isPresent() ? "changed" : "added", saved, draft)));
        listeners.forEach(Runnable::run);
        return saved;
    }

    /** Removes the connection and its secrets from this computer's vault. */
    public void remove(UserSession session, long id) {
        requireAdministrator(session);
        PosConnection connection = existing(id);
        repository.delete(id);
        connection.credential().ifPresent(vault::remove);
        connection.webhookSecret().ifPresent(vault::remove);
        audit.record(new AuditEvent(session.auditName(), AuditAction.POS_CONNECTION_CHANGED, null,
                connection.source(), Map.of("change", "removed", "platform", connection.platform().name(),
                        "account", connection.accountId())));
        listeners.forEach(Runnable::run);
    }

    /**
     * Tries {@code draft} against its platform: the token typed in, else the one stored for it.
     * Changes nothing.
     *
     * @throws InvalidConnectionException when the account or location is not written as the platform writes it
     */
    public ConnectionCheck test(UserSession session, ConnectionDraft draft) {
        requireAdministrator(session);
        Secret token = draft.newCredential();
        if (token != null || draft.id() == null) {
            return probe.check(draft, token, null);
        }
        Optional<String> stored = existing(draft.id()).credential();
        token = stored.flatMap(vault::get).orElse(null);
        return probe.check(draft, token, stored.map(ref -> new VaultGrant(vault, ref)).orElse(null));
    }

    private static void requireAdministrator(UserSession session) {
        StoreAccess.requireRole(session, Role.ADMINISTRATOR);
    }

    private PosConnection existing(long id) {
        return repository.find(id).map(PosConnection::of).orElseThrow(() ->
                new InvalidConnectionException("connections.error.gone", "No POS connection " + id));
    }

    private PosConnectionRow update(PosConnectionRow row) {
        if (!repository.update(row)) {
            throw new InvalidConnectionException("connections.error.gone", "No POS connection " + row.id());
        }
        return repository.find(row.id()).orElseThrow();
    }

    /** The secret's vault name: the old one when there was one, a fresh one otherwise; the secret stored under it. */
    private String keep(Secret secret, String oldRef, String kind) {
        if (secret == null) {
            return oldRef;
        }
        String ref = oldRef != null ? oldRef : "pos/" + UUID.randomUUID() + "/" + kind;
        vault.put(ref, secret);
        return ref;
    }

    private boolean stored(String ref) {
        try {
            return ref != null && vault.get(ref).isPresent();
        } catch (RuntimeException e) {
            // A damaged vault shows as "not stored here"; the sync's error says why.
            return false;
        }
    }

    private SyncSummary sync(PosConnection connection) {
        return syncState.find(connection.source(), HistorySync.STREAM, connection.syncScope())
                .map(state -> new SyncSummary(state.getLastSuccessAt(), state.getLastAttemptAt(),
                        state.getCursorValue(), state.getItemsFetched(), state.getLastError()))
                .orElse(SyncSummary.NEVER);
    }

    private static Map<String, String> details(String change, PosConnection saved, ConnectionDraft draft) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("change", change);
        details.put("platform", saved.platform().name());
        details.put("account", saved.accountId());
        saved.location().ifPresent(location -> details.put("location", location));
        details.put("environment", saved.environment().name());
        details.put("baseUrl", saved.baseUrl());
        saved.notification().ifPresent(url -> details.put("notificationUrl", LlmSettings.describe(url)));
        details.put("enabled", String.valueOf(saved.enabled()));
        List<String> replaced = new ArrayList<>();
        if (draft.newCredential() != null) {
            replaced.add("access token");
        }
        if (draft.newWebhookSecret() != null) {
            replaced.add("webhook signature key");
        }
        if (!replaced.isEmpty()) {
            details.put("replaced", String.join(", ", replaced));
        }
        return details;
    }
}
