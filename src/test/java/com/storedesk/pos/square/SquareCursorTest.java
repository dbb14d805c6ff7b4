package com.storedesk.pos.square;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SquareCursorTest {

    private static final Instant SINCE = Instant.parse("2025-03-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2025-03-15T12:00:00.123Z");

    @Test
    void squaresOwnCursorSurvivesVerbatimWhateverItHolds() {
        SyncCursor cursor = new SyncCursor(Phase.ORDERS, SINCE, UNTIL, "N:ab|c/d+e=f|");

        assertThat(SyncCursor.parse(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).isEqualTo("sq1|ORDERS|2025-03-01T00:00:00Z|2025-03-15T12:00:00.123Z|N:ab|c/d+e=f|");
    }

    @Test
    void aPassGoesThroughEveryPhaseThenPointsAtTheNextPass() {
        SyncCursor at = SyncCursor.firstPass(UNTIL);
        StringBuilder phases = new StringBuilder();
        SyncCursor last = at;
        for (; at != null; at = at.nextPhase()) {
            phases.append(at.phase()).append(' ');
            last = at;
        }
        assertThat(phases.toString().trim()).isEqualTo("LOCATION TEAM CATALOG CUSTOMERS INVENTORY ORDERS");
        SyncCursor next = last.followingPass();
        assertThat(next).isEqualTo(new SyncCursor(Phase.LOCATION, UNTIL.minus(SyncCursor.OVERLAP), null, null));
        assertThat(SyncCursor.parse(next.encode())).isEqualTo(next);
        assertThat(next.started(UNTIL.plusSeconds(60)).until()).isEqualTo(UNTIL.plusSeconds(60));
    }

    @Test
    void aCursorFromElsewhereIsRefused() {
        assertThatThrownBy(() -> SyncCursor.parse("2025-03-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyncCursor.parse("sq1|NOPE|-|-|")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyncCursor.parse("sq1|ORDERS|yesterday|-|")).isInstanceOf(IllegalArgumentException.class);
    }
}
