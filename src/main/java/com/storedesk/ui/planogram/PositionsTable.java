package com.storedesk.ui.planogram;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.WrappedTextCell;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The shown version's positions, shelf by shelf from the top, each with its product and facings and,
 * after a check, its outcome in words and colour (never colour alone).
 */
final class PositionsTable extends TableView<PositionRow> {

    PositionsTable(PlanogramModel model, Messages messages, PlanogramTexts texts) {
        setId("planogram-positions");
        setItems(model.rows);
        getColumns().add(column(messages.get("planogram.screen.column.shelf"), r -> Integer.toString(
                r.position().shelf()), true, 85));
        getColumns().add(column(messages.get("planogram.screen.column.position"), r -> Integer.toString(
                r.position().position()), true, 90));
        getColumns().add(column(messages.get("planogram.screen.column.sku"), r -> r.position().sku(), false, 90));
        getColumns().add(column(messages.get("planogram.screen.column.product"), PositionRow::productName, false,
                140));
        getColumns().add(column(messages.get("planogram.screen.column.gtin"), r -> r.position().gtin().shortForm(),
                false, 140));
        getColumns().add(column(messages.get("planogram.screen.column.facings"), r -> Integer.toString(
                r.position().facings()), true, 85));
        TableColumn<PositionRow, PositionRow> status = new TableColumn<>(messages.get("planogram.screen.column.check"));
        status.setId("planogram-column-check");
        status.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        status.setCellFactory(c -> new StatusCell(texts));
        status.setMinWidth(150);
        status.setPrefWidth(190);
        status.setSortable(false);
        getColumns().add(status);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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
        setMinHeight(200);
    }

    private static TableColumn<PositionRow, PositionRow> column(String title, Function<PositionRow, String> text,
            boolean numeric, double width) {
        TableColumn<PositionRow, PositionRow> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new WrappedTextCell<>(text, numeric, false));
        column.setSortable(false);
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }

    /** Green "correct", amber "misplaced: at ...", red "missing", each with its own icon. */
    private static final class StatusCell extends TableCell<PositionRow, PositionRow> {

        private final PlanogramTexts texts;

        StatusCell(PlanogramTexts texts) {
            this.texts = texts;
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
