package com.storedesk.ui;

import java.util.Properties;

/**
 * A kiosk has a touch screen and often no keyboard: JavaFX's own on-screen keyboard then opens
 * under any focused text field. JavaFX reads these properties once, when the toolkit starts, so
 * they are set before it; a value IT gave with {@code -D} on the command line is kept (for
 * instance {@code -Dcom.sun.javafx.virtualKeyboard=none} on a kiosk with a real keyboard).
 */
final class KioskInput {

    static final String VIRTUAL_KEYBOARD = "com.sun.javafx.virtualKeyboard";
    static final String TOUCH = "com.sun.javafx.touch";

    private KioskInput() {
    }

    static void prepare(boolean kiosk, Properties system) {
        if (kiosk) {
            system.putIfAbsent(VIRTUAL_KEYBOARD, "javafx");
            system.putIfAbsent(TOUCH, "true");
        }
    }
}
