package com.storedesk.ui.dashboard;

import atlantafx.base.theme.Styles;
import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Messages;
import com.storedesk.insight.kpi.KpiName;
import com.storedesk.ui.components.ChoiceLabels;
import com.storedesk.ui.components.DatePickers;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.components.KpiTile;
import com.storedesk.ui.components.Loading;
import com.storedesk.ui.components.ScreenHeader;
import com.storedesk.ui.components.Section;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Lays out the store dashboard and binds it to {@link DashboardModel}; choices go to the controller. */
final class DashboardView {

    private static final double ROW_HEIGHT = 32;
    /** The feed's rows hold two lines: the basket and its add-on. */
    private static final double FEED_ROW_HEIGHT = 46;
    /** Tiles in the first row: the money and the baskets; the second row has traffic and rates. */
    private static final List<KpiName> FIRST_ROW = List.of(KpiName.NET_SALES, KpiName.TRANSACTIONS, KpiName.AOV,
            KpiName.UNITS_PER_TRANSACTION, KpiName.SALES_PER_LABOR_HOUR);
    private static final List<KpiName> SECOND_ROW = List.of(KpiName.TRAFFIC_IN, KpiName.CONVERSION,
            KpiName.DISCOUNT_RATE, KpiName.REFUND_RATE);

    private final DashboardModel model;
    private final Messages messages;
    private final HourlySalesChart chart;
    private final ScrollPane root;
    private final TableView<DashboardModel.SaleRow> latestSales;

    DashboardView(DashboardModel model, Messages messages, DashboardController controller,
            DoubleFunction<String> amountLabel, IntFunction<String> hourLabel) {
        this.model = model;
        this.messages = messages;
        this.chart = new HourlySalesChart(amountLabel, hourLabel, messages.get("dashboard.chart.empty"));
        this.latestSales = latestSalesTable();
        model.chart.addListener((obs, old, now) -> chart.show(now.bars(), now.currentHour()));

        ComboBox<StoreSummary> store = new ComboBox<>(model.stores);
        store.setId("dashboard-store");
        // "S01  Hearth & Pantry Hudson Street"
        store.setConverter(ChoiceLabels.of(summary -> summary.code() + "  " + summary.name()));
        store.valueProperty().bindBidirectional(model.store);
        store.setPrefWidth(360);
        DatePicker date = DatePickers.inLanguage(messages.locale());
        date.setId("dashboard-date");
        date.valueProperty().bindBidirectional(model.date);
        date.setPrefWidth(150);
        Button today = new Button(messages.get("dashboard.today"));
        today.setId("dashboard-today");
        today.setOnAction(e -> controller.showToday());
        today.setMinWidth(Region.USE_PREF_SIZE);
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("dashboard-refresh");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setOnAction(e -> controller.refresh());

        Label asOf = new Label();
        asOf.textProperty().bind(model.asOf);
        asOf.setId("dashboard-as-of");
        asOf.getStyleClass().add(Styles.TEXT_MUTED);

        HBox pickers = new HBox(8, store, date, today, refresh, asOf);
        pickers.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setMargin(asOf, new javafx.geometry.Insets(0, 0, 0, 8));
        asOf.setWrapText(true);

        VBox content = new VBox(16, tiles(), chartAndAlerts(), productsSection(), feedSection());
        VBox page = new VBox(16,
                new ScreenHeader(messages.get("dashboard.title"), messages.get("dashboard.subtitle")),
                pickers,
                new ErrorMessage(messages.get("dashboard.error.title"), model.error),
                new Loading(content, model.loading, model.loaded, messages.get("dashboard.loading")));
        page.getStyleClass().add("screen");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("dashboard-screen");
    }

    Node root() {
        return root;
    }

    TableView<DashboardModel.SaleRow> latestSales() {
        return latestSales;
    }

    private Node tiles() {
        VBox rows = new VBox(12, tileRow(FIRST_ROW), tileRow(SECOND_ROW));
        rows.setId("dashboard-tiles");
        return rows;
    }

    private HBox tileRow(List<KpiName> names) {
        HBox row = new HBox(12);
        for (KpiName name : names) {
            KpiTile tile = new KpiTile("kpi-" + name.jsonName(), messages.get(name.labelKey()));
            tile.contentProperty().bind(model.tiles.get(name));
            row.getChildren().add(tile);
        }
        return row;
    }

    private Node chartAndAlerts() {
        Region chartSection = chartSection();
        Region alerts = alertsSection();
        HBox row = new HBox(16, chartSection, alerts);
        chartSection.setPrefWidth(0);
        chartSection.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(chartSection, Priority.ALWAYS);
        alerts.setMinWidth(320);
        alerts.setPrefWidth(360);
        alerts.setMaxWidth(420);
        return row;
    }

    private Region chartSection() {
        Label forecast = new Label();
        forecast.textProperty().bind(model.forecastSummary);
        forecast.setId("dashboard-forecast-summary");
        forecast.setWrapText(true);
        HBox legend = new HBox(16, legendItem("bar", "dashboard.chart.actual"),
                legendItem("current", "dashboard.chart.currentHour"), legendItem("band", "dashboard.chart.forecast"));
        chart.setId("dashboard-chart");
        return new Section(messages.get("dashboard.chart.title"), forecast, chart, legend);
    }

    private Node legendItem(String swatchClass, String key) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", swatchClass);
        Label label = new Label(messages.get(key));
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox item = new HBox(6, swatch, label);
        item.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return item;
    }

    /** One table for the best and the slowest sellers: each gets the full width for product names. */
    private Node productsSection() {
        TableView<DashboardModel.ProductRow> table = productTable("dashboard-products", model.topProducts);
        ToggleGroup which = new ToggleGroup();
        ToggleButton best = new ToggleButton(messages.get("dashboard.top.title"));
        best.setId("dashboard-products-best");
        ToggleButton slowest = new ToggleButton(messages.get("dashboard.bottom.title"));
        slowest.setId("dashboard-products-slowest");
        best.getStyleClass().add(Styles.LEFT_PILL);
        slowest.getStyleClass().add(Styles.RIGHT_PILL);
        best.setToggleGroup(which);
        slowest.setToggleGroup(which);
        which.selectToggle(best);
        which.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                which.selectToggle(old); // one of the two is always shown
            } else {
                table.setItems(now == best ? model.topProducts : model.bottomProducts);
            }
        });
        return new Section(messages.get("dashboard.products.title"), new HBox(best, slowest), table);
    }

    private Node feedSection() {
        return new Section(messages.get("dashboard.feed.title"), latestSales);
    }

    private Region alertsSection() {
        VBox alertList = new VBox();
        alertList.setId("dashboard-alerts");
        Label none = new Label(messages.get("dashboard.alerts.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.setWrapText(true);
        model.alerts.addListener((ListChangeListener<DashboardModel.AlertRow>) change ->
                alertList.getChildren().setAll(model.alerts.isEmpty() ? List.of(none)
                        : model.alerts.stream().map(DashboardView::alertRow).toList()));
        alertList.getChildren().setAll(none);
        return new Section(messages.get("dashboard.alerts.title"), alertList);
    }

    private static Node alertRow(DashboardModel.AlertRow alert) {
        Label title = new Label(alert.title());
        title.getStyleClass().addAll(Styles.TEXT_BOLD, alert.severity());
        title.setWrapText(true);
        Label reason = new Label(alert.reason());
        reason.setWrapText(true);
        VBox row = new VBox(2, title, reason);
        row.getStyleClass().add("alert-row");
        return row;
    }

    private TableView<DashboardModel.ProductRow> productTable(String id,
            javafx.collections.ObservableList<DashboardModel.ProductRow> rows) {
        TableView<DashboardModel.ProductRow> table = new TableView<>(rows);
        table.setId(id);
        table.getColumns().addAll(List.of(
                column("dashboard.product.name", DashboardModel.ProductRow::name, 320),
                column("dashboard.product.sku", DashboardModel.ProductRow::sku, 110),
                column("dashboard.product.units", DashboardModel.ProductRow::units, 80),
                column("dashboard.product.sales", DashboardModel.ProductRow::sales, 110),
                column("dashboard.product.margin", DashboardModel.ProductRow::margin, 110)));
        rightAlign(table, 2);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(placeholder("dashboard.product.none"));
        fixedRows(table, 5, ROW_HEIGHT);
        return table;
    }

    private TableView<DashboardModel.SaleRow> latestSalesTable() {
        TableView<DashboardModel.SaleRow> table = new TableView<>(model.latestSales);
        table.setId("dashboard-feed");
        table.getColumns().addAll(List.of(
                column("dashboard.feed.time", DashboardModel.SaleRow::time, 65),
                column("dashboard.feed.receipt", DashboardModel.SaleRow::receipt, 195),
                column("dashboard.feed.items", DashboardModel.SaleRow::items, 100),
                column("dashboard.feed.total", DashboardModel.SaleRow::total, 100),
                column("dashboard.feed.cashier", DashboardModel.SaleRow::cashier, 135),
                column("dashboard.feed.member", DashboardModel.SaleRow::member, 85)));
        // Beside the sidebar of a 1,280-pixel window the basket column gives way, not the receipt numbers.
        table.getColumns().forEach(column -> column.setMinWidth(column.getPrefWidth()));
        table.getColumns().add(basketColumn());
        rightAlign(table, 2);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(DashboardModel.SaleRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("voided"),
                        !empty && item != null && item.voided());
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(placeholder("dashboard.feed.none"));
        fixedRows(table, 10, FEED_ROW_HEIGHT);
        return table;
    }

    /** What the basket was for over its best add-on, the sentence on why in a tooltip; the widest column. */
    private TableColumn<DashboardModel.SaleRow, DashboardModel.SaleRow> basketColumn() {
        TableColumn<DashboardModel.SaleRow, DashboardModel.SaleRow> column =
                new TableColumn<>(messages.get("dashboard.feed.basket"));
        column.setId("dashboard.feed.basket");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new BasketCell(messages));
        column.setPrefWidth(360);
        column.setMinWidth(260);
        column.setSortable(false);
        return column;
    }

    /** Right-aligns the number columns from {@code first} on (all but the leading text columns). */
    private static void rightAlign(TableView<?> table, int first) {
        for (int i = first; i < table.getColumns().size(); i++) {
            TableColumn<?, ?> column = table.getColumns().get(i);
            if (!column.getId().endsWith("cashier") && !column.getId().endsWith("member")
                    && !column.getId().endsWith("basket")) {
                column.setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        }
    }

    private Label placeholder(String key) {
        Label label = new Label(messages.get(key));
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private <R> TableColumn<R, String> column(String key, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(messages.get(key));
        column.setId(key);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    /** A steady height, so live updates never make the page jump. */
    private static void fixedRows(TableView<?> table, int rows, double rowHeight) {
        table.setFixedCellSize(rowHeight);
        double height = rows * rowHeight + 1.3 * ROW_HEIGHT;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
    }
}
