package com.storedesk.ui.district;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A column header that wraps between words ("vs / forecast") instead of cutting the label short,
 * so ten columns fit a laptop's width in every language. The column is never narrower than the
 * label's longest word in the font the theme gives it, so no word is broken or clipped.
 */
final class ColumnHeader {

    /** The header's own padding beside the text. */
    private static final double ROOM = 8;
    /** What a label needs beyond the bare text's width before it wraps a word. */
    private static final double SLACK = 12;

    private ColumnHeader() {
    }

    static StackPane wrapping(String text, TableColumn<?, ?> column) {
        Label label = new Label(text);
        label.getStyleClass().add("district-header");
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setAlignment(Pos.CENTER);
        // The header asks for its height before it knows its width: give it the column's.
        label.prefWidthProperty().bind(column.widthProperty().subtract(ROOM));
        fitLongestWord(label, column);
        label.fontProperty().addListener((obs, old, now) -> fitLongestWord(label, column));
        return new StackPane(label);
    }

    private static void fitLongestWord(Label label, TableColumn<?, ?> column) {
        double word = longestWord(label.getText(), label.getFont());
        label.setMinWidth(word);
        column.setMinWidth(Math.max(column.getMinWidth(), word + ROOM));
        if (column.getPrefWidth() < word + ROOM) {
            column.setPrefWidth(word + ROOM);
        }
    }

    private static double longestWord(String text, Font font) {
        Text measure = new Text();
        measure.setFont(font);
        double longest = 0;
        for (String word : text.split("\\s+")) {
            measure.setText(word);
            longest = Math.max(longest, Math.ceil(measure.getLayoutBounds().getWidth()) + SLACK);
        }
        return longest;
    }
}
