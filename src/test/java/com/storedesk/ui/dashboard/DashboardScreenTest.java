package com.storedesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.app.AppContext;
import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.basket.BasketText;
import com.storedesk.insight.basket.ReceiptSummary;
import com.storedesk.ingest.sync.HistorySync;
import com.storedesk.ingest.sync.SyncProgress;
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
import com.storedesk.ui.concurrent.BackgroundTasks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
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
class DashboardScreenTest {

    /** The first basket summaries build the chain's basket statistics: seconds on a loaded machine. */
    private static final int BASKETS_SECONDS = 120;

    private Stage stage;
    private BackgroundTasks tasks;
    private DashboardController dashboard;
    private AppContext ownContext;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        if (dashboard != null) {
            FxWait.runFx(dashboard::onDeactivate);
        }
        tasks.close();
        if (ownContext != null) {
            ownContext.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aPastDayShowsEveryTileTheChartAndTheListsReadably(Language language, FxRobot robot) {
        AppContext context = SeededDemo.context();
        LocalDate day = SeededDemo.options().lastHistoryDay().minusDays(2);
        show(context, language);
        FxWait.until(() -> robot.lookup("#dashboard-store").tryQuery().isPresent() && !model(robot).isEmpty());
        FxWait.runFx(() -> robot.lookup("#dashboard-date").queryAs(DatePicker.class).setValue(day));
        Messages messages = new Messages(language);
        String wholeDay = messages.get("dashboard.asOf.day", new com.storedesk.i18n.Formats(messages).date(day));
        FxWait.until(() -> text(robot, "#dashboard-as-of").equals(wholeDay));

        assertThat(text(robot, "#kpi-netSales-value")).matches(".*[0-9].*");
        assertThat(text(robot, "#kpi-conversion-value")).matches(".*[0-9].*%.*");
        TableView<?> products = robot.lookup("#dashboard-products").queryAs(TableView.class);
        assertThat(products.getItems()).hasSize(5);
        Object best = products.getItems().get(0);
        fire(robot, "#dashboard-products-slowest"); // below the fold of the headless screen: no mouse
        FxWait.until(() -> products.getItems().size() == 5 && !products.getItems().get(0).equals(best));
        DashboardModel.ProductRow slowest = (DashboardModel.ProductRow) products.getItems().get(0);
        assertThat(slowest.sku()).isNotEqualTo(((DashboardModel.ProductRow) best).sku());
        fire(robot, "#dashboard-products-best");
        FxWait.until(() -> products.getItems().get(0).equals(best)); // equal: a refresh may replace the rows
        assertThat(robot.lookup("#dashboard-feed").queryAs(TableView.class).getItems())
                .hasSize(com.storedesk.insight.dashboard.StoreDashboardService.LATEST_SALES);
        HourlySalesChart chart = robot.lookup("#dashboard-chart").queryAs(HourlySalesChart.class);
        assertThat(chart.bars()).hasSizeGreaterThanOrEqualTo(8).allSatisfy(bar -> assertThat(bar.actual()).isNotNegative());
        assertThat(chart.getChildrenUnmodifiable()).isNotEmpty();

        // Each sale says what its basket was for and the add-on to suggest, as the receipt summary does.
        TableView<?> feed = robot.lookup("#dashboard-feed").queryAs(TableView.class);
        FxWait.until(BASKETS_SECONDS, () -> feed.getItems().stream()
                .allMatch(row -> ((DashboardModel.SaleRow) row).basket() != null));
        List<DashboardModel.SaleRow> sales = FxWait.onFx(() -> feed.getItems().stream()
                .map(DashboardModel.SaleRow.class::cast).toList());
        assertThat(sales).filteredOn(sale -> !sale.voided())
                .allSatisfy(sale -> assertThat(sale.basket().summary()).isNotBlank())
                .anySatisfy(sale -> assertThat(sale.basket().addOn()).isNotBlank());
        BasketText words = new BasketText(messages);
        for (DashboardModel.SaleRow sale : sales.stream().filter(sale -> !sale.voided()).limit(3).toList()) {
            ReceiptSummary receipt = context.basketInsight().receipts().summary(context.session(), sale.id())
                    .orElseThrow();
            assertThat(sale.basket().summary()).isEqualToIgnoringCase(words.label(receipt.label()));
            assertThat(sale.basket().addOn()).isEqualTo(receipt.addOn().map(a -> a.product().name()).orElse(""));
            assertThat(sale.basket().addOnWhy()).isEqualTo(receipt.addOn().map(words::addOn).orElse(""));
        }
        assertThat(FxWait.onFx(() -> stage.getScene().getRoot().lookupAll(".feed-basket").stream()
                .map(label -> ((Label) label).getText()).toList())).contains(sales.get(0).basket().summary());

        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "dashboard-day-" + language.tag())))
                .isRegularFile();
        TestStage.scrollTo(stage, "#dashboard-feed");
        assertThat(FxWait.onFx(() -> ClippedText.in(stage.getScene().getRoot()))).as("clipped text").isEmpty();
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "dashboard-feed-" + language.tag())))
                .isRegularFile();
    }

    @Test
    void aSaleIngestedForTodayAppearsInTilesChartAndFeedKeepingTheSelection(FxRobot robot) throws Exception {
        ownContext = TestInstallation.create().language(Language.ENGLISH).open(false);
        DemoOptions options = DemoOptions.defaults(ownContext.clock()).withStores(2).withDays(8);
        try (DemoConnector demo = new DemoConnector(options, ownContext.clock())) {
            new HistorySync(demo, ownContext.ingest(), ownContext.syncState()).fromStart(SyncProgress.NONE, () -> false);
        }
        show(ownContext, Language.ENGLISH);
        FxWait.until(() -> text(robot, "#dashboard-as-of").startsWith("Live"));
        assertThat(text(robot, "#kpi-transactions-value")).isEqualTo("0");
        HourlySalesChart emptyChart = robot.lookup("#dashboard-chart").queryAs(HourlySalesChart.class);
        String nothingYet = new Messages(Language.ENGLISH).get("dashboard.chart.empty");
        FxWait.until(() -> emptyChart.getChildrenUnmodifiable().stream()
                .anyMatch(n -> n instanceof javafx.scene.text.Text t && t.getText().equals(nothingYet)));
        StoreSummary store = ownContext.stores().listStores().get(0);
        String product = LiveSales.anyProductId(ownContext);
        Instant now = ownContext.clock().instant();

        ownContext.ingest().ingest(List.of(LiveSales.sale(store, "live-1", now.minusSeconds(300), product)));

        // The minute timer cannot explain this within the wait: only the data signal can.
        FxWait.until(() -> text(robot, "#kpi-transactions-value").equals("1"));
        TableView<?> feed = robot.lookup("#dashboard-feed").queryAs(TableView.class);
        FxWait.until(() -> feed.getItems().size() == 1);
        HourlySalesChart chart = robot.lookup("#dashboard-chart").queryAs(HourlySalesChart.class);
        assertThat(chart.bars()).anySatisfy(bar -> assertThat(bar.actual()).isEqualTo(1250));
        FxWait.runFx(() -> feed.getSelectionModel().select(0));

        ownContext.ingest().ingest(List.of(LiveSales.sale(store, "live-2", now.minusSeconds(60), product)));

        FxWait.until(() -> feed.getItems().size() == 2);
        assertThat(text(robot, "#kpi-transactions-value")).isEqualTo("2");
        DashboardModel.SaleRow selected = (DashboardModel.SaleRow) feed.getSelectionModel().getSelectedItem();
        assertThat(selected.receipt()).as("the sale the user picked stays picked").isEqualTo("live-1");
        assertThat(((DashboardModel.SaleRow) feed.getItems().get(0)).receipt()).isEqualTo("live-2");
        // A sale of one product: its basket is named by the product's category.
        FxWait.until(BASKETS_SECONDS, () -> feed.getItems().stream()
                .allMatch(row -> ((DashboardModel.SaleRow) row).basket() != null));
        String category = ownContext.basketInsight().receipts().summary(ownContext.session(), selected.id())
                .orElseThrow().items().get(0).category();
        assertThat(FxWait.onFx(() -> ((DashboardModel.SaleRow) feed.getItems().get(0)).basket().summary()))
                .isEqualToIgnoringCase(new Messages(Language.ENGLISH).get("receipt.label.single", category));
        assertThat(FxWait.onFx(() -> Screenshots.save(stage.getScene(), "dashboard-live-en"))).isRegularFile();
    }

    private void show(AppContext context, Language language) {
        // Two, as the window has: the feed's first basket read (seconds) does not hold up a refresh.
        tasks = BackgroundTasks.withThreads(2);
        dashboard = FxWait.onFx(() -> {
            UiContext ui = new UiContext(context, new Messages(language), tasks, new RecordingShell());
            DashboardController controller = new DashboardController(ui);
            Scene scene = new Scene((Parent) controller.view(), 1240, 1500);
            Themes.apply(com.storedesk.config.Theme.LIGHT);
            Themes.addAppStylesheet(scene);
            stage.setScene(scene);
            controller.onActivate();
            return controller;
        });
    }

    private static java.util.List<?> model(FxRobot robot) {
        return robot.lookup("#dashboard-store").queryAs(javafx.scene.control.ComboBox.class).getItems();
    }

    private static void fire(FxRobot robot, String query) {
        FxWait.runFx(() -> robot.lookup(query).queryAs(javafx.scene.control.ButtonBase.class).fire());
    }

    private static String text(FxRobot robot, String query) {
        // Empty until the scroll pane's skin has put the content in the scene graph.
        return FxWait.onFx(() -> robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse(""));
    }
}
