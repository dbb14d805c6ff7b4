package com.storedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.Evidence;
import com.storedesk.actions.Figure;
import com.storedesk.actions.Proposal;
import com.storedesk.actions.Proposer;
import com.storedesk.actions.Rationale;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.TestInstallation;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The inbox's navigation button counts what awaits the user's decision, and follows new proposals. */
@ExtendWith(ApplicationExtension.class)
class NavigationBadgeTest {

    private Stage stage;
    private ShellFixture fixture;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theInboxBadgeCountsActionsAwaitingADecisionAndHidesAtZero(FxRobot robot) {
        fixture = ShellFixture.open(stage, TestInstallation.create());
        Label badge = robot.lookup("#nav-badge-" + Screens.INBOX).queryAs(Label.class);
        FxWait.until(() -> fixture.shell.currentScreenId().isPresent());
        assertThat(FxWait.shown(badge)).as("nothing awaits").isFalse();

        long store = fixture.context.stores().listStores().get(0).id();
        propose(store, 7, "20");
        propose(store, 8, "30");
        FxWait.runFx(fixture.shell::refreshBadges);
        FxWait.until(() -> FxWait.onFx(badge::getText).equals("2") && FxWait.shown(badge));
        FxWait.until(() -> robot.lookup(".notification-bar").tryQuery().isPresent());
        assertThat(FxWait.onFx(() -> robot.lookup(".notification-bar .title").queryAs(Label.class).getText()))
                .isEqualTo("Awaiting your decision");

        fixture.context.actions().approveAll(fixture.context.session(),
                fixture.context.actions().awaitingDecision(fixture.context.session()).stream()
                        .map(a -> a.id()).toList());
        FxWait.runFx(fixture.shell::refreshBadges);
        FxWait.until(() -> !FxWait.shown(badge));
    }

    private void propose(long store, long product, String percent) {
        fixture.context.actions().propose(new Proposal(store, new ActionChange.SaleDiscount(null, product, "SKU-" + product,
                "Product " + product, new BigDecimal(percent), 1_000, Currency.getInstance("USD")),
                Rationale.of("action.rationale.clearance", Figure.text("Product"), Figure.count(1), Figure.days(BigDecimal.ONE),
                        Figure.percent(new BigDecimal(percent))),
                Evidence.of(List.of()), Proposer.rule("clearance"), TestInstallation.NOW.plus(Duration.ofDays(1))));
    }
}
