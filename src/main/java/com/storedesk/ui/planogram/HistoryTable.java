package com.storedesk.ui.planogram;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.planogram.store.CheckSummary;
import com.storedesk.ui.components.WrappedTextCell;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

/**
 * The fixture's past checks, newest first: when, against which version, the score, and by whom.
 * Double-click or Enter on one opens it, as the Open button under the table does.
 */
final class HistoryTable extends TableView<CheckSummary> {

    HistoryTable(PlanogramModel model, Messages messages, PlanogramTexts texts, Runnable open) {
        setId("planogram-history");
        setItems(model.history);
        getColumns().add(column(messages.get("planogram.screen.history.date"), c -> texts.when(c.checkedAt()), false,
                130));
        getColumns().add(column(messages.get("planogram.screen.version"), c -> Integer.toString(c.versionNumber()),
                true, 70));
        getColumns().add(column(messages.get("planogram.screen.history.score"), c -> texts.percent(c.score()), true,
                80));
        getColumns().add(column(messages.get("planogram.screen.history.by"), CheckSummary::checkedBy, false, 100));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label(messages.get("planogram.screen.history.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        setPlaceholder(none);
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.historySelected.set(now));
        setRowFactory(table -> {
            TableRow<CheckSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.run();
                }
            });
            return row;
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                open.run();
                e.consume();
            }
        });
    }

    private static TableColumn<CheckSummary, CheckSummary> column(String title, Function<CheckSummary, String> text,
            boolean numeric, double width) {
        TableColumn<CheckSummary, CheckSummary> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new WrappedTextCell<>(text, numeric, false));
        column.setSortable(false);
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }
}
