package com.storedesk.ui;

import com.storedesk.app.AppSetup;
import com.storedesk.app.StartOptions;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Starts JavaFX from the class path (no {@code Application} subclass needed) and waits for the window to close. */
public final class StoreDeskGui {

    private StoreDeskGui() {
    }

    /** Blocks until the user closes the window; returns the process exit code. */
    public static int run(StartOptions options) throws InterruptedException {
        AppSetup setup = AppSetup.prepare(options);
        KioskInput.prepare(setup.kiosk(), System.getProperties());
        boolean existingData = setup.databaseLocation().mayHoldData();
        CountDownLatch closed = new CountDownLatch(1);
        Platform.startup(() -> new MainWindow(setup, existingData, new Stage(), () -> {
            Platform.exit();
            closed.countDown();
        }).show());
        closed.await();
        return 0;
    }
}
