package com.storedesk.ui.shell;

import com.storedesk.app.AppContext;
import com.storedesk.config.Theme;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.TestInstallation;
import com.storedesk.testing.TestStage;
import com.storedesk.ui.Themes;
import com.storedesk.ui.concurrent.BackgroundTasks;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * A shell on a test installation (two stores seeded), for a district manager (on a kiosk, an
 * associate), shown in the test's stage at the screen's top left.
 */
final class ShellFixture implements AutoCloseable {

    final TestInstallation installation;
    final AppContext context;
    final BackgroundTasks tasks = BackgroundTasks.withThreads(2);
    final ShellController shell;

    private ShellFixture(Stage stage, TestInstallation installation, boolean kiosk, List<ScreenSpec> catalog) {
        this.installation = installation;
        this.context = installation.open(kiosk);
        if (!kiosk) {
            // A district manager over every store is offered every screen.
            context.useSession(new UserSession("", Role.DISTRICT_MANAGER, true, Set.of()));
        }
        TestInstallation.seedStores(context);
        this.shell = FxWait.onFx(() -> {
            Themes.apply(context.setup().settings().current().theme());
            ShellController controller = new ShellController(context, tasks, catalog);
            Scene scene = TestStage.show(stage, controller.view(), 1280, 800);
            controller.start(scene);
            return controller;
        });
    }

    static ShellFixture open(Stage stage, TestInstallation installation, boolean kiosk, List<ScreenSpec> catalog) {
        return new ShellFixture(stage, installation, kiosk, catalog);
    }

    static ShellFixture open(Stage stage, TestInstallation installation) {
        return open(stage, installation, false, Screens.all());
    }

    @Override
    public void close() {
        FxWait.runFx(() -> {
            shell.stop();
            Themes.apply(Theme.LIGHT);
        });
        tasks.close();
        context.close();
    }
}
