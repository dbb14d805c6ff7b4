package com.storedesk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.testing.ClippedText;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.TestInstallation;
import com.storedesk.testing.TestStage;
import com.storedesk.ui.RecordingShell;
import com.storedesk.ui.Themes;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.concurrent.BackgroundTasks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AuditScreenTest {

    private Stage stage;
    private AppContext context;
    private BackgroundTasks tasks;
    private AuditController audit;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        FxWait.runFx(audit::onDeactivate);
        tasks.close();
        context.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theTrailShowsNewestFirstWithADetailAreaReadably(Language language, FxRobot robot) {
        show(language);
        TableView<AuditModel.Row> table = entries(robot);
        FxWait.until(() -> table.getItems().size() == 6);
        assertThat(table.getItems()).extracting(row -> row.entry().sequence()).containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
        Messages messages = new Messages(language);
        assertThat(table.getItems().get(0).action()).isEqualTo(messages.get("audit.action.LLM_CALL"));
        assertThat(table.getItems().get(0).store()).isEqualTo("DT01");
        assertThat(table.getItems().get(0).detailsShort()).endsWith("\u2026").hasSize(AuditController.SHORT_DETAILS);

        FxWait.runFx(() -> table.getSelectionModel().select(2));
        FxWait.until(() -> text(robot, "#audit-detail-sequence").equals("4"));
        assertThat(text(robot, "#audit-detail-details")).isEqualTo("discount=20%\nitems=3");
        assertThat(text(robot, "#audit-detail-store")).isEqualTo("DT01  Downtown Flagship");
        assertThat(text(robot, "#audit-detail-hash")).hasSize(64);

        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "audit-" + language.tag()))).isRegularFile();
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
    }

    @Test
    void filtersNarrowTheEntries(FxRobot robot) {
        show(Language.ENGLISH);
        TableView<AuditModel.Row> table = entries(robot);
        FxWait.until(() -> table.getItems().size() == 6);

        robot.clickOn("#audit-user").write("ann");
        FxWait.until(() -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(AuditModel.Row::user).containsOnly("ann");

        ComboBox<AuditModel.ActionChoice> action = robot.lookup("#audit-action").queryComboBox();
        FxWait.runFx(() -> action.getSelectionModel().select(action.getItems().stream()
                .filter(c -> c.action() == AuditAction.ACTION_APPROVED).findFirst().orElseThrow()));
        FxWait.until(() -> table.getItems().size() == 1);
        assertThat(text(robot, "#audit-summary")).isEqualTo("1 matching entries.");

        FxWait.runFx(audit::clearFilters);
        FxWait.until(() -> table.getItems().size() == 6);
        ComboBox<AuditModel.StoreChoice> store = robot.lookup("#audit-store").queryComboBox();
        FxWait.until(() -> store.getItems().size() == 3);
        FxWait.runFx(() -> store.getSelectionModel().select(2));
        FxWait.until(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).subject()).isEqualTo("action-2");
    }

    @Test
    void verifyShowsAnIntactChainAndThenNamesATamperedEntry(FxRobot robot) throws Exception {
        show(Language.ENGLISH);
        FxWait.until(() -> entries(robot).getItems().size() == 6);

        robot.clickOn("#audit-verify");
        FxWait.until(() -> FxWait.shown(robot, "#audit-verification-ok"));
        String head = context.auditVerifier().verify().headHash();
        assertThat(description(robot, "#audit-verification-ok")).contains("6").contains(head);
        assertThat(FxWait.shown(robot, "#audit-verification-broken")).isFalse();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "audit-verified-en"))).isRegularFile();

        try (Connection connection = context.database().dataSource().getConnection();
                Statement sql = connection.createStatement()) {
            sql.executeUpdate("UPDATE audit_log SET actor = 'nobody' WHERE seq = 2");
        }
        robot.clickOn("#audit-verify");
        FxWait.until(() -> FxWait.shown(robot, "#audit-verification-broken"));
        assertThat(description(robot, "#audit-verification-broken"))
                .isEqualTo("Entry 2 was changed: its contents no longer match its hash.");
        assertThat(FxWait.shown(robot, "#audit-verification-ok")).isFalse();
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "audit-tampered-en"))).isRegularFile();
    }

    @Test
    void exportWritesTheFilteredEntriesOffTheFxThread(FxRobot robot) throws Exception {
        show(Language.ENGLISH);
        FxWait.until(() -> entries(robot).getItems().size() == 6);
        robot.clickOn("#audit-user").write("bob");
        FxWait.until(() -> entries(robot).getItems().size() == 2);
        Path file = Files.createTempDirectory("audit-export").resolve("audit.csv");

        FxWait.runFx(() -> audit.exportCsv(file));
        FxWait.until(() -> FxWait.shown(robot, "#audit-notice"));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(",bob,");
        assertThat(description(robot, "#audit-notice")).contains("Exported 2 entries");
    }

    private void show(Language language) {
        context = TestInstallation.create().language(language).open(false);
        TestInstallation.seedStores(context);
        List<StoreSummary> stores = context.stores().listStores();
        long downtown = stores.stream().filter(s -> s.code().equals("DT01")).findFirst().orElseThrow().id();
        long mall = stores.stream().filter(s -> s.code().equals("ML02")).findFirst().orElseThrow().id();
        context.audit().record(new AuditEvent("ann", AuditAction.SIGN_IN, null, "ann", Map.of()));
        context.audit().record(new AuditEvent("bob", AuditAction.SIGN_IN_FAILED, null, "bob", Map.of("attempt", "2")));
        context.audit().record(new AuditEvent("ann", AuditAction.ACTION_PROPOSED, downtown, "action-1",
                Map.of("type", "markdown")));
        context.audit().record(new AuditEvent("ann", AuditAction.ACTION_APPROVED, downtown, "action-1",
                Map.of("discount", "20%", "items", "3")));
        context.audit().record(new AuditEvent("bob", AuditAction.ACTION_REJECTED, mall, "action-2",
                Map.of("reason", "Price already lowered last week")));
        context.audit().record(new AuditEvent("system", AuditAction.LLM_CALL, downtown, "daily-briefing",
                Map.of("model", "gpt-4o-mini", "prompt", "briefing@3", "latencyMs", "840", "outcome", "ok")));
        tasks = BackgroundTasks.withThreads(1);
        audit = FxWait.onFx(() -> {
            AuditController controller = new AuditController(
                    new UiContext(context, new Messages(language), tasks, new RecordingShell()));
            Themes.apply(com.storedesk.config.Theme.LIGHT);
            TestStage.show(stage, (Parent) controller.view(), 1060, 720);
            controller.onActivate();
            return controller;
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<AuditModel.Row> entries(FxRobot robot) {
        return robot.lookup("#audit-entries").queryAs(TableView.class);
    }

    private static String description(FxRobot robot, String query) {
        return FxWait.onFx(() -> robot.lookup(query).queryAs(atlantafx.base.controls.Message.class).getDescription());
    }

    private static String text(FxRobot robot, String query) {
        return FxWait.onFx(() -> robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse(""));
    }
}
