package com.storedesk.ui.components;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Shows a spinner with a caption instead of {@code content} until the first data arrives;
 * later refreshes keep the content on screen so nothing flickers.
 */
public final class Loading extends StackPane {

    public Loading(Node content, ObservableBooleanValue loading, ObservableBooleanValue loaded, String caption) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        VBox indicator = new VBox(12, spinner, new Label(caption));
        indicator.setAlignment(Pos.TOP_CENTER);
        indicator.setId("loading-indicator");
        indicator.visibleProperty().bind(Bindings.and(loading, Bindings.not(loaded)));
        content.visibleProperty().bind(loaded);
        getChildren().addAll(content, indicator);
        setAlignment(Pos.TOP_LEFT);
    }
}
