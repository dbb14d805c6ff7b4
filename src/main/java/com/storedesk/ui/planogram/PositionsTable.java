package com.storedesk.ui.planogram;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.WrappedTextCell;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The shown version's positions, shelf by shelf from the top, each with its product and facings and,
 * after a check, its outcome in words and colour (never colour alone).
 */
final class PositionsTable extends TableView<PositionRow> {

    /** "250 g" stays on one line: a number and its short unit never part at a line end. */
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("(\\d) (\\p{L}{1,3})\\b");
    private boolean remeasuring;

    /** The shown version's positions; selecting one fills the edit form. */
    PositionsTable(PlanogramModel model, Messages messages, PlanogramTexts texts) {
        this("planogram-positions", model.rows, messages, texts);
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null || getSelectionModel().isEmpty()) {
                model.selected.set(now);
            }
        });
        model.selected.addListener((obs, old, now) -> {
            if (now == null) {
                getSelectionModel().clearSelection();
            } else if (now != getSelectionModel().getSelectedItem()) {
                getSelectionModel().select(now);
                scrollTo(now);
            }
        });
    }

    /**
     * {@code rows} shown as they are. The columns share the table's width: the numbers keep a narrow
     * range, the product (name, SKU and GTIN in one cell) and the outcome take what is left, so the
     * table does not scroll sideways beside the check pane on a 1280 px window.
     */
    PositionsTable(String id, ObservableList<PositionRow> rows, Messages messages, PlanogramTexts texts) {
        setId(id);
        setItems(rows);
        getColumns().add(column(messages.get("planogram.screen.column.shelf"), r -> Integer.toString(
                r.position().shelf()), true, 80, 96));
        getColumns().add(column(messages.get("planogram.screen.column.position"), r -> Integer.toString(
                r.position().position()), true, 88, 104));
        TableColumn<PositionRow, PositionRow> product = new TableColumn<>(
                messages.get("planogram.screen.column.product"));
        product.setId("planogram-column-product");
        product.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        product.setCellFactory(c -> new ProductCell());
        product.setSortable(false);
        product.setMinWidth(150);
        product.setPrefWidth(220);
        getColumns().add(product);
        getColumns().add(column(messages.get("planogram.screen.column.facings"), r -> Integer.toString(
                r.position().facings()), true, 80, 96));
        TableColumn<PositionRow, PositionRow> status = new TableColumn<>(messages.get("planogram.screen.column.check"));
        status.setId("planogram-column-check");
        status.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        status.setCellFactory(c -> new StatusCell(texts));
        status.setMinWidth(130);
        status.setPrefWidth(200);
        status.setSortable(false);
        getColumns().add(status);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Wrapped text takes more or fewer lines at a new width; rows keep the height they were first given.
        getColumns().forEach(column -> column.widthProperty().addListener((obs, old, now) -> remeasureRows()));
        setMinHeight(200);
    }

    private void remeasureRows() {
        if (!remeasuring) {
            remeasuring = true;
            Platform.runLater(() -> {
                remeasuring = false;
                refresh();
            });
        }
    }

    private static TableColumn<PositionRow, PositionRow> column(String title, Function<PositionRow, String> text,
            boolean numeric, double min, double max) {
        TableColumn<PositionRow, PositionRow> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new WrappedTextCell<>(text, numeric, false));
        column.setSortable(false);
        column.setMinWidth(min);
        column.setPrefWidth(min);
        column.setMaxWidth(max);
        return column;
    }

    /** The product's name (the SKU when the catalog has none) over its SKU and GTIN in muted text. */
    private static final class ProductCell extends TableCell<PositionRow, PositionRow> {

        private static final double PADDING = 16;
        private final Text name = new Text();
        private final Text codes = new Text();
        private final VBox lines = new VBox(2, name, codes);

        ProductCell() {
            name.getStyleClass().add("wrapped-cell-text");
            codes.setStyle("-fx-fill: -color-fg-muted; -fx-font-size: 0.92em;");
            // The column's width, known before the row asks this cell for its height.
            tableColumnProperty().addListener((obs, old, column) -> {
                if (column != null) {
                    name.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING));
                    codes.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING));
                }
            });
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(PositionRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            boolean named = row.productName() != null && !row.productName().isBlank();
            String gtin = row.position().gtin().shortForm();
            name.setText(named ? NUMBER_AND_UNIT.matcher(row.productName()).replaceAll("$1\u00a0$2")
                    : row.position().sku());
            codes.setText(named ? row.position().sku() + " \u00b7 " + gtin : gtin);
            setGraphic(lines);
        }
    }

    /** Green "correct", amber "misplaced: at ...", red "missing", each with its own icon. */
    private static final class StatusCell extends TableCell<PositionRow, PositionRow> {

        private final PlanogramTexts texts;

        StatusCell(PlanogramTexts texts) {
            this.texts = texts;
        }

        /** The row asks before the label knows its width: measure the wrapped words at the column's. */
        @Override
        protected double computePrefHeight(double width) {
            double height = super.computePrefHeight(width);
            if (getGraphic() instanceof Label label && getTableColumn() != null) {
                height = Math.max(height, label.prefHeight(getTableColumn().getWidth() - 16)
                        + snappedTopInset() + snappedBottomInset());
            }
            return height;
        }

        @Override
        protected void updateItem(PositionRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null || row.status() == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label label = new Label(texts.status(row));
            label.setWrapText(true);
            // Wraps to the column (known before the row measures this cell), and the row grows to show every line.
            label.prefWidthProperty().bind((getTableColumn() == null ? widthProperty()
                    : getTableColumn().widthProperty()).subtract(16));
            label.setMinHeight(Label.USE_PREF_SIZE);
            label.getStyleClass().add("planogram-status");
            switch (row.status()) {
                case CORRECT -> {
                    label.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
                    label.getStyleClass().add(Styles.SUCCESS);
                }
                case MISPLACED -> {
                    label.setGraphic(new FontIcon(Feather.SHUFFLE));
                    label.getStyleClass().add(Styles.WARNING);
                }
                case MISSING -> {
                    label.setGraphic(new FontIcon(Feather.X_CIRCLE));
                    label.getStyleClass().add(Styles.DANGER);
                }
            }
            setText(null);
            setGraphic(label);
        }
    }
}
