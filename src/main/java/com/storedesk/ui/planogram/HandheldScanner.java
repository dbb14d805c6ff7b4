package com.storedesk.ui.planogram;

import com.storedesk.planogram.scan.CodeSource;
import com.storedesk.ui.scan.ScannerKeystrokes;
import java.util.function.Consumer;
import javafx.scene.Node;

/** A keyboard-wedge scanner heard anywhere on the screen, as one of the check's code sources. */
final class HandheldScanner implements CodeSource {

    private final Node screen;
    private ScannerKeystrokes keystrokes;

    HandheldScanner(Node screen) {
        this.screen = screen;
    }

    @Override
    public void start(Consumer<String> codes) {
        stop();
        keystrokes = new ScannerKeystrokes(System::nanoTime, codes).listenOn(screen);
    }

    @Override
    public void stop() {
        if (keystrokes != null) {
            keystrokes.stop();
            keystrokes = null;
        }
    }
}
