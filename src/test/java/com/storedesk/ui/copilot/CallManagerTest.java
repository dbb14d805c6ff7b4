package com.storedesk.ui.copilot;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.ActionFilter;
import com.storedesk.actions.ActionStatus;
import com.storedesk.actions.ActionType;
import com.storedesk.actions.ProposedAction;
import com.storedesk.app.AppContext;
import com.storedesk.config.Theme;
import com.storedesk.data.entity.Customer;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.testing.ClippedText;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.TestInstallation;
import com.storedesk.testing.TestStage;
import com.storedesk.ui.RecordingShell;
import com.storedesk.ui.Themes;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.BackgroundTasks;
import java.util.List;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An associate at the Downtown kiosk calls a manager from the copilot, and sees the answer arrive. */
@ExtendWith(ApplicationExtension.class)
class CallManagerTest {

    private static final String CARD = "LOY-7001";

    private final RecordingShell shell = new RecordingShell();
    private Stage stage;
    private AppContext context;
    private BackgroundTasks tasks;
    private CopilotController copilot;
    private long downtown;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        FxWait.runFx(() -> copilot.onDeactivate());
        tasks.close();
        context.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aCallWithTheCustomerShownReachesTheInboxAndTheAnswerShowsOnTheKiosk(Language language, FxRobot robot) {
        open(language, "DT01");
        Messages messages = new Messages(language);
        search(robot, CARD);
        FxWait.until(() -> FxWait.shown(robot, "#copilot-name"));
        FxWait.runFx(() -> copilot.callManager().heard("Can this kettle be returned once opened?",
                "Opened small appliances come back within 14 days with the receipt."));

        FxWait.runFx(() -> {
            robot.lookup("#copilot-help-reason").queryAs(TextField.class).setText("customer wants a price match");
            button(robot, "#copilot-call-manager").fire();
        });
        FxWait.until(() -> FxWait.shown(robot, "#copilot-help-state"));

        ProposedAction request = onlyRequest();
        assertThat(request.storeId()).isEqualTo(downtown);
        ActionChange.AssistanceRequest asked = (ActionChange.AssistanceRequest) request.change();
        assertThat(asked.loyaltyId()).isEqualTo(CARD);
        assertThat(asked.customerId()).isNotNull();
        assertThat(asked.reason()).isEqualTo("customer wants a price match");
        assertThat(request.evidence().figures()).extracting(f -> f.figure().value())
                .contains("Can this kettle be returned once opened?");
        assertThat(stateText(robot)).isEqualTo(messages.get("copilot.help.asked", Long.toString(request.id())));
        assertThat(robot.lookup("#copilot-help-reason").queryAs(TextField.class).getText()).isEmpty();
        assertThat(shell.badgeRefreshes.get()).as("the inbox's count on this machine").isPositive();
        assertThat(FxWait.onFx(() -> button(robot, "#copilot-call-manager").getHeight()))
                .as("a large touch target on the kiosk").isGreaterThanOrEqualTo(64);
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "copilot-call-manager-kiosk-"
                + language.tag()))).isRegularFile();

        context.actions().approve(new UserSession("Sam", Role.STORE_MANAGER, false, Set.of(downtown), "sam"),
                request.id());
        FxWait.until(() -> stateText(robot).equals(messages.get("copilot.help.onTheWay", "Sam",
                Long.toString(request.id()))));
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "copilot-manager-coming-kiosk-"
                + language.tag()))).isRegularFile();
    }

    @Test
    void aSecondPressWhileOneWaitsSaysItIsAlreadyAskedAndAddsNothing(FxRobot robot) {
        open(Language.ENGLISH, "DT01");
        FxWait.runFx(() -> button(robot, "#copilot-call-manager").fire());
        FxWait.until(() -> FxWait.shown(robot, "#copilot-help-state"));
        long id = onlyRequest().id();

        FxWait.runFx(() -> button(robot, "#copilot-call-manager").fire());
        FxWait.until(() -> stateText(robot).equals("A manager has already been asked \u2014 request #" + id
                + ". Please wait for the answer."));
        assertThat(onlyRequest().id()).isEqualTo(id);
        assertThat(onlyRequest().change()).isEqualTo(new ActionChange.AssistanceRequest("Maria", null, null, null));
    }

    @Test
    void aDeclineIsShownWithTheManagersReasonAndTheNextCustomerStartsClean(FxRobot robot) {
        open(Language.ENGLISH, "DT01");
        FxWait.runFx(() -> button(robot, "#copilot-call-manager").fire());
        FxWait.until(() -> FxWait.shown(robot, "#copilot-help-state"));
        long id = onlyRequest().id();

        context.actions().reject(new UserSession("Sam", Role.STORE_MANAGER, false, Set.of(downtown), "sam"), id,
                "in a delivery, ask Ben");
        FxWait.until(() -> stateText(robot).equals("Sam cannot come: in a delivery, ask Ben \u2014 request #" + id + "."));

        FxWait.runFx(() -> button(robot, "#copilot-clear").fire());
        assertThat(FxWait.shown(robot, "#copilot-help-state")).isFalse();
    }

    @Test
    void aDeviceServingNoStoreSaysHowToChooseOne(FxRobot robot) {
        open(Language.ENGLISH, null);
        FxWait.runFx(() -> button(robot, "#copilot-call-manager").fire());
        FxWait.until(() -> FxWait.shown(robot, "#copilot-help-error"));
        assertThat(FxWait.onFx(() -> robot.lookup("#copilot-help-error")
                .queryAs(atlantafx.base.controls.Message.class).getDescription()))
                .isEqualTo(new Messages(Language.ENGLISH).get("copilot.help.noStore"));
        assertThat(context.actions().list(new UserSession("it", Role.ADMINISTRATOR, true, Set.of()),
                ActionFilter.all())).isEmpty();
    }

    /**
     * A kiosk installation with the two test stores and one loyalty member; Maria, an associate of
     * every store when {@code kioskStore} is null (so no one store is hers), else of Downtown.
     */
    private void open(Language language, String kioskStore) {
        context = TestInstallation.create().language(language)
                .settings(s -> kioskStore == null ? s : s.withKioskStore(kioskStore)).open(true);
        TestInstallation.seedStores(context);
        context.database().writeVoid(session -> {
            Customer customer = new Customer("demo", "cust-7001");
            customer.setLoyaltyId(CARD);
            customer.setFirstName("Ada");
            customer.setLastName("Example");
            session.persist(customer);
        });
        downtown = context.stores().listStores().stream().filter(s -> s.code().equals("DT01")).findFirst()
                .orElseThrow().id();
        context.useSession(kioskStore == null ? new UserSession("Maria", Role.ASSOCIATE, true, Set.of(), "maria")
                : new UserSession("Maria", Role.ASSOCIATE, false, Set.of(downtown), "maria"));
        tasks = BackgroundTasks.withThreads(1);
        UiContext ui = new UiContext(context, new Messages(language), tasks, shell);
        FxWait.runFx(() -> {
            Themes.apply(Theme.LIGHT);
            copilot = new CopilotController(ui);
            StackPane kiosk = new StackPane(copilot.view());
            kiosk.getStyleClass().add("kiosk");
            TestStage.show(stage, (Parent) kiosk, 1280, 800);
        });
    }

    private ProposedAction onlyRequest() {
        List<ProposedAction> all = context.actions().list(new UserSession("it", Role.ADMINISTRATOR, true, Set.of()),
                ActionFilter.all().withTypes(Set.of(ActionType.ASSISTANCE)));
        assertThat(all).hasSize(1);
        assertThat(all.get(0).status()).isIn(ActionStatus.PROPOSED, ActionStatus.HANDLED, ActionStatus.REJECTED);
        return all.get(0);
    }

    private static void search(FxRobot robot, String text) {
        FxWait.runFx(() -> {
            robot.lookup("#copilot-search").queryAs(TextField.class).setText(text);
            button(robot, "#copilot-find").fire();
        });
    }

    private static String stateText(FxRobot robot) {
        return FxWait.onFx(() -> robot.lookup("#copilot-help-text").queryAs(javafx.scene.control.Label.class)
                .getText());
    }

    private static Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryButton();
    }
}
