package com.storedesk.ui.district;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Message;
import com.storedesk.app.AppContext;
import com.storedesk.app.DistrictColumn;
import com.storedesk.config.Theme;
import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.ingest.sync.SyncProgress;
import com.storedesk.pos.demo.DemoAnomaly;
import com.storedesk.pos.demo.DemoConnector;
import com.storedesk.pos.demo.DemoOptions;
import com.storedesk.testing.ClippedText;
import com.storedesk.testing.FxWait;
import com.storedesk.testing.LiveSales;
import com.storedesk.testing.Screenshots;
import com.storedesk.testing.SeededDemo;
import com.storedesk.testing.TestInstallation;
import com.storedesk.testing.TestStage;
import com.storedesk.ui.RecordingShell;
import com.storedesk.ui.Themes;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.components.Sparkline;
import com.storedesk.ui.concurrent.BackgroundTasks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
 * The district view on the seeded demo chain, alone in a window the size of a 1280 × 800 shell's
 * content area (the sidebar takes 220 px).
 */
@ExtendWith(ApplicationExtension.class)
class DistrictScreenTest {

    private static final double CONTENT_WIDTH = 1280 - 220;
    private static final double CONTENT_HEIGHT = 800 - 30;

    private Stage stage;
    private ExecutorService executor;
    private BackgroundTasks tasks;
    private DistrictController district;
    private RecordingShell shell;
    private AppContext ownContext;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() throws InterruptedException {
        closeScreen();
        if (ownContext != null) {
            ownContext.close();
        }
    }

    private void closeScreen() throws InterruptedException {
        if (district != null) {
            FxWait.runFx(district::onDeactivate);
        }
        if (executor != null) {
            // Let a load finish rather than interrupt it: an interrupted read closes the shared demo
            // database's file channel for every later test.
            executor.shutdown();
            assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyStoreFitsTheWindowReadablyInEveryLanguage(Language language, FxRobot robot) {
        LocalDate day = SeededDemo.options().lastHistoryDay();
        show(language, day);
        TableView<DistrictModel.Row> table = district.table();

        assertThat(table.getItems()).hasSize(4);
        assertThat(table.getItems()).extracting(r -> (int) r.rank().value()).containsExactly(1, 2, 3, 4);
        List<String> headers = new java.util.ArrayList<>(List.of(DistrictColumn.values()).stream()
                .map(c -> new Messages(language).get(c.labelKey())).toList());
        headers.add(DistrictColumn.VARIANCE.ordinal(), new Messages(language).get("district.column.planogram"));
        assertThat(table.getColumns()).extracting(c -> ((Label) ((Parent) c.getGraphic()).getChildrenUnmodifiable()
                .get(0)).getText()).containsExactlyElementsOf(headers);
        assertThat(table.getItems()).allSatisfy(row -> {
            assertThat(row.netSales().text()).matches(".*[0-9].*");
            assertThat(row.vsForecast().text()).matches("[+\u2212-]?[0-9].*%.*");
            assertThat(row.variance().text()).contains("%");
            assertThat(row.lastDays().netMinor()).hasSize(14);
            assertThat(row.planogram().text()).isEqualTo(new Messages(language).get("district.planogram.notChecked"));
        });
        List<Sparkline> lines = FxWait.onFx(() -> robot.lookup(n -> n instanceof Sparkline).queryAllAs(Sparkline.class)
                .stream().filter(FxWait::shown).filter(s -> !s.values().isEmpty()).toList());
        assertThat(lines).hasSize(4);
        assertThat(FxWait.onFx(() -> columnsWidth(table))).as("the columns fit the table: no horizontal scrolling")
                .isLessThanOrEqualTo(FxWait.onFx(table::getWidth));
        assertThat(robot.lookup("#district-stand-outs").queryAs(Parent.class).getChildrenUnmodifiable())
                .singleElement().extracting(n -> ((Label) n).getText())
                .isEqualTo(new Messages(language).get("district.standOut.none"));
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "district-" + language.tag())))
                .isRegularFile();
    }

    @Test
    void sortingByAColumnSortsByItsNumbersAndSurvivesARefresh(FxRobot robot) {
        show(Language.ENGLISH, SeededDemo.options().lastHistoryDay());
        TableView<DistrictModel.Row> table = district.table();
        TableColumn<DistrictModel.Row, ?> transactions = column(table, DistrictColumn.TRANSACTIONS);

        robot.clickOn(robot.lookup(".column-header").match((Node n) -> n.getId() != null
                && n.getId().equals(transactions.getId())).queryAs(Node.class));
        FxWait.until(() -> table.getSortOrder().contains(transactions));
        assertThat(numbers(table)).isSortedAccordingTo(Comparator.naturalOrder());
        FxWait.runFx(() -> table.getSelectionModel().select(2));
        DistrictModel.Row selected = table.getSelectionModel().getSelectedItem();

        FxWait.runFx(district::refresh);
        FxWait.until(() -> !district.table().getItems().isEmpty());
        FxWait.until(() -> robot.lookup("#district-as-of").queryAs(Label.class).getText().contains("2026"));

        assertThat(table.getSortOrder()).containsExactly(transactions);
        assertThat(numbers(table)).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(table.getSelectionModel().getSelectedItem().storeId()).isEqualTo(selected.storeId());
    }

    @Test
    void enterOrADoubleClickOpensTheStoresDashboardOnTheDayShown(FxRobot robot) {
        LocalDate day = SeededDemo.options().lastHistoryDay();
        show(Language.ENGLISH, day);
        TableView<DistrictModel.Row> table = district.table();
        DistrictModel.Row second = table.getItems().get(1);

        FxWait.runFx(() -> {
            table.requestFocus();
            table.getSelectionModel().select(1);
        });
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> !shell.dashboards.isEmpty());
        assertThat(shell.dashboards).containsExactly(new RecordingShell.StoreDay(second.storeId(), day));

        DistrictModel.Row first = table.getItems().get(0);
        robot.doubleClickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        FxWait.until(() -> shell.dashboards.size() == 2);
        assertThat(shell.dashboards.get(1)).isEqualTo(new RecordingShell.StoreDay(first.storeId(), day));
    }

    @Test
    void theRefundSpikeIsListedAmongTheStoresThatStandOut(FxRobot robot) {
        DemoAnomaly spike = SeededDemo.anomalies().stream().filter(a -> a.kind() == DemoAnomaly.Kind.REFUND_SPIKE)
                .findFirst().orElseThrow();
        show(Language.ENGLISH, spike.firstDay());

        List<Node> standOuts = robot.lookup("#district-stand-outs").queryAs(Parent.class).getChildrenUnmodifiable();
        assertThat(standOuts).singleElement().satisfies(row -> {
            List<String> texts = ((Parent) row).getChildrenUnmodifiable().stream().map(n -> ((Label) n).getText())
                    .toList();
            assertThat(texts.get(0)).startsWith(spike.storeCode());
            assertThat(texts.get(1)).startsWith("Refund rate").contains("district median");
        });
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "district-stand-out-en"))).isRegularFile();
    }

    @Test
    void exportsSaveWhatTheScreenShowsAndSayWhere(@TempDir Path folder, FxRobot robot) throws Exception {
        LocalDate day = SeededDemo.options().lastHistoryDay();
        show(Language.GERMAN, day);
        assertThat(robot.lookup("#district-export").queryAs(MenuButton.class).isDisabled()).isFalse();
        assertThat(district.suggestedName(district.csv())).contains("bezirk-" + day + ".csv");
        Path csv = folder.resolve("bezirk.csv");
        Path pdf = folder.resolve("bezirk.pdf");

        FxWait.runFx(() -> district.export(district.csv(), csv));
        FxWait.until(() -> robotLookup("#district-exported", Message.class).isVisible());
        FxWait.runFx(() -> district.export(district.pdf(), pdf));
        // The notice is cleared while the next export runs: null until it says where the PDF went.
        FxWait.until(() -> Files.exists(pdf) && String.valueOf(robotLookup("#district-exported", Message.class)
                .getDescription()).startsWith("bezirk.pdf"));

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1 + 4);
        List<String> stores = FxWait.onFx(() -> district.table().getItems().stream()
                .map(row -> row.store().substring(0, 3)).toList());
        assertThat(String.join("\n", lines.subList(1, 5))).contains(stores);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(robotLookup("#district-exported", Message.class).getDescription())
                .isEqualTo("bezirk.pdf in " + folder.toAbsolutePath());
    }

    @Test
    void aSaleIngestedTodayReachesItsStoresRowKeepingSortAndSelection(FxRobot robot) throws Exception {
        ownContext = TestInstallation.create().language(Language.ENGLISH).open(false);
        DemoOptions options = DemoOptions.defaults(ownContext.clock()).withStores(2).withDays(8);
        try (DemoConnector demo = new DemoConnector(options, ownContext.clock())) {
            new HistorySync(demo, ownContext.ingest(), ownContext.syncState()).fromStart(SyncProgress.NONE, () -> false);
        }
        StoreSummary store = ownContext.stores().listStores().get(0);
        Instant now = ownContext.clock().instant();
        show(ownContext, Language.ENGLISH, LocalDate.ofInstant(now, store.timeZone()));
        TableView<DistrictModel.Row> table = district.table();
        FxWait.until(() -> table.getItems().size() == 2
                && robotLookup("#district-as-of", Label.class).getText().startsWith("Live"));
        TableColumn<DistrictModel.Row, ?> storeColumn = column(table, DistrictColumn.STORE);
        FxWait.runFx(() -> {
            storeColumn.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(storeColumn));
            table.getSelectionModel().select(0);
        });
        DistrictModel.Row selected = table.getSelectionModel().getSelectedItem();
        assertThat(transactionsOf(table, store.id())).as("no sale yet: none, or a gap").satisfiesAnyOf(
                value -> assertThat(value).isZero(), value -> assertThat(value).isNaN());

        ownContext.ingest().ingest(List.of(LiveSales.sale(store, "live-1", now.minusSeconds(120),
                LiveSales.anyProductId(ownContext))));

        // The minute timer cannot explain this within the wait: only the data signal can.
        FxWait.until(() -> transactionsOf(table, store.id()) == 1);
        assertThat(table.getSortOrder()).containsExactly(storeColumn);
        assertThat(FxWait.onFx(() -> table.getItems().get(0).store())).isEqualTo(selected.store());
        assertThat(FxWait.onFx(() -> table.getSelectionModel().getSelectedItem().storeId()))
                .isEqualTo(selected.storeId());
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "district-live-en"))).isRegularFile();
    }

    /**
     * Two stores, one with two fixtures checked (a full bay and one with three of 19 positions
     * missing) and one never checked: the average of the fixtures' latest scores with the latest
     * check's date, "not checked" below every score when sorting.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void eachStoresLatestPlanogramComplianceIsAColumnThatSorts(Language language, FxRobot robot) throws Exception {
        ownContext = TestInstallation.create().language(language).open(false);
        DemoOptions options = DemoOptions.defaults(ownContext.clock()).withStores(2).withDays(2);
        try (DemoConnector demo = new DemoConnector(options, ownContext.clock())) {
            new HistorySync(demo, ownContext.ingest(), ownContext.syncState())
                    .fromStart(SyncProgress.NONE, () -> false);
        }
        List<StoreSummary> stores = ownContext.stores().listStores();
        StoreSummary checked = stores.get(0);
        double expected = checkTwoFixtures(checked.id());
        Instant now = ownContext.clock().instant();
        show(ownContext, language, LocalDate.ofInstant(now, checked.timeZone()));
        TableView<DistrictModel.Row> table = district.table();
        FxWait.until(() -> table.getItems().size() == 2);
        Messages messages = new Messages(language);
        Formats formats = new Formats(messages);

        DistrictModel.Row row = FxWait.onFx(() -> table.getItems().stream()
                .filter(r -> r.storeId() == checked.id()).findFirst().orElseThrow());
        assertThat(row.planogram().value()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(row.planogram().text()).isEqualTo(messages.get("district.planogram.score",
                formats.percent(expected), formats.ago(now, now)));
        assertThat(FxWait.onFx(() -> table.getItems().stream().filter(r -> r.storeId() != checked.id())
                .findFirst().orElseThrow().planogram().text()))
                .isEqualTo(messages.get("district.planogram.notChecked"));

        TableColumn<DistrictModel.Row, ?> planogram = FxWait.onFx(() -> table.getColumns().stream()
                .filter(c -> "district-planogram".equals(c.getId())).findFirst().orElseThrow());
        FxWait.runFx(() -> {
            planogram.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(planogram));
        });
        assertThat(FxWait.onFx(() -> table.getItems().get(0).storeId())).isEqualTo(checked.id());
        FxWait.runFx(() -> planogram.setSortType(TableColumn.SortType.ASCENDING));
        assertThat(FxWait.onFx(() -> table.getItems().get(1).storeId())).isEqualTo(checked.id());
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "district-planogram-" + language.tag())))
                .isRegularFile();
    }

    /** The shipped coffee bay as two fixtures, one checked whole and one with gaps: the expected average. */
    private double checkTwoFixtures(long storeId) throws Exception {
        com.storedesk.security.UserSession manager = new com.storedesk.security.UserSession("Manager",
                com.storedesk.security.Role.STORE_MANAGER, false, java.util.Set.of(storeId), "manager");
        var service = ownContext.planograms();
        var full = service.importFile(manager, storeId, Path.of("assets", "planograms", "demo-coffee-bay.csv")).get(0);
        var renamed = service.saveEdit(manager, storeId, new com.storedesk.planogram.model.Planogram("BAY-2",
                full.planogram().shelves()));
        List<com.storedesk.planogram.store.FixtureSummary> fixtures = service.fixtures(manager, storeId);
        var first = fixtures.stream().filter(f -> f.fixture().equals(full.planogram().fixture())).findFirst()
                .orElseThrow();
        var second = fixtures.stream().filter(f -> f.fixture().equals("BAY-2")).findFirst().orElseThrow();
        double whole = service.check(manager, first, full, scans(full.planogram(), 0)).result().score();
        double gaps = service.check(manager, second, renamed, scans(renamed.planogram(), 3)).result().score();
        assertThat(whole).isEqualTo(1.0);
        assertThat(gaps).isLessThan(1.0);
        return (whole + gaps) / 2;
    }

    /** What a walk scans: every position's code, the first {@code missing} positions of the top shelf left out. */
    private static List<List<String>> scans(com.storedesk.planogram.model.Planogram planogram, int missing) {
        List<List<String>> shelves = new java.util.ArrayList<>();
        for (int i = 0; i < planogram.shelfCount(); i++) {
            shelves.add(planogram.shelf(i + 1).stream().skip(i == 0 ? missing : 0)
                    .map(p -> p.gtin().shortForm()).toList());
        }
        return shelves;
    }

    private static double transactionsOf(TableView<DistrictModel.Row> table, long storeId) {
        return FxWait.onFx(() -> table.getItems().stream().filter(row -> row.storeId() == storeId)
                .mapToDouble(row -> row.transactions().value()).findFirst().orElse(Double.NaN));
    }

    @Test
    void figuresSortByTheirNumbersNotTheirText() {
        DistrictModel.Figure small = new DistrictModel.Figure("$900.00", 900_00);
        DistrictModel.Figure large = new DistrictModel.Figure("$1,000.00", 1000_00);
        DistrictModel.Figure missing = new DistrictModel.Figure("No door counter data", Double.NaN);

        assertThat(small.text().compareTo(large.text())).as("as text, $900 would come after $1,000").isPositive();
        assertThat(small).isLessThan(large);
        assertThat(missing).isLessThan(small);
        assertThat(new DistrictModel.Figure("\u22125%", -0.05)).isLessThan(new DistrictModel.Figure("+1%", 0.01));
    }

    private void show(Language language, LocalDate day) {
        show(SeededDemo.context(), language, day);
        Messages messages = new Messages(language);
        String wholeDay = messages.get("district.asOf.day", new Formats(messages).date(day));
        FxWait.until(() -> robotLookup("#district-as-of", Label.class).getText().equals(wholeDay)
                && !district.table().getItems().isEmpty());
    }

    private void show(AppContext context, Language language, LocalDate day) {
        executor = Executors.newSingleThreadExecutor();
        tasks = new BackgroundTasks(executor);
        shell = new RecordingShell();
        district = FxWait.onFx(() -> {
            UiContext ui = new UiContext(context, new Messages(language), tasks, shell);
            DistrictController controller = new DistrictController(ui);
            Themes.apply(Theme.LIGHT);
            TestStage.show(stage, (Parent) controller.view(), CONTENT_WIDTH, CONTENT_HEIGHT);
            controller.onActivate();
            return controller;
        });
        FxWait.until(() -> robot().lookup("#district-date").tryQuery().isPresent());
        FxWait.runFx(() -> robotLookup("#district-date", DatePicker.class).setValue(day));
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    private static <T extends Node> T robotLookup(String query, Class<T> type) {
        return new FxRobot().lookup(query).queryAs(type);
    }

    private static TableColumn<DistrictModel.Row, ?> column(TableView<DistrictModel.Row> table, DistrictColumn which) {
        return table.getColumns().get(which.ordinal());
    }

    private static List<Double> numbers(TableView<DistrictModel.Row> table) {
        return FxWait.onFx(() -> table.getItems().stream().map(r -> r.transactions().value()).toList());
    }

    private static double columnsWidth(TableView<?> table) {
        return table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
    }
}
