package com.storedesk.ui.home;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.CaptionGrid;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.components.Loading;
import com.storedesk.ui.components.ScreenHeader;
import com.storedesk.ui.components.Section;
import com.storedesk.ui.components.StatTile;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Lays out Home and binds it to {@link HomeModel}; clicks go to {@link HomeController}. */
final class HomeView {

    private static final double ROW_HEIGHT = 34;

    private final HomeModel model;
    private final Messages messages;
    private final ScrollPane root;

    HomeView(HomeModel model, Messages messages, HomeController controller) {
        this.model = model;
        this.messages = messages;
        Button refresh = new Button(messages.get("action.refresh"), new FontIcon(Feather.REFRESH_CW));
        refresh.setId("home-refresh");
        refresh.setOnAction(e -> controller.refresh());
        refresh.disableProperty().bind(model.loading);

        VBox content = new VBox(20, summary(), storesSection(), databaseSection());
        VBox page = new VBox(20,
                new ScreenHeader(messages.get("home.title"), messages.get("home.subtitle"), refresh),
                new ErrorMessage(messages.get("home.error.title"), model.error),
                new Loading(content, model.loading, model.loaded, messages.get("home.loading")));
        page.getStyleClass().add("screen");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("home-screen");
    }

    Node root() {
        return root;
    }

    private Node summary() {
        HBox tiles = new HBox(12,
                new StatTile(messages.get("home.stat.stores"), model.storeCount),
                new StatTile(messages.get("home.stat.sources"), model.dataSources),
                new StatTile(messages.get("home.stat.latestSale"), model.latestSale),
                new StatTile(messages.get("home.stat.lastSync"), model.lastSync));
        tiles.setId("home-summary");
        return tiles;
    }

    private Node storesSection() {
        TableView<HomeModel.StoreRow> table = new TableView<>(model.stores);
        table.setId("home-stores");
        table.getColumns().addAll(List.of(
                column("home.stores.code", HomeModel.StoreRow::code, 70),
                // Chain store names ("Hearth & Pantry Lakeshore Galleria") are the longest cell.
                column("home.stores.name", HomeModel.StoreRow::name, 260),
                column("home.stores.source", HomeModel.StoreRow::source, 190),
                column("home.stores.timeZone", HomeModel.StoreRow::timeZone, 160),
                column("home.stores.businessDay", HomeModel.StoreRow::businessDay, 130),
                column("home.stores.localTime", HomeModel.StoreRow::localTime, 110)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label empty = new Label(messages.get("home.stores.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.setFixedCellSize(ROW_HEIGHT);
        fitHeightToRows(table, 12);
        return new Section(messages.get("home.stores.title"), table);
    }

    private Node databaseSection() {
        GridPane facts = new CaptionGrid(16, 6);
        facts.addRow(0, caption("home.database.location"), boundLabel(model.databaseLocation, "home-db-location"));
        facts.addRow(1, caption("home.database.schemaVersion"), boundLabel(model.schemaVersion, "home-db-schema"));

        FlowPane counts = new FlowPane(24, 8);
        counts.setId("home-db-tables");
        model.tables.addListener((ListChangeListener<HomeModel.TableRow>) change -> {
            counts.getChildren().setAll(model.tables.stream().map(HomeView::countCell).toList());
        });
        return new Section(messages.get("home.database.title"), facts,
                caption("home.database.rows"), counts);
    }

    private static Node countCell(HomeModel.TableRow row) {
        Label label = new Label(row.label());
        label.getStyleClass().add(Styles.TEXT_MUTED);
        Label value = new Label(row.rows());
        value.getStyleClass().add(Styles.TEXT_BOLD);
        value.setId("rows-" + row.table());
        HBox cell = new HBox(8, label, new Spacer(), value);
        cell.setPrefWidth(260);
        cell.getStyleClass().add("count-cell");
        return cell;
    }

    private Label caption(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private static Label boundLabel(ObservableValue<String> text, String id) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    private TableColumn<HomeModel.StoreRow, String> column(String key, Function<HomeModel.StoreRow, String> value,
                                                           double width) {
        TableColumn<HomeModel.StoreRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** As tall as its rows (up to {@code maxRows}), with room for the placeholder text when empty. */
    private static void fitHeightToRows(TableView<?> table, int maxRows) {
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> (table.getItems().isEmpty() ? 3 : Math.min(maxRows, table.getItems().size()) + 1.5) * ROW_HEIGHT,
                table.getItems()));
        table.minHeightProperty().bind(table.prefHeightProperty());
    }
}
