package com.storedesk.planogram.scan.camera;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.planogram.scan.ScannedCode;
import com.storedesk.planogram.scan.Symbology;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatFilterTest {

    private static final long MS = 1_000_000L;
    private final ScannedCode a = new ScannedCode(Symbology.EAN_13, "4006381333931", 100, 50);
    private final ScannedCode b = new ScannedCode(Symbology.EAN_8, "96385074", 300, 50);
    private final RepeatFilter filter = new RepeatFilter(Duration.ofMillis(500), 2);

    @Test
    void aCodeCountsOnItsSecondFrameAndNotAgainWhileInView() {
        assertThat(filter.frame(List.of(a), 0)).isEmpty();
        assertThat(filter.frame(List.of(a, b), 40 * MS)).containsExactly(a);
        assertThat(filter.frame(List.of(a, b), 80 * MS)).containsExactly(b);
        // A few frames that missed it do not make it new.
        assertThat(filter.frame(List.of(), 400 * MS)).isEmpty();
        assertThat(filter.frame(List.of(a), 450 * MS)).isEmpty();
    }

    @Test
    void aCodeOutOfViewLongerThanTheGapCountsAgain() {
        filter.frame(List.of(a), 0);
        filter.frame(List.of(a), 40 * MS);

        assertThat(filter.frame(List.of(a), 600 * MS)).isEmpty();
        assertThat(filter.frame(List.of(a), 640 * MS)).containsExactly(a);
    }

    @Test
    void readsFarApartDoNotConfirmEachOther() {
        assertThat(filter.frame(List.of(a), 0)).isEmpty();
        assertThat(filter.frame(List.of(a), 900 * MS)).isEmpty();
    }

    @Test
    void theSameCodeTwiceInOneFrameIsOneSighting() {
        assertThat(filter.frame(List.of(a, a), 0)).isEmpty();
    }
}
