package com.storedesk.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds labels and buttons whose text the layout cut short: the skin then draws a shorter
 * text ending in an ellipsis than the control holds.
 */
public final class ClippedText {

    private ClippedText() {
    }

    /** Call on the FX thread, after layout. Returns the texts that do not fit, empty when all do. */
    public static List<String> in(Parent root) {
        List<String> clipped = new ArrayList<>();
        collect(root, clipped);
        return clipped;
    }

    private static void collect(Node node, List<String> clipped) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text drawn && !drawn.getText().equals(labeled.getText())
                        && drawn.getText().endsWith(labeled.getEllipsisString())) {
                    clipped.add(labeled.getText() + " → " + drawn.getText());
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, clipped);
            }
        }
    }
}
