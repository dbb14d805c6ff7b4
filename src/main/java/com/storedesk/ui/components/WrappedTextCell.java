package com.storedesk.ui.components;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A table cell whose text wraps to the column's width instead of ending in an ellipsis, so long
 * store names and explanations stay whole in every language; the row grows to fit (the table must
 * measure its rows again when a column's width changes, see {@code DistrictView}). Optionally the
 * full text is also its tooltip.
 */
public final class WrappedTextCell<R, T> extends TableCell<R, T> {

    /** Horizontal room the cell's padding takes. */
    private static final double PADDING = 16;

    private final Text text = new Text();
    private final Function<T, String> words;
    private final boolean tooltip;

    public WrappedTextCell(Function<T, String> words, boolean numeric, boolean tooltip) {
        this.words = words;
        this.tooltip = tooltip;
        text.getStyleClass().add("wrapped-cell-text");
        text.setTextAlignment(numeric ? TextAlignment.RIGHT : TextAlignment.LEFT);
        text.wrappingWidthProperty().bind(widthProperty().subtract(PADDING));
        setAlignment(numeric ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        String shown = words.apply(item);
        text.setText(shown);
        setGraphic(text);
        if (tooltip) {
            setTooltip(new Tooltip(shown));
        }
    }
}
