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
 * associate) or the session a test names, shown in the test's stage at the screen's top left.
 */
final class ShellFixture implements AutoCloseable {

    final TestInstallation installation;
    final AppContext context;
    final BackgroundTasks tasks = BackgroundTasks.withThreads(2);
    final ShellController shell;

    private ShellFixture(Stage stage, TestInstallation installation, boolean kiosk, List<ScreenSpec> catalog,
            UserSession session) {
        this.installation = installation;
        this.context = installation.open(kiosk);
        if (session != null) {
            context.useSession(session);
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
        // A district manager over every store is offered every screen but the administrators' own.
        return new ShellFixture(stage, installation, kiosk, catalog,
                kiosk ? null : new UserSession("", Role.DISTRICT_MANAGER, true, Set.of()));
    }

    static ShellFixture open(Stage stage, TestInstallation installation) {
        return open(stage, installation, false, Screens.all());
    }

    /** The full navigation for {@code session} on a back-office PC. */
    static ShellFixture open(Stage stage, TestInstallation installation, UserSession session) {
        return new ShellFixture(stage, installation, false, Screens.all(), session);
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
