package com.storedesk.ui.scan;

import com.storedesk.planogram.scan.KeyboardWedge;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Hears a handheld scanner anywhere on a screen, whichever control has the focus (or none). Its
 * keystrokes arrive as typing, so a text field that had the focus has received the code by the time
 * the closing Enter shows it was a scan: the code is taken back out of that field and handed to the
 * screen instead, and that Enter goes no further (it would press the field's action or the default
 * button). Characters arrive as typed keys; Enter and Tab as pressed keys, which is where a field or a
 * button acts on them.
 */
public final class ScannerKeystrokes {

    private final KeyboardWedge wedge = new KeyboardWedge();
    private final LongSupplier nanos;
    private final Consumer<String> scanned;
    private final EventHandler<KeyEvent> typedFilter = this::typed;
    private final EventHandler<KeyEvent> pressedFilter = this::pressed;
    private Node node;

    /**
     * @param nanos a monotonic clock, {@link System#nanoTime()} but in tests
     * @param scanned receives each scanned code, on the FX thread
     */
    public ScannerKeystrokes(LongSupplier nanos, Consumer<String> scanned) {
        this.nanos = Objects.requireNonNull(nanos, "nanos");
        this.scanned = Objects.requireNonNull(scanned, "scanned");
    }

    /** Hears scans on {@code screen} and everything in it until {@link #stop()}. */
    public ScannerKeystrokes listenOn(Node screen) {
        stop();
        node = Objects.requireNonNull(screen, "screen");
        node.addEventFilter(KeyEvent.KEY_TYPED, typedFilter);
        node.addEventFilter(KeyEvent.KEY_PRESSED, pressedFilter);
        return this;
    }

    public void stop() {
        if (node != null) {
            node.removeEventFilter(KeyEvent.KEY_TYPED, typedFilter);
            node.removeEventFilter(KeyEvent.KEY_PRESSED, pressedFilter);
            node = null;
        }
    }

    private void typed(KeyEvent event) {
        String character = event.getCharacter();
        if (character != null && character.length() == 1 && !Character.isISOControl(character.charAt(0))) {
            wedge.typed(character.charAt(0), nanos.getAsLong());
        }
    }

    private void pressed(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER && event.getCode() != KeyCode.TAB) {
            return;
        }
        wedge.typed(event.getCode() == KeyCode.ENTER ? '\r' : '\t', nanos.getAsLong()).ifPresent(code -> {
            event.consume();
            if (node.getScene() != null && node.getScene().getFocusOwner() instanceof TextInputControl field) {
                takeBack(field, code);
            }
            scanned.accept(code);
        });
    }

    /** Removes the code the scanner typed into {@code field} just before the caret, if it is there. */
    private static void takeBack(TextInputControl field, String code) {
        int end = field.getCaretPosition();
        int start = end - code.length();
        if (start >= 0 && field.getText().substring(start, end).equals(code)) {
            field.deleteText(start, end);
        }
    }
}
