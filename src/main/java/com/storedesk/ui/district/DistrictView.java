package com.storedesk.ui.district;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import com.storedesk.app.DistrictColumn;
import com.storedesk.export.DistrictExport;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.DatePickers;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.components.Loading;
import com.storedesk.ui.components.ScreenHeader;
import com.storedesk.ui.components.Section;
import com.storedesk.ui.components.Sparkline;
import com.storedesk.ui.components.WrappedTextCell;
import java.io.File;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Lays out the district view and binds it to {@link DistrictModel}: the stores side by side in a
 * sortable table whose last column takes the width left for the explanations, and below it the
 * stores that stand out. Opening a store goes to the controller.
 */
final class DistrictView {

    private final DistrictModel model;
    private final Messages messages;
    private final DistrictController controller;
    private final TableView<DistrictModel.Row> table = new TableView<>();
    private final ScrollPane root;
    private boolean remeasuring;

    DistrictView(DistrictModel model, Messages messages, DistrictController controller) {
        this.model = model;
        this.messages = messages;
        this.controller = controller;

        DatePicker date = DatePickers.inLanguage(messages.locale());
        date.setId("district-date");
        date.valueProperty().bindBidirectional(model.date);
        date.setPrefWidth(150);
        Button today = new Button(messages.get("district.today"));
        today.setId("district-today");
        today.setOnAction(e -> controller.showToday());
        today.setMinWidth(Region.USE_PREF_SIZE);
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("district-refresh");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setOnAction(e -> controller.refresh());
        Label asOf = new Label();
        asOf.textProperty().bind(model.asOf);
        asOf.setId("district-as-of");
        asOf.getStyleClass().add(Styles.TEXT_MUTED);
        asOf.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox pickers = new HBox(8, date, today, refresh, asOf, gap, exportButton());
        pickers.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(asOf, new Insets(0, 0, 0, 8));

        Label hint = new Label(messages.get("district.openHint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox content = new VBox(16, new VBox(6, storesTable(), hint), standOutSection());
        VBox page = new VBox(16,
                new ScreenHeader(messages.get("district.title"), messages.get("district.subtitle")),
                pickers,
                new ErrorMessage(messages.get("district.error.title"), model.error),
                exportedNotice(),
                new Loading(content, model.loading, model.loaded, messages.get("district.loading")));
        page.getStyleClass().add("screen");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("district-screen");
    }

    Node root() {
        return root;
    }

    private MenuButton exportButton() {
        MenuItem csv = new MenuItem(messages.get("district.export.csv"));
        csv.setId("district-export-csv");
        csv.setOnAction(e -> chooseFile(controller.csv(), "CSV", "*.csv"));
        MenuItem pdf = new MenuItem(messages.get("district.export.pdf"));
        pdf.setId("district-export-pdf");
        pdf.setOnAction(e -> chooseFile(controller.pdf(), "PDF", "*.pdf"));
        MenuButton export = new MenuButton(messages.get("district.export"), new FontIcon(Feather.DOWNLOAD), csv, pdf);
        export.setId("district-export");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(model.loaded.not());
        return export;
    }

    private void chooseFile(DistrictExport export, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("district.export.choose"));
        controller.suggestedName(export).ifPresent(chooser::setInitialFileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        if (chosen != null) {
            controller.export(export, chosen.toPath());
        }
    }

    private Node exportedNotice() {
        Message exported = new Message(messages.get("district.export.doneTitle"), "",
                new FontIcon(Feather.CHECK_CIRCLE));
        exported.getStyleClass().add(Styles.SUCCESS);
        exported.setId("district-exported");
        exported.descriptionProperty().bind(model.exported);
        exported.visibleProperty().bind(model.exported.isNotNull());
        exported.managedProperty().bind(exported.visibleProperty());
        return exported;
    }

    TableView<DistrictModel.Row> table() {
        return table;
    }

    private TableView<DistrictModel.Row> storesTable() {
        SortedList<DistrictModel.Row> sorted = new SortedList<>(model.rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("district-table");
        table.getStyleClass().add("district-table");
        for (DistrictColumn column : DistrictColumn.values()) {
            if (column == DistrictColumn.VARIANCE) {
                table.getColumns().add(planogramColumn());
            }
            table.getColumns().add(column(column));
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Wrapped text takes more or fewer lines at a new width; rows keep the height they were first given.
        for (TableColumn<DistrictModel.Row, ?> column : table.getColumns()) {
            column.widthProperty().addListener((obs, old, now) -> remeasureRows());
        }
        table.setRowFactory(view -> {
            TableRow<DistrictModel.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    controller.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            DistrictModel.Row selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                controller.open(selected);
                e.consume();
            }
        });
        Label none = new Label(messages.get("district.noStores"));
        none.setWrapText(true);
        none.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(none);
        // Tall enough for a district's stores without an inner scroll bar in the usual case.
        table.setPrefHeight(420);
        table.setMinHeight(260);
        return table;
    }

    private void remeasureRows() {
        if (!remeasuring) {
            remeasuring = true;
            Platform.runLater(() -> {
                remeasuring = false;
                table.refresh();
            });
        }
    }

    private TableColumn<DistrictModel.Row, ?> column(DistrictColumn which) {
        return switch (which) {
            case RANK -> figure(which, DistrictModel.Row::rank, 48);
            case STORE -> storeName(which);
            case NET_SALES -> figure(which, DistrictModel.Row::netSales, 96);
            case VS_FORECAST -> figure(which, DistrictModel.Row::vsForecast, 72);
            case TRANSACTIONS -> figure(which, DistrictModel.Row::transactions, 80);
            case CONVERSION -> figure(which, DistrictModel.Row::conversion, 84);
            case AVERAGE_ORDER -> figure(which, DistrictModel.Row::averageOrder, 84);
            case LAST_DAYS -> sparkline(which);
            case ALERTS -> figure(which, DistrictModel.Row::alerts, 60);
            case VARIANCE -> explanation(which);
        };
    }

    private TableColumn<DistrictModel.Row, DistrictModel.Figure> figure(DistrictColumn which,
            Function<DistrictModel.Row, DistrictModel.Figure> value, double width) {
        TableColumn<DistrictModel.Row, DistrictModel.Figure> column = column(which, value, width);
        column.setCellFactory(c -> new WrappedTextCell<>(DistrictModel.Figure::text, true, false));
        return column;
    }

    private TableColumn<DistrictModel.Row, String> text(DistrictColumn which,
            Function<DistrictModel.Row, String> value, double width) {
        TableColumn<DistrictModel.Row, String> column = column(which, value, width);
        column.setCellFactory(c -> new WrappedTextCell<>(Function.identity(), false, false));
        return column;
    }

    /** Wide enough that a store's name wraps into a few lines, not one word a line. */
    private TableColumn<DistrictModel.Row, String> storeName(DistrictColumn which) {
        TableColumn<DistrictModel.Row, String> column = text(which, DistrictModel.Row::store, 120);
        column.setMinWidth(110);
        return column;
    }

    /** The explanation takes the width the figures leave, wraps, and shows whole in a tooltip too. */
    private TableColumn<DistrictModel.Row, DistrictModel.Figure> explanation(DistrictColumn which) {
        TableColumn<DistrictModel.Row, DistrictModel.Figure> column = column(which, DistrictModel.Row::variance, 200);
        // Narrow enough for eleven columns in German at a laptop's width; the text wraps and has a tooltip.
        column.setMinWidth(80);
        column.setCellFactory(c -> new WrappedTextCell<>(DistrictModel.Figure::text, false, true));
        return column;
    }

    private TableColumn<DistrictModel.Row, DistrictModel.Days> sparkline(DistrictColumn which) {
        TableColumn<DistrictModel.Row, DistrictModel.Days> column = column(which, DistrictModel.Row::lastDays, 78);
        column.setCellFactory(c -> new TableCell<>() {
            private final Sparkline line = new Sparkline();

            @Override
            protected void updateItem(DistrictModel.Days item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    line.show(item.netMinor());
                    setGraphic(line);
                }
            }
        });
        return column;
    }

    /**
     * Planogram compliance: on the screen only (the exports report a day's sales, and a check is not
     * of a day); sorts by the score, stores never checked last.
     */
    private TableColumn<DistrictModel.Row, DistrictModel.Figure> planogramColumn() {
        TableColumn<DistrictModel.Row, DistrictModel.Figure> column = new TableColumn<>();
        column.setId("district-planogram");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().planogram()));
        column.setPrefWidth(90);
        column.setMinWidth(Math.max(column.getMinWidth(), 80));
        StackPane header = ColumnHeader.wrapping(messages.get("district.column.planogram"), column);
        Tooltip.install(header, new Tooltip(messages.get("district.column.planogram.tip")));
        column.setGraphic(header);
        column.setCellFactory(c -> new WrappedTextCell<>(DistrictModel.Figure::text, true, false));
        return column;
    }

    /** A sortable column whose header wraps rather than cuts a long label short. */
    private <T> TableColumn<DistrictModel.Row, T> column(DistrictColumn which, Function<DistrictModel.Row, T> value,
            double width) {
        TableColumn<DistrictModel.Row, T> column = new TableColumn<>();
        column.setId("district-" + which.name().toLowerCase(java.util.Locale.ROOT));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setGraphic(ColumnHeader.wrapping(messages.get(which.labelKey()), column));
        return column;
    }

    private Node standOutSection() {
        VBox list = new VBox();
        list.setId("district-stand-outs");
        Label none = new Label(messages.get("district.standOut.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.setWrapText(true);
        model.standOuts.addListener((ListChangeListener<DistrictModel.StandOut>) change ->
                list.getChildren().setAll(model.standOuts.isEmpty() ? List.of(none)
                        : model.standOuts.stream().map(DistrictView::standOutRow).toList()));
        list.getChildren().setAll(none);
        return new Section(messages.get("district.standOut.title"), list);
    }

    private static Node standOutRow(DistrictModel.StandOut standOut) {
        Label store = new Label(standOut.store());
        store.getStyleClass().add(Styles.TEXT_BOLD);
        store.setWrapText(true);
        store.setMinWidth(Region.USE_PREF_SIZE);
        Label rate = new Label(standOut.rate());
        rate.setWrapText(true);
        HBox row = new HBox(12, store, rate);
        row.getStyleClass().add("alert-row");
        return row;
    }
}
