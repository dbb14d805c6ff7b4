package com.storedesk.ui.copilot;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.FormLabels;
import com.storedesk.ui.scan.CameraPreview;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The loyalty card held up to the webcam: the camera's picture, how to hold the card, and Close. */
final class CardScanPane {

    private final VBox root;

    CardScanPane(CopilotModel model, Messages messages, CameraPreview preview, CopilotController controller) {
        Label title = new Label(messages.get("copilot.scanCard.title"), new FontIcon(Feather.CAMERA));
        title.getStyleClass().add(Styles.TITLE_3);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button close = new Button(messages.get("copilot.scanCard.close"), new FontIcon(Feather.X));
        close.setId("copilot-scan-close");
        close.getStyleClass().add(Styles.LARGE);
        close.setOnAction(e -> controller.closeCardScan());
        HBox header = new HBox(12, title, gap, close);
        header.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(10, header, FormLabels.muted(messages.get("copilot.scanCard.hint")), preview.root());
        root.setId("copilot-scan-pane");
        root.getStyleClass().add("card");
        root.setStyle("-fx-padding: 16; -fx-background-color: -color-bg-subtle; -fx-background-radius: 8;");
        root.visibleProperty().bind(model.scanningCard);
        root.managedProperty().bind(root.visibleProperty());
    }

    Node root() {
        return root;
    }
}
