package com.storedesk.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ActionStatusTest {

    @Test
    void theLifeGoesFromProposedThroughADecisionToThePosAndBack() {
        assertThat(ActionStatus.PROPOSED.next()).containsExactlyInAnyOrder(ActionStatus.APPROVED,
                ActionStatus.MANUAL, ActionStatus.HANDLED, ActionStatus.REJECTED, ActionStatus.EXPIRED);
        assertThat(ActionStatus.APPROVED.next()).containsExactly(ActionStatus.SENT);
        assertThat(ActionStatus.SENT.next()).containsExactlyInAnyOrder(ActionStatus.CONFIRMED, ActionStatus.FAILED);
        assertThat(ActionStatus.FAILED.next()).containsExactlyInAnyOrder(ActionStatus.SENT, ActionStatus.APPROVED);
    }

    @Test
    void finalStatusesGoNowhereAndNothingGoesBackToProposed() {
        for (ActionStatus done : EnumSet.of(ActionStatus.REJECTED, ActionStatus.EXPIRED, ActionStatus.CONFIRMED,
                ActionStatus.HANDLED, ActionStatus.DONE_BY_HAND, ActionStatus.NOT_DONE)) {
            assertThat(done.next()).as("%s", done).isEmpty();
        }
        for (ActionStatus status : ActionStatus.values()) {
            assertThat(status.canMoveTo(ActionStatus.PROPOSED)).as("%s", status).isFalse();
        }
        assertThat(ActionStatus.PROPOSED.canMoveTo(ActionStatus.SENT)).as("unapproved to the POS").isFalse();
        assertThat(ActionStatus.REJECTED.canMoveTo(ActionStatus.APPROVED)).isFalse();
    }
}
