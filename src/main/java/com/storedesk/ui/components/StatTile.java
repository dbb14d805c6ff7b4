package com.storedesk.ui.components;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A small card with a caption and one value, for the facts a user reads at a glance. */
public final class StatTile extends VBox {

    public StatTile(String caption, ObservableStringValue value) {
        Label captionLabel = new Label(caption);
        captionLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label valueLabel = new Label();
        valueLabel.textProperty().bind(value);
        valueLabel.getStyleClass().addAll(Styles.TITLE_4);
        valueLabel.setWrapText(true);
        getChildren().addAll(captionLabel, valueLabel);
        getStyleClass().add("stat-tile");
        setSpacing(6);
        setMinWidth(160);
        // Zero preferred width lets a row of tiles share its width equally, whatever their text.
        setPrefWidth(0);
        HBox.setHgrow(this, Priority.ALWAYS);
        setMaxWidth(Double.MAX_VALUE);
    }
}
