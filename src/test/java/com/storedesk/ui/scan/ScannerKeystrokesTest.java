package com.storedesk.ui.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A scanner heard on a whole screen: the code is taken back out of the focused field and handed over once. */
class ScannerKeystrokesTest {

    private static final long MS = 1_000_000L;

    private final List<String> scans = new ArrayList<>();
    private final AtomicInteger defaultButtonPresses = new AtomicInteger();
    private long now = 5_000 * MS;
    private TextField search;
    private Button button;
    private ScannerKeystrokes scanner;

    @BeforeEach
    void show() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            search = new TextField();
            button = new Button("Search");
            button.setDefaultButton(true);
            button.setOnAction(e -> defaultButtonPresses.incrementAndGet());
            VBox screen = new VBox(search, button);
            scanner = new ScannerKeystrokes(() -> now, scans::add).listenOn(screen);
            stage.setScene(new Scene(screen, 300, 120));
            stage.show();
        });
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> scanner.stop());
    }

    @Test
    void aScanIntoTheFocusedFieldIsTakenBackOutAndHandedToTheScreen() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            search.requestFocus();
            search.setText("Ada ");
            search.end();
        });

        type(search, "4006381333931\r", 6);

        assertThat(scans).containsExactly("4006381333931");
        assertThat(search.getText()).isEqualTo("Ada ");
        assertThat(defaultButtonPresses).hasValue(0);
    }

    @Test
    void aScanWithNoFieldFocusedStillArrives() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> button.requestFocus());

        type(button, "LOY-00412345\r", 4);

        assertThat(scans).containsExactly("LOY-00412345");
    }

    @Test
    void aPersonTypingAndPressingEnterIsLeftAlone() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> search.requestFocus());

        type(search, "Smith\r", 140);

        assertThat(scans).isEmpty();
        assertThat(search.getText()).isEqualTo("Smith");
        assertThat(defaultButtonPresses).as("a person's Enter still presses the default button").hasValue(1);
    }

    /** Keys as a keyboard sends them: Enter pressed (where fields and buttons act), then typed; characters typed. */
    private void type(Node target, String text, long gapMillis) throws Exception {
        for (char c : text.toCharArray()) {
            now += gapMillis * MS;
            WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
                if (c == '\r') {
                    Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false,
                            false, false));
                }
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            });
        }
    }
}
