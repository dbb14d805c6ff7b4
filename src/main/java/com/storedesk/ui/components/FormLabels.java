package com.storedesk.ui.components;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The two kinds of text a form shows beside its fields: a field's caption and a muted explanation. */
public final class FormLabels {

    private FormLabels() {
    }

    /** Bold, and never narrower than its text, so a long translation widens the column instead of clipping. */
    public static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Muted and wrapped to the width it is given. */
    public static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
