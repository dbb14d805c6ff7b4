package com.storedesk.ui.signin;

import com.storedesk.app.AppContext;
import com.storedesk.app.AppSetup;
import com.storedesk.app.ErrorText;
import com.storedesk.app.SignInText;
import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Messages;
import com.storedesk.security.KioskUser;
import com.storedesk.security.SecretKind;
import com.storedesk.security.SignInResult;
import com.storedesk.security.UserSession;
import com.storedesk.ui.concurrent.BackgroundTasks;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screen before the shell: a username and password, on a kiosk an associate's name and PIN,
 * or on a new database without accounts the first administrator. Hashing and the database run in
 * the background; the screen stays responsive and shows it is busy.
 *
 * <p>It may be shown while the database is still opening: the password form is there at once, and
 * each background step waits for the services first, so a start does not keep anyone from typing.
 */
public final class SignInController {

    private static final Logger LOG = LoggerFactory.getLogger(SignInController.class);

    private final AppSetup setup;
    private final Supplier<AppContext> app;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private final Consumer<UserSession> signedIn;
    private final SignInModel model = new SignInModel();
    private final StackPane host = new StackPane();

    /** {@code signedIn} runs on the FX thread with the session once someone has signed in. */
    public SignInController(AppContext app, Messages messages, BackgroundTasks tasks, Consumer<UserSession> signedIn) {
        this(app.setup(), () -> app, messages, tasks, signedIn);
    }

    /**
     * @param app the services, asked only on background threads; it may block until the database is
     *     open, or throw why it could not open
     */
    public SignInController(AppSetup setup, Supplier<AppContext> app, Messages messages, BackgroundTasks tasks,
            Consumer<UserSession> signedIn) {
        this.setup = setup;
        this.app = app;
        this.messages = messages;
        this.tasks = tasks;
        this.signedIn = signedIn;
        host.setId("signin");
        host.getStyleClass().add("signin");
        if (setup.kiosk()) {
            host.getStyleClass().add("kiosk");
        }
        model.form.addListener((obs, old, form) -> host.getChildren().setAll(viewFor(form)));
        model.store.addListener((obs, old, store) -> {
            loadAssociates(store);
            rememberKioskStore(store);
        });
    }

    public Parent view() {
        return host;
    }

    /**
     * Shows the password form at once (a kiosk waits for its stores), then finds out which form is
     * right: the first administrator's while no account exists.
     */
    public void start() {
        record Start(boolean needsAdministrator, List<StoreSummary> stores) {
        }
        if (!setup.kiosk()) {
            model.form.set(SignInModel.Form.PASSWORD);
        } else {
            model.busy.set(true);
        }
        tasks.call(() -> {
                    AppContext services = app.get();
                    return new Start(services.accountSetup().needsAdministrator(), services.stores().listStores());
                })
                .onSuccess(start -> {
                    model.stores.setAll(start.stores());
                    if (start.needsAdministrator()) {
                        model.busy.set(false);
                        model.form.set(SignInModel.Form.FIRST_ADMINISTRATOR);
                    } else if (setup.kiosk()) {
                        model.busy.set(false);
                        model.form.set(SignInModel.Form.KIOSK);
                        model.store.set(kioskStore(start.stores()));
                    }
                })
                .onFailure(this::showFailure)
                .start();
    }

    void signIn() {
        attempt(() -> app.get().signIn().signIn(model.username.get(), model.secret.get()), SecretKind.PASSWORD);
    }

    void signInWithPin() {
        KioskUser associate = model.associate.get();
        if (associate != null && !model.secret.get().isEmpty()) {
            attempt(() -> app.get().signIn().signIn(associate.username(), model.secret.get()), SecretKind.PIN);
        }
    }

    void createAdministrator() {
        if (!model.secret.get().equals(model.confirmation.get())) {
            model.error.set(messages.get("signin.firstAdmin.mismatch"));
            return;
        }
        String username = model.username.get();
        String displayName = model.displayName.get();
        String password = model.secret.get();
        begin();
        tasks.call(() -> app.get().accountSetup().createFirstAdministrator(username, displayName, password))
                .onSuccess(this::finish)
                .onFailure(this::showFailure)
                .start();
    }

    void pickAssociate(KioskUser associate) {
        model.associate.set(associate);
        model.secret.set("");
        model.error.set(null);
    }

    private void attempt(Callable<SignInResult> check, SecretKind kind) {
        begin();
        tasks.call(check)
                .onSuccess(result -> {
                    if (result instanceof SignInResult.SignedIn success) {
                        finish(success.session());
                    } else {
                        model.busy.set(false);
                        model.secret.set("");
                        model.error.set(SignInText.refusal(result, kind, messages, ZoneId.systemDefault()));
                    }
                })
                .onFailure(this::showFailure)
                .start();
    }

    /** The store this kiosk was last set to (or IT pre-set), else the first. */
    private StoreSummary kioskStore(List<StoreSummary> stores) {
        Optional<String> remembered = setup.settings().current().kioskStore();
        return stores.stream().filter(store -> remembered.filter(store.code()::equals).isPresent()).findFirst()
                .orElse(stores.isEmpty() ? null : stores.get(0));
    }

    /** A kiosk stays in the store it serves: the next start and the next person begin there. */
    private void rememberKioskStore(StoreSummary store) {
        if (store == null || setup.settings().current().kioskStore().filter(store.code()::equals).isPresent()) {
            return;
        }
        tasks.call(() -> setup.settings().update(settings -> settings.withKioskStore(store.code())))
                .onFailure(error -> LOG.warn("Could not remember the kiosk's store", error))
                .start();
    }

    private void loadAssociates(StoreSummary store) {
        model.associates.clear();
        model.associate.set(null);
        if (store == null) {
            return;
        }
        tasks.call(() -> app.get().signIn().associates(store.id()))
                .onSuccess(associates -> {
                    if (store.equals(model.store.get())) {
                        model.associates.setAll(associates);
                    }
                })
                .onFailure(this::showFailure)
                .start();
    }

    private void begin() {
        model.busy.set(true);
        model.error.set(null);
    }

    private void finish(UserSession session) {
        model.busy.set(false);
        model.secret.set("");
        model.confirmation.set("");
        signedIn.accept(session);
    }

    private void showFailure(Throwable error) {
        if (model.form.get() == null) {
            // The start-up check failed: the password form at least has somewhere to say why.
            model.form.set(SignInModel.Form.PASSWORD);
        }
        model.busy.set(false);
        model.secret.set("");
        model.error.set(ErrorText.describe(error, messages, setup.appHome()));
    }

    private Parent viewFor(SignInModel.Form form) {
        return switch (form) {
            case PASSWORD -> new PasswordSignInView(model, messages, this);
            case KIOSK -> new KioskSignInView(model, messages, this);
            case FIRST_ADMINISTRATOR -> new FirstAdministratorView(model, messages, this);
        };
    }
}
