package com.storedesk.ui.components;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A titled block of a screen, drawn as a card. */
public final class Section extends VBox {

    public Section(String title, Node... content) {
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add(Styles.TITLE_4);
        getChildren().add(titleLabel);
        getChildren().addAll(content);
        getStyleClass().add("section");
        setSpacing(12);
    }
}
