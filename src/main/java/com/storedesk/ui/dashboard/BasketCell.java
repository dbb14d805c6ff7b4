package com.storedesk.ui.dashboard;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A feed row's basket: what it was for, and under it the best add-on, both with why in a tooltip; a
 * muted note while the basket is being read, nothing for a sale with no summary.
 */
final class BasketCell extends TableCell<DashboardModel.SaleRow, DashboardModel.SaleRow> {

    private final Messages messages;
    private final Label summary = new Label();
    private final Label addOn = new Label();
    private final VBox lines = new VBox(0, summary, addOn);

    BasketCell(Messages messages) {
        this.messages = messages;
        summary.getStyleClass().add("feed-basket");
        addOn.getStyleClass().addAll("feed-add-on", Styles.TEXT_MUTED);
        addOn.managedProperty().bind(addOn.visibleProperty());
    }

    @Override
    protected void updateItem(DashboardModel.SaleRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        DashboardModel.BasketLine line = row.basket();
        summary.getStyleClass().remove(Styles.TEXT_MUTED);
        if (line == null) {
            summary.setText(messages.get("dashboard.feed.basket.pending"));
            summary.getStyleClass().add(Styles.TEXT_MUTED);
            addOn.setVisible(false);
            setTooltip(null);
        } else {
            summary.setText(line.summary());
            addOn.setText(line.addOn().isEmpty() ? "" : messages.get("dashboard.feed.addOn", line.addOn()));
            addOn.setVisible(!line.addOn().isEmpty());
            // The whole of it, should a narrow window cut the lines short.
            setTooltip(line.summary().isEmpty() ? null : new Tooltip(line.addOnWhy().isEmpty() ? line.summary()
                    : line.summary() + "\n" + line.addOnWhy()));
        }
        setGraphic(lines);
    }
}
