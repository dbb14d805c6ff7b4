package com.storedesk.ui.planogram;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.app.DemoPlanograms;
import com.storedesk.config.Theme;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.entity.Product;
import com.storedesk.data.entity.StockLevel;
import com.storedesk.data.entity.Store;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.planogram.match.PositionStatus;
import com.storedesk.planogram.match.ShelfScans;
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
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The planogram screen on the demo planograms of store DT01: the coffee bay shown, checked with the
 * shipped walk (one item missing, two swapped, one from another shelf, a stray chocolate bar), an
 * import refused, an edit saved as a new version, and what an associate may not do.
 */
@ExtendWith(ApplicationExtension.class)
class PlanogramScreenTest {

    private static final Path SCANS = Path.of("assets", "planograms", "demo-coffee-bay.scans.txt");

    private Stage stage;
    private AppContext context;
    private BackgroundTasks tasks;
    private PlanogramController screen;
    private long store;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        if (screen != null) {
            FxWait.runFx(screen::onDeactivate);
        }
        tasks.close();
        context.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aFixtureIsShownAndCheckedReadablyInEveryLanguage(Language language, FxRobot robot) throws Exception {
        open(language);
        show(language, Role.ASSOCIATE);
        Messages messages = new Messages(language);
        TableView<PositionRow> table = robot.lookup("#planogram-positions").query();
        FxWait.until(() -> table.getItems().size() == 12);
        assertThat(FxWait.onFx(() -> comboText(robot, "#planogram-fixture"))).isEqualTo("DT01-CHOCOLATE-1");
        FxWait.runFx(() -> robot.lookup("#planogram-fixture").queryAs(ComboBox.class).getSelectionModel().select(1));
        FxWait.until(() -> table.getItems().size() == 19 && table.getItems().get(0).position().sku().equals("COF-0001"));
        assertThat(table.getItems().get(0).productName()).isEqualTo("House Blend 250 g");
        assertThat(text(robot, "#planogram-walk")).isEqualTo(messages.get("planogram.screen.check.shelf", 1, 4, 0));
        saveAndLookForClipping("planogram-view-" + language.tag());

        List<List<String>> walk = ShelfScans.parse(Files.readAllLines(SCANS));
        FxWait.runFx(() -> {
            for (int shelf = 0; shelf < walk.size(); shelf++) {
                if (shelf > 0) {
                    screen.nextShelf();
                }
                walk.get(shelf).forEach(screen::scanned);
            }
        });
        assertThat(text(robot, "#planogram-walk")).isEqualTo(messages.get("planogram.screen.check.shelf", 4, 4, 6));
        robot.clickOn("#planogram-finish");
        FxWait.until(() -> !text(robot, "#planogram-score").isEmpty());

        assertThat(table.getItems()).filteredOn(row -> row.status() == PositionStatus.MISSING)
                .extracting(row -> row.position().sku()).containsExactly("COF-0005");
        assertThat(table.getItems()).filteredOn(row -> row.status() == PositionStatus.MISPLACED)
                .extracting(row -> row.position().sku()).containsExactlyInAnyOrder("COF-0004", "COF-0012");
        ListView<String> exceptions = robot.lookup("#planogram-exceptions").query();
        assertThat(exceptions.getItems()).contains(
                messages.get("planogram.screen.exception.refill", 1, 4, "COF-0005", "7"),
                messages.get("planogram.correction.move", "COF-0012", 4, 2, 3, 1),
                messages.get("planogram.correction.remove", 3, 2, "2002000000019"));
        assertThat(text(robot, "#planogram-score")).isEqualTo(messages.get("planogram.screen.check.score",
                new com.storedesk.i18n.Formats(messages).percent(16 / 19.0)));
        FxWait.runFx(() -> robot.lookup("#planogram-tabs").queryAs(TabPane.class).getSelectionModel().select(0));
        saveAndLookForClipping("planogram-result-" + language.tag());

        TableView<?> history = robot.lookup("#planogram-history").query();
        FxWait.until(() -> history.getItems().size() == 1);
        assertThat(context.planograms().history(context.session(),
                context.planograms().fixtures(context.session(), store).get(1))).singleElement()
                .satisfies(check -> assertThat(check.checkedBy()).isEqualTo("associate.dt01"));
    }

    @Test
    void aFileWithAProblemIsRefusedWithItsLineAndNothingChanges(@TempDir Path folder) throws Exception {
        open(Language.GERMAN);
        show(Language.GERMAN, Role.STORE_MANAGER);
        Messages messages = new Messages(Language.GERMAN);
        TableView<PositionRow> table = robot().lookup("#planogram-positions").query();
        FxWait.until(() -> table.getItems().size() == 12);
        Path file = folder.resolve("tea.csv");
        Files.writeString(file, "fixture,shelf,position,sku,gtin,facings\nDT01-TEA-1,1,1,TEA-1,2001000000012,1\n"
                + "DT01-TEA-1,1,2,TEA-2,2001000000029,zwei\n");

        FxWait.runFx(() -> screen.importFile(file));
        FxWait.until(() -> !text(robot(), "#planogram-error").isEmpty());
        assertThat(text(robot(), "#planogram-error")).contains(messages.get("planogram.import.atLine", 3)).contains("zwei");
        assertThat(context.planograms().fixtures(context.session(), store)).hasSize(2);
    }

    @Test
    void aManagersEditIsSavedAsTheNextVersion() {
        open(Language.ENGLISH);
        show(Language.ENGLISH, Role.STORE_MANAGER);
        FxRobot robot = robot();
        TableView<PositionRow> table = robot.lookup("#planogram-positions").query();
        FxWait.until(() -> table.getItems().size() == 12);
        FxWait.runFx(() -> robot.lookup("#planogram-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        FxWait.runFx(() -> table.getSelectionModel().select(0));
        FxWait.until(() -> field(robot, "#planogram-edit-facings").getText().equals("2"));

        FxWait.runFx(() -> field(robot, "#planogram-edit-gtin").setText("2001000000013"));
        robot.clickOn("#planogram-edit-apply");
        assertThat(text(robot, "#planogram-error")).contains("2001000000013");
        FxWait.runFx(() -> {
            field(robot, "#planogram-edit-gtin").setText("2002000000019");
            field(robot, "#planogram-edit-facings").setText("4");
        });
        robot.clickOn("#planogram-edit-apply");
        assertThat(FxWait.shown(robot, "#planogram-unsaved")).isTrue();
        assertThat(table.getItems().get(0).position().facings()).isEqualTo(4);
        robot.clickOn("#planogram-edit-save");
        FxWait.until(() -> robot.lookup("#planogram-version").queryAs(ComboBox.class).getItems().size() == 2);
        assertThat(text(robot, "#planogram-notice")).isEqualTo("Saved as version 2.");
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "planogram-edit-en"))).isRegularFile();
        assertThat(table.getItems().get(0).position().facings()).isEqualTo(4);
    }

    @Test
    void anAssociateChecksButNeitherImportsNorEdits() {
        open(Language.FRENCH);
        show(Language.FRENCH, Role.ASSOCIATE);
        FxRobot robot = robot();
        TableView<PositionRow> table = robot.lookup("#planogram-positions").query();
        FxWait.until(() -> table.getItems().size() == 12);
        assertThat(FxWait.shown(robot, "#planogram-import")).isFalse();
        assertThat(robot.lookup("#planogram-tabs").queryAs(TabPane.class).getTabs()).extracting(tab -> tab.getId())
                .containsExactly("planogram-tab-check", "planogram-tab-history");

        robot.clickOn("#planogram-code").write("not a code");
        robot.clickOn("#planogram-add-code");
        assertThat(text(robot, "#planogram-error")).contains("not a code");
        FxWait.runFx(() -> field(robot, "#planogram-code").setText("2002000000019"));
        robot.clickOn("#planogram-add-code");
        assertThat(robot.lookup("#planogram-shelf-codes").queryAs(ListView.class).getItems())
                .containsExactly("2002000000019");
    }

    private FxRobot robot() {
        return new FxRobot();
    }

    private void open(Language language) {
        context = TestInstallation.create().language(language).open(false);
        TestInstallation.seedStores(context);
        store = context.stores().listStores().stream().filter(s -> s.code().equals("DT01")).findFirst()
                .map(StoreSummary::id).orElseThrow();
        context.database().writeVoid(session -> {
            Store owner = session.get(Store.class, store);
            Product blend = new Product("demo", "product-COF-0001", "COF-0001", "House Blend 250 g", 899,
                    Currency.getInstance("USD"));
            Product decaf = new Product("demo", "product-COF-0005", "COF-0005", "Decaf Colombia 250 g", 999,
                    Currency.getInstance("USD"));
            session.persist(blend);
            session.persist(decaf);
            session.persist(new StockLevel("demo", "stock-COF-0005", owner, decaf, new BigDecimal("7")));
        });
        assertThat(DemoPlanograms.ensure(context)).isEqualTo(4);
        assertThat(DemoPlanograms.ensure(context)).isZero();
        tasks = BackgroundTasks.withThreads(1);
    }

    private void show(Language language, Role role) {
        String user = (role == Role.ASSOCIATE ? "associate" : "manager") + ".dt01";
        context.useSession(new UserSession(user, role, false, Set.of(store), user));
        screen = FxWait.onFx(() -> {
            PlanogramController controller = new PlanogramController(
                    new UiContext(context, new Messages(language), tasks, new RecordingShell()));
            Themes.apply(Theme.LIGHT);
            TestStage.show(stage, (Parent) controller.view(), 1280, 800);
            controller.onActivate();
            return controller;
        });
    }

    private void saveAndLookForClipping(String name) {
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), name))).isRegularFile();
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
    }

    private static String comboText(FxRobot robot, String query) {
        ComboBox<?> combo = robot.lookup(query).queryAs(ComboBox.class);
        return combo.getConverter() == null ? String.valueOf(combo.getValue())
                : ((javafx.util.StringConverter<Object>) (javafx.util.StringConverter<?>) combo.getConverter())
                        .toString(combo.getValue());
    }

    private static String text(FxRobot robot, String query) {
        return FxWait.onFx(() -> {
            Object node = robot.lookup(query).query();
            if (node instanceof atlantafx.base.controls.Message message) {
                return message.getDescription() == null ? "" : message.getDescription();
            }
            String value = ((Labeled) node).getText();
            return value == null ? "" : value;
        });
    }

    private static TextInputControl field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class);
    }
}
