package com.storedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class KioskInputTest {

    @Test
    void aKioskStartsWithTheOnScreenKeyboardAndTouch() {
        Properties system = new Properties();
        KioskInput.prepare(true, system);
        assertThat(system).containsEntry(KioskInput.VIRTUAL_KEYBOARD, "javafx").containsEntry(KioskInput.TOUCH, "true");
    }

    @Test
    void aDeskStartsWithoutThemAndItsChoiceIsKept() {
        Properties desk = new Properties();
        KioskInput.prepare(false, desk);
        assertThat(desk).isEmpty();

        Properties withKeyboard = new Properties();
        withKeyboard.setProperty(KioskInput.VIRTUAL_KEYBOARD, "none");
        KioskInput.prepare(true, withKeyboard);
        assertThat(withKeyboard).containsEntry(KioskInput.VIRTUAL_KEYBOARD, "none");
    }
}
