package com.storedesk.ui.users;

import com.storedesk.app.ErrorText;
import com.storedesk.audit.AuditAction;
import com.storedesk.data.StoreSummary;
import com.storedesk.security.NewAccount;
import com.storedesk.security.Role;
import com.storedesk.security.UserAccount;
import com.storedesk.security.UserAdministration;
import com.storedesk.security.UserSession;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.shell.Screen;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.concurrent.Task;
import javafx.scene.Node;

/**
 * Accounts for administrators: every account with its role, stores and whether it can sign in;
 * add one; reset a password or PIN, unlock, disable or enable, and change stores. The service
 * checks the session and writes each change to the audit trail; its refusals are shown in words.
 */
public final class UsersController implements Screen {

    private final UiContext ui;
    private final UserTexts texts;
    private final UsersModel model = new UsersModel();
    private final UsersView view;
    private Task<Snapshot> running;
    /** The account to select once the list is read again (one just created or changed). */
    private String reselect;

    public UsersController(UiContext ui) {
        this.ui = ui;
        this.texts = new UserTexts(ui.messages(), ui.formats(), ui.app().clock().getZone());
        this.view = new UsersView(model, ui.messages(), texts, this);
        model.filter.addListener((obs, old, now) -> applyFilter());
        model.selected.addListener((obs, old, now) -> showSelected(now, old));
        // Another role decides "all stores" afresh: always for administrators, a choice for district managers.
        model.newScope.role.addListener((obs, old, now) -> model.newScope.reset(now,
                now == Role.ADMINISTRATOR, Set.copyOf(model.newScope.ids)));
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        refresh();
    }

    @Override
    public void onDeactivate() {
        if (running != null) {
            running.cancel();
        }
        clearSecrets();
    }

    /** Reads the accounts, the stores and the last sign-ins again; a read still running is dropped. */
    void refresh() {
        if (running != null) {
            running.cancel();
        }
        UserSession session = session();
        model.loading.set(true);
        running = ui.tasks().call(() -> new Snapshot(service().list(session), ui.app().stores().listStores(),
                        ui.app().auditQuery().latestByActor(AuditAction.SIGN_IN), ui.app().clock().instant()))
                .onSuccess(this::show)
                .onFailure(error -> {
                    model.loading.set(false);
                    showError(error);
                })
                .start();
    }

    void startAdding() {
        model.selected.set(null);
        model.newUsername.set("");
        model.newName.set("");
        model.newSecret.set("");
        model.newConfirm.set("");
        model.newScope.reset(Role.STORE_MANAGER, false, Set.of());
        model.error.set(null);
        model.notice.set(null);
        model.adding.set(true);
    }

    void cancelAdding() {
        model.adding.set(false);
        model.newSecret.set("");
        model.newConfirm.set("");
        model.error.set(null);
    }

    void create() {
        if (!sameTwice(model.newSecret.get(), model.newConfirm.get())) {
            return;
        }
        UsersModel.Scope scope = model.newScope;
        NewAccount account = new NewAccount(model.newUsername.get(), model.newName.get(), scope.role.get(),
                model.newSecret.get(), scope.all.get(), Set.copyOf(scope.ids));
        UserSession session = session();
        change(() -> service().create(session, account), created -> {
            model.adding.set(false);
            model.newSecret.set("");
            model.newConfirm.set("");
            reselect = created.username();
            return ui.messages().get("users.done.created", created.username(), texts.role(created.role()));
        });
    }

    void resetSecret() {
        UsersModel.Row row = model.selected.get();
        if (row == null || !sameTwice(model.resetSecret.get(), model.resetConfirm.get())) {
            return;
        }
        String secret = model.resetSecret.get();
        boolean pin = UserTexts.usesPin(row.account().role());
        onSelected(row, (session, username) -> service().resetSecret(session, username, secret),
                pin ? "users.done.resetPin" : "users.done.resetPassword");
    }

    void unlock() {
        onSelected(model.selected.get(), (session, username) -> service().unlock(session, username),
                "users.done.unlocked");
    }

    /** Disables an enabled account, enables a disabled one; the service refuses to disable the caller. */
    void toggleDisabled() {
        UsersModel.Row row = model.selected.get();
        if (row == null) {
            return;
        }
        boolean disable = !row.account().disabled();
        onSelected(row, (session, username) -> service().setDisabled(session, username, disable),
                disable ? "users.done.disabled" : "users.done.enabled");
    }

    void saveStores() {
        UsersModel.Scope scope = model.selectedScope;
        boolean all = scope.all.get();
        Set<Long> ids = Set.copyOf(scope.ids);
        onSelected(model.selected.get(), (session, username) -> service().setStores(session, username, all, ids),
                "users.done.stores");
    }

    /** One change to the selected account, named in the notice by its username. */
    private void onSelected(UsersModel.Row row, AccountChange work, String doneKey) {
        if (row == null) {
            return;
        }
        String username = row.username();
        UserSession session = session();
        change(() -> {
            work.apply(session, username);
            return username;
        }, changed -> {
            reselect = changed;
            return ui.messages().get(doneKey, changed);
        });
    }

    /** Runs a change off the FX thread, says what it did or why not, and reads the list again. */
    private <T> void change(Callable<T> work, Function<T, String> done) {
        if (model.busy.get()) {
            return;
        }
        model.busy.set(true);
        model.notice.set(null);
        model.error.set(null);
        ui.tasks().call(work).onSuccess(result -> {
            model.busy.set(false);
            clearResetSecret();
            model.notice.set(done.apply(result));
            refresh();
        }).onFailure(error -> {
            model.busy.set(false);
            showError(error);
        }).start();
    }

    /** A password or PIN typed twice must match before it goes anywhere. */
    private boolean sameTwice(String secret, String confirmation) {
        if (secret.equals(confirmation)) {
            return true;
        }
        model.notice.set(null);
        model.error.set(ui.messages().get("users.secret.mismatch"));
        return false;
    }

    private void show(Snapshot snapshot) {
        Map<Long, StoreSummary> stores = snapshot.stores().stream()
                .collect(Collectors.toMap(StoreSummary::id, Function.identity()));
        String keep = reselect != null ? reselect
                : model.selected.get() == null ? null : model.selected.get().username();
        reselect = null;
        model.stores.setAll(snapshot.stores());
        model.rows.setAll(snapshot.accounts().stream()
                .map(a -> texts.row(a, stores, snapshot.lastSignIns().get(a.username()), snapshot.now()))
                .toList());
        applyFilter();
        model.selected.set(keep == null || model.adding.get() ? null : model.rows.stream()
                .filter(r -> r.username().equals(keep)).findFirst().orElse(null));
        model.loaded.set(true);
        model.loading.set(false);
    }

    /** Keeps the accounts whose username or name contains the filter, in any case. */
    private void applyFilter() {
        String wanted = model.filter.get() == null ? "" : model.filter.get().strip().toLowerCase(Locale.ROOT);
        model.shown.setPredicate(wanted.isEmpty() ? null : row -> row.username().contains(wanted)
                || row.account().displayName().toLowerCase(Locale.ROOT).contains(wanted));
        model.summary.set(ui.messages().get("users.count", model.shown.size(), model.rows.size()));
    }

    private void showSelected(UsersModel.Row row, UsersModel.Row old) {
        if (row == null) {
            clearResetSecret();
            return;
        }
        model.adding.set(false);
        if (old == null || !old.username().equals(row.username())) {
            // What was typed or refused for one account says nothing about the next.
            clearResetSecret();
            model.error.set(null);
        }
        UserAccount account = row.account();
        model.selectedScope.reset(account.role(), account.allStores(), account.storeIds());
    }

    private void clearResetSecret() {
        model.resetSecret.set("");
        model.resetConfirm.set("");
    }

    private void clearSecrets() {
        clearResetSecret();
        model.newSecret.set("");
        model.newConfirm.set("");
    }

    private void showError(Throwable error) {
        model.error.set(ErrorText.describe(error, ui.messages(), ui.app().setup().appHome()));
    }

    private UserAdministration service() {
        return ui.app().users();
    }

    private UserSession session() {
        return ui.app().session();
    }

    @FunctionalInterface
    private interface AccountChange {
        void apply(UserSession session, String username);
    }

    /** One read: the accounts, every store, each username's last sign-in, and when it was read. */
    private record Snapshot(List<UserAccount> accounts, List<StoreSummary> stores, Map<String, Instant> lastSignIns,
            Instant now) {
    }
}
