package com.storedesk.planogram.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A scanner's quick run of characters ended by Enter is a scan; a person's typing never is. */
class KeyboardWedgeTest {

    private static final long MS = 1_000_000L;

    private final KeyboardWedge wedge = new KeyboardWedge();
    private long now = 1_000 * MS;

    @Test
    void aScannersRunEndedByEnterIsOneCode() {
        assertThat(type("4006381333931", 8)).isEmpty();
        assertThat(wedge.pending()).isEqualTo(13);
        assertThat(press('\r', 8)).contains("4006381333931");
        assertThat(wedge.pending()).isZero();
    }

    @Test
    void aPersonTypingTheSameDigitsIsNotAScan() {
        type("4006381333931", 120);
        assertThat(press('\r', 150)).isEmpty();
    }

    @Test
    void aRunAfterAPersonsTypingStartsFromItsFirstQuickCharacter() {
        type("abc", 200);
        now += 400 * MS;
        type("96385074", 5);
        assertThat(press('\n', 5)).contains("96385074");
    }

    @Test
    void aShortQuickRunIsAPersonsDoubleKeyNotABarcode() {
        type("12345", 5);
        assertThat(press('\r', 5)).isEmpty();
    }

    @Test
    void anEnterLongAfterTheRunDoesNotMakeItAScan() {
        type("4006381333931", 5);
        assertThat(press('\r', 500)).isEmpty();
    }

    @Test
    void aScannerEndingCodesWithTabWorksAndTwoScansInARowAreTwoCodes() {
        List<String> codes = new ArrayList<>();
        type("012345678905", 4);
        press('\t', 4).ifPresent(codes::add);
        now += 300 * MS;
        type("LOY-12345678", 4);
        press('\r', 4).ifPresent(codes::add);
        assertThat(codes).containsExactly("012345678905", "LOY-12345678");
    }

    private Optional<String> type(String text, long gapMillis) {
        Optional<String> last = Optional.empty();
        for (char c : text.toCharArray()) {
            last = press(c, gapMillis);
        }
        return last;
    }

    private Optional<String> press(char c, long gapMillis) {
        now += gapMillis * MS;
        return wedge.typed(c, now);
    }
}
