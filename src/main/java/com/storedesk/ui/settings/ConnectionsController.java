package com.storedesk.ui.settings;

import com.storedesk.app.ErrorText;
import com.storedesk.pos.connection.ConnectionCheck;
import com.storedesk.pos.connection.ConnectionDraft;
import com.storedesk.pos.connection.ConnectionOverview;
import com.storedesk.pos.connection.ConnectionService;
import com.storedesk.pos.connection.Environment;
import com.storedesk.pos.connection.Platform;
import com.storedesk.pos.connection.PosConnection;
import com.storedesk.pos.connection.SyncSummary;
import com.storedesk.pos.connection.TypedCredential;
import com.storedesk.pos.lightspeed.LightspeedGrant;
import com.storedesk.security.UserSession;
import com.storedesk.security.vault.Secret;
import com.storedesk.security.vault.VaultKind;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.GuardedCalls;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * Settings' POS connections, for administrators: pick a connection or start a new one, save it
 * (secrets to the vault), test it, remove it, and see how its sync goes. Every service call runs
 * off the FX thread; the service checks the role again.
 */
final class ConnectionsController {

    private final UiContext ui;
    private final ConnectionsModel model = new ConnectionsModel();
    private final ConnectionsSection view;
    private final GuardedCalls calls;

    ConnectionsController(UiContext ui) {
        this.ui = ui;
        this.calls = new GuardedCalls(ui.tasks(), model.busy, model.error, () -> {
            model.error.set(null);
            model.notice.set(null);
        }, failure -> ErrorText.describe(failure, ui.messages(), ui.app().setup().appHome()));
        this.view = new ConnectionsSection(model, ui.messages(), this);
        model.platform.addListener((obs, was, now) -> platformChosen());
        model.environment.addListener((obs, was, now) -> showBaseUrl());
        model.accountId.addListener((obs, was, now) -> showBaseUrl());
        reload(null, null);
    }

    Node view() {
        return view.root();
    }

    void select(ConnectionOverview overview) {
        model.selected.set(overview);
        model.checkLines.clear();
        model.notice.set(null);
        model.error.set(null);
        model.credential.set("");
        model.clientId.set("");
        model.clientSecret.set("");
        model.webhookSecret.set("");
        if (overview == null) {
            model.platform.set(Platform.SQUARE);
            model.environment.set(Environment.PRODUCTION);
            model.accountId.set("");
            model.locationId.set("");
            model.notificationUrl.set("");
            model.baseUrl.set("");
            model.enabled.set(true);
            model.credentialStored.set(false);
            model.webhookSecretStored.set(false);
            showSync(SyncSummary.NEVER);
        } else {
            PosConnection connection = overview.connection();
            model.platform.set(connection.platform());
            model.environment.set(connection.environment());
            model.accountId.set(connection.accountId());
            model.locationId.set(connection.location().orElse(""));
            model.notificationUrl.set(connection.notification().orElse(""));
            model.baseUrl.set(connection.baseUrl());
            model.enabled.set(connection.enabled());
            model.credentialStored.set(overview.credentialStored());
            model.webhookSecretStored.set(overview.webhookSecretStored());
            showSync(overview.sync());
        }
        showBaseUrl();
    }

    void startNew() {
        select(null);
    }

    void save() {
        Form form = form();
        UserSession session = ui.app().session();
        ConnectionService service = ui.app().connections();
        run(() -> service.save(session, form.draft()).id(), id -> reload(id, ui.messages().get("connections.saved")));
    }

    void test() {
        Form form = form();
        UserSession session = ui.app().session();
        ConnectionService service = ui.app().connections();
        model.checkLines.clear();
        run(() -> service.test(session, form.draft()), this::showCheck);
    }

    void remove() {
        ConnectionOverview selected = model.selected.get();
        if (selected == null) {
            return;
        }
        UserSession session = ui.app().session();
        ConnectionService service = ui.app().connections();
        long id = selected.connection().id();
        run(() -> {
            service.remove(session, id);
            return id;
        }, removed -> reload(null, ui.messages().get("connections.removed")));
    }

    /**
     * Lists the connections again, shows {@code selectId} (the first one when null or gone), then
     * {@code notice} (when not null): after the form is filled, which clears the previous one.
     */
    private void reload(Long selectId, String notice) {
        UserSession session = ui.app().session();
        ConnectionService service = ui.app().connections();
        run(() -> new Loaded(service.overview(session), service.vaultKind()), loaded -> {
            model.fileVault.set(loaded.vault() == VaultKind.ENCRYPTED_FILE);
            model.connections.setAll(loaded.connections());
            select(loaded.connections().stream()
                    .filter(o -> selectId == null || o.connection().id() == selectId)
                    .findFirst().orElse(null));
            model.notice.set(notice);
        });
    }

    private record Loaded(List<ConnectionOverview> connections, VaultKind vault) {
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        calls.run(work, done);
    }

    private void platformChosen() {
        if (model.environment.get() == Environment.SANDBOX && !model.platform.get().hasSandbox()) {
            model.environment.set(Environment.PRODUCTION);
        }
        showBaseUrl();
    }

    /** The platform's own address for the chosen server; a custom one stays as typed. */
    private void showBaseUrl() {
        if (model.environment.get() != Environment.CUSTOM) {
            model.baseUrl.set(model.platform.get().baseUrl(model.environment.get(), model.accountId.get()).orElse(""));
        }
    }

    private void showCheck(ConnectionCheck check) {
        // A test that renewed a typed Lightspeed refresh token ended it: the renewed one is what saving must keep.
        check.renewedCredential().flatMap(renewed -> LightspeedGrant.parse(renewed.reveal()))
                .ifPresent(grant -> model.credential.set(grant.refreshToken()));
        model.checkLines.setAll(check.steps().stream()
                .map(step -> new ConnectionsModel.CheckLine(step.outcome(),
                        ui.messages().get(step.messageKey(), step.args().toArray())))
                .toList());
    }

    private void showSync(SyncSummary sync) {
        String none = ui.messages().get("connections.sync.never");
        model.lastSuccess.set(sync.lastSuccessAt() == null ? none
                : ui.formats().dateTime(sync.lastSuccessAt(), ui.app().clock().getZone()));
        model.itemsFetched.set(ui.formats().integer(sync.itemsFetched()));
        model.cursor.set(sync.cursor() == null ? none : sync.cursor());
        model.lastError.set(sync.lastError() == null ? ui.messages().get("connections.sync.noError") : sync.lastError());
    }

    /** The form as it stands, read on the FX thread; made into a draft by the call, which may refuse it. */
    private Form form() {
        ConnectionOverview selected = model.selected.get();
        return new Form(selected == null ? null : selected.connection().id(), model.platform.get(),
                model.environment.get(), model.baseUrl.get(), model.accountId.get(), model.locationId.get(),
                model.enabled.get(), model.credential.get(), model.clientId.get(), model.clientSecret.get(),
                model.webhookSecret.get(), model.notificationUrl.get());
    }

    private record Form(Long id, Platform platform, Environment environment, String baseUrl, String accountId,
            String locationId, boolean enabled, String credential, String clientId, String clientSecret,
            String webhookSecret, String notificationUrl) {

        ConnectionDraft draft() {
            return new ConnectionDraft(id, platform, environment, baseUrl, accountId, locationId, enabled,
                    TypedCredential.of(platform, clientId, clientSecret, credential),
                    webhookSecret == null || webhookSecret.isBlank() ? null : Secret.of(webhookSecret),
                    notificationUrl);
        }

        /** Only what is not secret. */
        @Override
        public String toString() {
            return "Form[" + platform + " " + accountId + "]";
        }
    }
}
