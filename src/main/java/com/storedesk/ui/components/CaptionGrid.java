package com.storedesk.ui.components;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Rows of caption and value. Captions keep their full width in every language; the value
 * column takes the rest, so a long value (a path, a URL) wraps instead of cutting a caption.
 */
public final class CaptionGrid extends GridPane {

    public CaptionGrid(double hgap, double vgap) {
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(captions, values);
        setHgap(hgap);
        setVgap(vgap);
    }
}
