package com.storedesk.ui.settings;

import com.storedesk.app.AppSetup;
import com.storedesk.app.ErrorText;
import com.storedesk.config.DataFolderCheck;
import com.storedesk.config.Theme;
import com.storedesk.config.UserSettings;
import com.storedesk.data.DatabaseLocation;
import com.storedesk.i18n.Language;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.shell.Screen;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;

/**
 * Settings: language and theme apply at once; a new data folder is checked, saved, and used
 * from the next start (the open database stays where it is until then).
 */
public final class SettingsController implements Screen {

    private final UiContext ui;
    private final SettingsModel model = new SettingsModel();
    private final SettingsView view;

    public SettingsController(UiContext ui) {
        this.ui = ui;
        AppSetup setup = ui.app().setup();
        UserSettings settings = setup.settings().current();
        model.language.set(ui.messages().language());
        model.darkTheme.set(settings.theme() == Theme.DARK);
        showDataFolder(settings.dataFolder());
        model.databaseInUse.set(setup.databaseLocation().describe());
        model.usesExternalDatabase.set(!(setup.databaseLocation() instanceof DatabaseLocation.H2File));
        this.view = new SettingsView(model, ui.messages(), this);
    }

    @Override
    public Node view() {
        return view.root();
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

    private void showDataFolder(Optional<Path> folder) {
        Path appHome = ui.app().setup().appHome();
        model.dataFolder.set(folder.orElse(appHome).toString());
        model.dataFolderIsDefault.set(folder.isEmpty());
    }
}
