package com.storedesk.ui.components;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The title line every screen starts with: title, one line saying what the screen is for, and its actions. */
public final class ScreenHeader extends HBox {

    public ScreenHeader(String title, String subtitle, Node... actions) {
        Label titleLabel = new Label(title);
        titleLabel.getStyleClass().add(Styles.TITLE_2);
        titleLabel.setId("screen-title");
        Label subtitleLabel = new Label(subtitle);
        subtitleLabel.getStyleClass().add(Styles.TEXT_MUTED);
        subtitleLabel.setWrapText(true);
        VBox text = new VBox(4, titleLabel, subtitleLabel);
        getChildren().addAll(text, new Spacer());
        getChildren().addAll(actions);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        getStyleClass().add("screen-header");
    }
}
