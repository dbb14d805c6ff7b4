package com.storedesk.ui.copilot;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.config.Theme;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.testing.ClippedText;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.SeededDemo;
import com.storedesk.testing.TestStage;
import com.storedesk.ui.RecordingShell;
import com.storedesk.ui.Themes;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.BackgroundTasks;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The copilot on a kiosk, as an associate finds a loyalty member of the demo chain. */
@ExtendWith(ApplicationExtension.class)
class CopilotScreenTest {



    private Stage stage;
    private BackgroundTasks tasks;
    private CopilotController copilot;

    /** Opening the copilot starts the knowledge index; no test run ends while its model is still loading. */
    @AfterAll
    static void waitForTheKnowledgeIndex() {
        SeededDemo.context().knowledge().start().join();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aScannedCardShowsTheMembersProfileReadablyOnAKiosk(Language language, FxRobot robot) throws SQLException {
        AppContext context = SeededDemo.context();
        String card = mostFrequentCard(context);
        show(context, language);

        // A handheld scanner types the card's number and Enter into the focused field.
        FxWait.runFx(() -> {
            TextField search = robot.lookup("#copilot-search").queryAs(TextField.class);
            search.setText(card);
            search.fireEvent(new javafx.event.ActionEvent());
        });
        FxWait.until(() -> FxWait.shown(robot, "#copilot-name"));

        Messages messages = new Messages(language);
        assertThat(robot.lookup("#copilot-name").queryAs(Label.class).getText()).isNotBlank();
        assertThat(FxWait.onFx(() -> ((javafx.scene.layout.FlowPane) stage.getScene().lookup("#copilot-categories"))
                .getChildren())).isNotEmpty();
        assertThat(robot.lookup("#copilot-habit").queryAs(Label.class).getText())
                .isNotEqualTo(messages.get("copilot.habit.unknown"));
        assertThat(FxWait.onFx(() -> ((javafx.scene.layout.VBox) stage.getScene().lookup("#copilot-purchases"))
                .getChildren())).hasSize(5);
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "copilot-kiosk-" + language.tag())))
                .isRegularFile();
    }

    @Test
    void aCardScannedWhileAnotherFieldHasTheFocusFindsTheMemberAndLeavesThatFieldAlone(FxRobot robot)
            throws SQLException {
        AppContext context = SeededDemo.context();
        String card = mostFrequentCard(context);
        show(context, Language.ENGLISH);
        TextField question = robot.lookup("#copilot-question").queryAs(TextField.class);
        FxWait.runFx(() -> {
            question.requestFocus();
            question.setText("size M?");
            question.end();
        });

        // A handheld scanner: the card's characters within milliseconds, then Enter.
        FxWait.runFx(() -> {
            for (char c : card.toCharArray()) {
                question.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
            question.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        FxWait.until(() -> FxWait.shown(robot, "#copilot-name"));

        assertThat(robot.lookup("#copilot-search").queryAs(TextField.class).getText()).isEqualTo(card);
        assertThat(FxWait.onFx(() -> question.getText())).as("the card taken back out of the question").isEqualTo("size M?");
        assertThat(robot.lookup("#copilot-answer").tryQuery().filter(n -> n.isVisible())).as("nothing was asked").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aQuestionWithoutAModelIsAnsweredFromTheGuidesWithItsSources(Language language, FxRobot robot)
            throws SQLException {
        AppContext context = SeededDemo.context();
        String card = mostFrequentCard(context);
        show(context, language);
        FxWait.runFx(() -> {
            TextField search = robot.lookup("#copilot-search").queryAs(TextField.class);
            search.setText(card);
            search.fireEvent(new javafx.event.ActionEvent());
        });
        FxWait.until(() -> FxWait.shown(robot, "#copilot-name"));

        ask(robot, "What is the return window for opened electronics?");
        FxWait.until(() -> FxWait.shown(robot, "#copilot-answer"));

        Messages messages = new Messages(language);
        assertThat(robot.lookup("#copilot-answer").queryAs(Label.class).getText())
                .startsWith(messages.get("copilot.ask.answer.passages"));
        assertThat(robot.lookup("#copilot-answer-mode").queryAs(Label.class).getText())
                .isEqualTo(messages.get("assist.mode.templateNoModel"));
        assertThat(FxWait.onFx(() -> sourceTexts(stage))).contains(messages.get("copilot.ask.source",
                messages.get("copilot.ask.source.knowledge"), "Return and exchange policy \u203A Opened electronics"));
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "copilot-ask-kiosk-" + language.tag())))
                .isRegularFile();
    }

    @Test
    void aStockQuestionShowsTheTableAndTheNextCustomerClearsTheConversation(FxRobot robot) {
        show(SeededDemo.context(), Language.ENGLISH);

        ask(robot, "Is the French Press 34 oz in stock at another store?");
        FxWait.until(() -> FxWait.shown(robot, "#copilot-stock"));
        assertThat(robot.lookup("#copilot-answer").queryAs(Label.class).getText()).startsWith("French Press 34 oz (");
        assertThat(FxWait.onFx(() -> ((javafx.scene.layout.GridPane) stage.getScene().lookup("#copilot-stock"))
                .getRowCount())).isEqualTo(1 + SeededDemo.context().stores().listStores().size());
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "copilot-ask-stock-kiosk-en"))).isRegularFile();

        FxWait.runFx(() -> robot.lookup("#copilot-clear").queryAs(Button.class).fire());
        assertThat(robot.lookup("#copilot-answer").tryQuery()).isEmpty();
        assertThat(robot.lookup("#copilot-question").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void aNameWithSeveralMatchesListsThemAndTheNextCustomerStartsEmpty(FxRobot robot) throws SQLException {
        AppContext context = SeededDemo.context();
        String firstName = commonFirstName(context);
        show(context, Language.ENGLISH);

        search(robot, firstName);
        FxWait.until(() -> FxWait.shown(robot, "#copilot-matches"));
        ListView<?> matches = robot.lookup("#copilot-matches").queryAs(ListView.class);
        assertThat(matches.getItems()).hasSizeGreaterThan(1);
        FxWait.runFx(() -> matches.getSelectionModel().select(1));
        FxWait.until(() -> FxWait.shown(robot, "#copilot-name"));
        assertThat(FxWait.shown(robot, "#copilot-matches")).as("the list gives way to the profile").isFalse();

        FxWait.runFx(() -> robot.lookup("#copilot-clear").queryAs(Button.class).fire());
        assertThat(robot.lookup("#copilot-name").tryQuery()).isEmpty();
        assertThat(robot.lookup("#copilot-search").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void noMatchSaysWhatToTryInstead(FxRobot robot) {
        show(SeededDemo.context(), Language.ENGLISH);
        search(robot, "nobody-here@example.com");
        FxWait.until(() -> FxWait.shown(robot, "#copilot-note"));
        assertThat(robot.lookup("#copilot-note").queryAs(Label.class).getText())
                .isEqualTo(new Messages(Language.ENGLISH).get("copilot.search.none", "nobody-here@example.com"));
        assertThat(robot.lookup("#copilot-name").tryQuery()).isEmpty();
    }

    private void ask(FxRobot robot, String text) {
        FxWait.runFx(() -> {
            robot.lookup("#copilot-question").queryAs(TextField.class).setText(text);
            robot.lookup("#copilot-ask").queryAs(Button.class).fire();
        });
    }

    private static java.util.List<String> sourceTexts(Stage stage) {
        return ((javafx.scene.layout.VBox) stage.getScene().lookup("#copilot-sources")).getChildren().stream()
                .map(node -> ((Label) node).getText()).toList();
    }

    private void search(FxRobot robot, String text) {
        FxWait.runFx(() -> {
            robot.lookup("#copilot-search").queryAs(TextField.class).setText(text);
            robot.lookup("#copilot-find").queryAs(Button.class).fire();
        });
    }

    private void show(AppContext context, Language language) {
        // Two, as the window has: the suggestions' first read (seconds) does not hold up a question.
        tasks = BackgroundTasks.withThreads(2);
        UiContext ui = new UiContext(context, new Messages(language), tasks,
                new RecordingShell());
        FxWait.runFx(() -> {
            Themes.apply(Theme.LIGHT);
            copilot = new CopilotController(ui);
            // As the shell shows it on a kiosk: larger text and touch targets.
            StackPane kiosk = new StackPane(copilot.view());
            kiosk.getStyleClass().add("kiosk");
            TestStage.show(stage, (Parent) kiosk, 1280, 800);
            copilot.onActivate();
        });
    }

    /** The loyalty card of the member with the most visits. */
    private static String mostFrequentCard(AppContext context) throws SQLException {
        return single(context, "SELECT c.loyalty_id FROM customer c JOIN sale s ON s.customer_id = c.id"
                + " WHERE c.loyalty_id IS NOT NULL GROUP BY c.loyalty_id ORDER BY COUNT(*) DESC, c.loyalty_id");
    }

    private static String commonFirstName(AppContext context) throws SQLException {
        return single(context, "SELECT first_name FROM customer WHERE first_name IS NOT NULL"
                + " GROUP BY first_name ORDER BY COUNT(*) DESC, first_name");
    }

    private static String single(AppContext context, String sql) throws SQLException {
        try (Connection connection = context.database().dataSource().getConnection();
                Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
