package com.storedesk.ui.settings;

import com.storedesk.actions.ActionRefusedException;
import com.storedesk.actions.policy.ApprovalPolicy;
import com.storedesk.app.AppSetup;
import com.storedesk.app.ErrorText;
import com.storedesk.config.DataFolderCheck;
import com.storedesk.config.Theme;
import com.storedesk.config.UserSettings;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.i18n.Language;
import com.storedesk.inventory.count.ToleranceService;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.shell.Screen;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;

/**
 * Settings: language and theme apply at once; a new data folder is checked, saved, and used
 * from the next start (the open database stays where it is until then). Administrators also edit
 * the approval policy here; it is saved as a whole, and applies to proposals from then on.
 */
public final class SettingsController implements Screen {

    private final UiContext ui;
    private final SettingsModel model;
    private final SettingsView view;
    /** The webhook receiver's section; null for those who are not administrators. */
    private final WebhooksController webhooks;

    public SettingsController(UiContext ui) {
        this.ui = ui;
        this.model = new SettingsModel(ui.messages().locale());
        AppSetup setup = ui.app().setup();
        UserSettings settings = setup.settings().current();
        model.language.set(ui.messages().language());
        model.darkTheme.set(settings.theme() == Theme.DARK);
        showDataFolder(settings.dataFolder());
        model.databaseInUse.set(setup.databaseLocation().describe());
        model.usesExternalDatabase.set(!(setup.databaseLocation() instanceof DatabaseLocation.H2File));
        model.editsPolicy.set(ui.app().session().role() == Role.ADMINISTRATOR);
        this.webhooks = model.editsPolicy.get() ? new WebhooksController(ui) : null;
        List<Node> administration = model.editsPolicy.get()
                ? List.of(new ConnectionsController(ui).view(), webhooks.view(), new AssistantController(ui).view())
                : List.of();
        // Managers and administrators set what a cycle count lets through; associates only count.
        List<Node> counting = ToleranceService.canChange(ui.app().session())
                ? List.of(new ToleranceController(ui).view()) : List.of();
        this.view = new SettingsView(model, ui.messages(), this,
                new CameraSettingsController(ui, ui.app().cameras()).view(), counting, administration);
        if (model.editsPolicy.get()) {
            reloadPolicy();
        }
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        if (webhooks != null) {
            webhooks.activate();
        }
    }

    @Override
    public void onDeactivate() {
        if (webhooks != null) {
            webhooks.deactivate();
        }
    }

    void chooseLanguage(Language language) {
        if (language != null && language != ui.messages().language()) {
            ui.shell().changeLanguage(language);
        }
    }

    void chooseDarkTheme(boolean dark) {
        ui.shell().changeTheme(dark ? Theme.DARK : Theme.LIGHT);
    }

    void chooseDataFolder(Path folder) {
        saveDataFolder(Optional.of(folder.toAbsolutePath().normalize()));
    }

    void useDefaultDataFolder() {
        saveDataFolder(Optional.empty());
    }

    private void saveDataFolder(Optional<Path> folder) {
        model.busy.set(true);
        model.error.set(null);
        model.notice.set(null);
        ui.tasks().call(() -> {
            Optional<DataFolderCheck.Problem> problem = folder.flatMap(DataFolderCheck::check);
            if (problem.isEmpty()) {
                ui.app().setup().settings().update(s -> s.withDataFolder(folder));
            }
            return problem;
        }).onSuccess(problem -> {
            model.busy.set(false);
            problem.ifPresentOrElse(
                    p -> model.error.set(ui.messages().get(p.messageKey(), folder.orElseThrow())),
                    () -> {
                        showDataFolder(folder);
                        model.notice.set(ui.messages().get("settings.dataFolder.saved"));
                    });
        }).onFailure(error -> {
            model.busy.set(false);
            model.error.set(ErrorText.describe(error, ui.messages(), ui.app().setup().appHome()));
        }).start();
    }

    /** Shows the policy in force, dropping unsaved edits. */
    void reloadPolicy() {
        runPolicyTask(() -> ui.app().policies().current(), null);
    }

    void restoreDefaultPolicy() {
        model.policyNotice.set(null);
        model.policyError.set(null);
        model.policy.show(ApprovalPolicy.defaults(), true);
    }

    /** Checks the draft, then saves it as the administrator signed in (the service checks the role again). */
    void savePolicy() {
        model.policyNotice.set(null);
        PolicyDraft.Outcome outcome = model.policy.check();
        if (outcome instanceof PolicyDraft.Invalid invalid) {
            model.policyError.set(ui.messages().get(invalid.messageKey(), invalid.args()));
            return;
        }
        ApprovalPolicy policy = ((PolicyDraft.Valid) outcome).policy();
        UserSession session = ui.app().session();
        runPolicyTask(() -> {
            ui.app().policies().update(session, policy);
            return ui.app().policies().current();
        }, "settings.policy.saved");
    }

    private void runPolicyTask(Callable<ApprovalPolicy> work, String doneKey) {
        model.policyBusy.set(true);
        model.policyError.set(null);
        ui.tasks().call(work).onSuccess(policy -> {
            model.policyBusy.set(false);
            model.policy.show(policy, false);
            model.policyNotice.set(doneKey == null ? null : ui.messages().get(doneKey));
        }).onFailure(error -> {
            model.policyBusy.set(false);
            model.policyError.set(error instanceof ActionRefusedException
                    ? ui.messages().get("settings.policy.error.notAdministrator")
                    : ErrorText.describe(error, ui.messages(), ui.app().setup().appHome()));
        }).start();
    }

    private void showDataFolder(Optional<Path> folder) {
        Path appHome = ui.app().setup().appHome();
        model.dataFolder.set(folder.orElse(appHome).toString());
        model.dataFolderIsDefault.set(folder.isEmpty());
    }
}
