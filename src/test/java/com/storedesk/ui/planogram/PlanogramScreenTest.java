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
import com.storedesk.planogram.scan.camera.CameraDevices;
import com.storedesk.planogram.scan.camera.CameraProblem;
import com.storedesk.planogram.store.FixtureSummary;
import com.storedesk.planogram.store.PlanogramVersion;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.testing.BarcodePictures;
import com.storedesk.testing.ClippedText;
import com.storedesk.testing.FakeCamera;
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
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
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
        assertThat(text(robot, "#planogram-walk")).isEqualTo(messages.get("planogram.screen.check.shelf", 1, 4, 0))
                .doesNotContain("0").doesNotContain("(");
        assertThat(horizontalScrollBarShown(table)).as("the positions fit beside the check").isFalse();
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

    @ParameterizedTest
    @EnumSource(Language.class)
    void aCodeTheCameraSeesJoinsTheShelfAndFinishingGivesTheCameraBack(Language language, FxRobot robot) {
        Messages messages = new Messages(language);
        FakeCamera camera = FakeCamera.holding(BarcodePictures.shelfLabel("2001000000012"));
        open(language);
        show(language, Role.ASSOCIATE, camera);
        TableView<PositionRow> table = coffeeBay(robot);
        typeCode(robot, "2001000000029");

        FxWait.runFx(() -> robot.lookup("#planogram-camera").queryAs(ToggleButton.class).fire());
        FxWait.until(() -> codes(robot).contains("2001000000012"));

        assertThat(codes(robot)).containsExactly("2001000000029", "2001000000012");
        assertThat(text(robot, "#planogram-walk")).isEqualTo(messages.get("planogram.screen.check.shelf", 1, 4, 2));
        assertThat(FxWait.shown(robot, "#camera-preview")).isTrue();
        FxWait.until(() -> text(robot, "#camera-state").equals(messages.get("camera.state.scanning",
                FakeCamera.NAME)));
        assertThat(horizontalScrollBarShown(table)).isFalse();
        saveAndLookForClipping("planogram-camera-" + language.tag());

        robot.clickOn("#planogram-finish");
        FxWait.until(() -> !text(robot, "#planogram-score").isEmpty());
        FxWait.until(() -> !camera.isOpen());
        assertThat(robot.lookup("#planogram-camera").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(FxWait.shown(robot, "#camera-preview")).isFalse();
        assertThat(table.getItems()).filteredOn(row -> row.status() == PositionStatus.MISSING)
                .extracting(row -> row.position().sku()).doesNotContain("COF-0001", "COF-0002").contains("COF-0003");
    }

    @Test
    void stoppingSwitchingFixtureAndLeavingTheScreenEachCloseTheCamera(FxRobot robot) {
        FakeCamera camera = FakeCamera.holding(FakeCamera.blank(640, 360));
        open(Language.ENGLISH);
        show(Language.ENGLISH, Role.ASSOCIATE, camera);
        TableView<PositionRow> table = robot.lookup("#planogram-positions").query();
        FxWait.until(() -> table.getItems().size() == 12);
        ToggleButton toggle = robot.lookup("#planogram-camera").queryAs(ToggleButton.class);

        FxWait.runFx(toggle::fire);
        FxWait.until(camera::isOpen);
        typeCode(robot, "2002000000019");
        FxWait.runFx(toggle::fire);
        FxWait.until(() -> !camera.isOpen());
        assertThat(codes(robot)).as("kept when the camera stops").containsExactly("2002000000019");

        FxWait.runFx(toggle::fire);
        FxWait.until(camera::isOpen);
        FxWait.runFx(() -> robot.lookup("#planogram-fixture").queryAs(ComboBox.class).getSelectionModel().select(1));
        FxWait.until(() -> !camera.isOpen() && table.getItems().size() == 19);
        assertThat(toggle.isSelected()).isFalse();

        FxWait.runFx(toggle::fire);
        FxWait.until(camera::isOpen);
        FxWait.runFx(screen::onDeactivate);
        FxWait.until(() -> !camera.isOpen());
        assertThat(toggle.isSelected()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void withoutACameraTheScreenSaysSoAndTypingStillWorks(Language language, FxRobot robot) {
        Messages messages = new Messages(language);
        open(language);
        show(language, Role.ASSOCIATE, FakeCamera.failing(CameraProblem.NO_CAMERA));
        coffeeBay(robot);
        typeCode(robot, "2001000000012");

        FxWait.runFx(() -> robot.lookup("#planogram-camera").queryAs(ToggleButton.class).fire());
        FxWait.until(() -> text(robot, "#camera-state").equals(messages.get("camera.problem.noCamera")));
        saveAndLookForClipping("planogram-no-camera-" + language.tag());

        typeCode(robot, "2001000000029");
        assertThat(codes(robot)).containsExactly("2001000000012", "2001000000029");
        assertThat(text(robot, "#planogram-walk")).isEqualTo(messages.get("planogram.screen.check.shelf", 1, 4, 2));
        assertThat(text(robot, "#planogram-error")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aPastCheckOpensReadOnlyInTheReadersLanguage(Language language, FxRobot robot) throws Exception {
        Messages messages = new Messages(language);
        open(language);
        show(language, Role.STORE_MANAGER);
        FixtureSummary coffee = context.planograms().fixtures(context.session(), store).get(1);
        PlanogramVersion version = context.planograms().version(context.session(), coffee,
                context.planograms().versions(context.session(), coffee).get(0).id());
        var saved = context.planograms().check(context.session(), coffee, version,
                ShelfScans.parse(Files.readAllLines(SCANS)));
        coffeeBay(robot);
        typeCode(robot, "2002000000019");
        TableView<?> history = robot.lookup("#planogram-history").query();
        FxWait.until(() -> history.getItems().size() == 1);
        FxWait.runFx(() -> {
            robot.lookup("#planogram-tabs").queryAs(TabPane.class).getSelectionModel().select(2);
            history.getSelectionModel().select(0);
        });
        robot.clickOn("#planogram-history-open");
        FxWait.until(() -> FxWait.shown(robot, "#planogram-past"));

        com.storedesk.i18n.Formats formats = new com.storedesk.i18n.Formats(messages);
        java.time.ZoneId zone = context.clock().getZone();
        assertThat(text(robot, "#planogram-past-title")).isEqualTo(messages.get("planogram.screen.past.title",
                formats.dateTime(context.planograms().history(context.session(), coffee).get(0).checkedAt(), zone),
                "manager.dt01"));
        assertThat(text(robot, "#planogram-past-version")).startsWith(messages.get("planogram.screen.versionLabel",
                1, formats.date(version.info().createdAt().atZone(zone).toLocalDate()), version.info().createdBy()));
        assertThat(text(robot, "#planogram-past-score")).isEqualTo(messages.get("planogram.screen.check.score",
                formats.percent(saved.result().score())));
        assertThat(text(robot, "#planogram-past-shelf-scores")).startsWith(messages.get(
                "planogram.screen.check.shelfScore", 1, formats.percent(saved.result().shelfScore(1))).replace(' ', '\u00a0'));
        TableView<PositionRow> rows = robot.lookup("#planogram-past-positions").query();
        assertThat(rows.getItems()).hasSize(19);
        assertThat(rows.getItems()).filteredOn(row -> row.status() == PositionStatus.MISSING)
                .extracting(row -> row.position().sku()).containsExactly("COF-0005");
        assertThat(rows.getItems()).filteredOn(row -> row.status() == PositionStatus.MISPLACED)
                .extracting(row -> row.position().sku()).containsExactlyInAnyOrder("COF-0004", "COF-0012");
        assertThat(rows.getItems().get(0).productName()).isEqualTo("House Blend 250 g");
        assertThat(robot.lookup("#planogram-past-exceptions").queryAs(ListView.class).getItems()).contains(
                messages.get("planogram.screen.exception.refill", 1, 4, "COF-0005", "7"),
                messages.get("planogram.correction.remove", 3, 2, "2002000000019"));
        assertThat(FxWait.shown(robot, "#planogram-finish")).as("nothing to change in a past check").isFalse();
        assertThat(horizontalScrollBarShown(rows)).isFalse();
        saveAndLookForClipping("planogram-past-" + language.tag());

        robot.clickOn("#planogram-past-close");
        assertThat(FxWait.shown(robot, "#planogram-past")).isFalse();
        assertThat(codes(robot)).as("the check under way kept its codes").containsExactly("2002000000019");
    }

    @Test
    void enterOrADoubleClickOnTheHistoryOpensTheCheck(FxRobot robot) {
        open(Language.ENGLISH);
        show(Language.ENGLISH, Role.ASSOCIATE);
        FixtureSummary chocolate = context.planograms().fixtures(context.session(), store).get(0);
        PlanogramVersion version = context.planograms().version(context.session(), chocolate,
                context.planograms().versions(context.session(), chocolate).get(0).id());
        context.planograms().check(context.session(), chocolate, version, List.of());
        FxWait.runFx(() -> screen.onActivate());
        TableView<?> history = robot.lookup("#planogram-history").query();
        FxWait.until(() -> history.getItems().size() == 1);
        FxWait.runFx(() -> robot.lookup("#planogram-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        FxWait.until(() -> FxWait.shown(robot, "#planogram-history-open"));

        Node firstRow = robot.from(history).lookup((Node node) -> node instanceof javafx.scene.control.TableRow<?> row
                && row.isVisible() && row.getIndex() == 0 && !row.isEmpty()).query();
        robot.doubleClickOn(firstRow);
        FxWait.until(() -> FxWait.shown(robot, "#planogram-past"));
        TableView<PositionRow> rows = robot.lookup("#planogram-past-positions").query();
        assertThat(rows.getItems()).hasSize(12).allSatisfy(row -> assertThat(row.status())
                .isEqualTo(PositionStatus.MISSING));

        robot.clickOn("#planogram-past-close");
        FxWait.runFx(history::requestFocus);
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> FxWait.shown(robot, "#planogram-past"));
    }

    /** Shows the coffee bay (the second fixture) and returns its table. */
    private static TableView<PositionRow> coffeeBay(FxRobot robot) {
        TableView<PositionRow> table = robot.lookup("#planogram-positions").query();
        FxWait.until(() -> table.getItems().size() == 12);
        FxWait.runFx(() -> robot.lookup("#planogram-fixture").queryAs(ComboBox.class).getSelectionModel().select(1));
        FxWait.until(() -> table.getItems().size() == 19);
        return table;
    }

    private static void typeCode(FxRobot robot, String code) {
        FxWait.runFx(() -> {
            field(robot, "#planogram-code").setText(code);
            robot.lookup("#planogram-add-code").queryAs(Button.class).fire();
        });
    }

    private static List<Object> codes(FxRobot robot) {
        return FxWait.onFx(() -> List.copyOf(robot.lookup("#planogram-shelf-codes").queryAs(ListView.class)
                .getItems()));
    }

    private static boolean horizontalScrollBarShown(TableView<?> table) {
        return FxWait.onFx(() -> table.lookupAll(".scroll-bar").stream()
                .filter(node -> node instanceof ScrollBar bar
                        && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                .anyMatch(Node::isVisible));
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
        show(language, role, FakeCamera.failing(CameraProblem.NO_CAMERA));
    }

    /** Inside a sidebar as wide as the app's, so the screen gets the width it has in the window. */
    private void show(Language language, Role role, CameraDevices cameras) {
        String user = (role == Role.ASSOCIATE ? "associate" : "manager") + ".dt01";
        context.useSession(new UserSession(user, role, false, Set.of(store), user));
        screen = FxWait.onFx(() -> {
            PlanogramController controller = new PlanogramController(
                    new UiContext(context, new Messages(language), tasks, new RecordingShell()), cameras);
            Themes.apply(Theme.LIGHT);
            Region sidebar = new Region();
            sidebar.getStyleClass().add("sidebar");
            TestStage.show(stage, new BorderPane(controller.view(), null, null, null, sidebar), 1280, 800);
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
