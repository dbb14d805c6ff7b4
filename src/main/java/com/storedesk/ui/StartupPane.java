package com.storedesk.ui;

import atlantafx.base.theme.Styles;
import com.storedesk.app.DemoSize;
import com.storedesk.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the window shows before the shell: the database opening, the demo chain being prepared
 * on a first start, or why the database could not open.
 */
final class StartupPane extends VBox {

    private StartupPane() {
        setAlignment(Pos.CENTER);
        setSpacing(16);
        setMaxWidth(560);
        getStyleClass().add("startup-pane");
    }

    static StartupPane opening(Messages messages) {
        StartupPane pane = new StartupPane();
        pane.setId("startup-opening");
        Label title = new Label(messages.get("app.name"));
        title.getStyleClass().add(Styles.TITLE_1);
        pane.getChildren().addAll(title, new ProgressIndicator(), new Label(messages.get("startup.opening")));
        return pane;
    }

    static StartupPane failed(Messages messages, String reason, Runnable retry, Runnable quit) {
        StartupPane pane = new StartupPane();
        pane.setId("startup-failed");
        FontIcon icon = new FontIcon(Feather.ALERT_OCTAGON);
        icon.getStyleClass().add("startup-icon");
        Label title = new Label(messages.get("startup.failed.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label detail = new Label(reason);
        detail.setId("startup-reason");
        detail.setWrapText(true);
        Button retryButton = new Button(messages.get("action.retry"));
        retryButton.setId("startup-retry");
        retryButton.getStyleClass().add(Styles.ACCENT);
        retryButton.setDefaultButton(true);
        retryButton.setOnAction(e -> retry.run());
        Button quitButton = new Button(messages.get("action.quit"));
        quitButton.setId("startup-quit");
        quitButton.setOnAction(e -> quit.run());
        HBox actions = new HBox(8, retryButton, quitButton);
        actions.setAlignment(Pos.CENTER);
        pane.getChildren().addAll(icon, title, detail, actions);
        return pane;
    }

    /**
     * The first start's demo chain being generated: a progress bar, what has arrived so far, and
     * Cancel (the shell then opens on what is already in; the rest follows on the next start).
     */
    static StartupPane preparingDemo(Messages messages, DemoSize size, ObservableDoubleValue progress,
            ObservableStringValue detail, Runnable cancel) {
        StartupPane pane = new StartupPane();
        pane.setId("startup-demo");
        Label title = new Label(messages.get("startup.demo.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label explanation = new Label(messages.get("startup.demo.explanation", size.stores(), size.days()));
        explanation.setWrapText(true);
        ProgressBar bar = new ProgressBar();
        bar.setId("startup-demo-progress");
        bar.progressProperty().bind(progress);
        bar.setMaxWidth(Double.MAX_VALUE);
        Label detailLabel = new Label();
        detailLabel.setId("startup-demo-detail");
        detailLabel.textProperty().bind(detail);
        Button cancelButton = new Button(messages.get("action.cancel"));
        cancelButton.setId("startup-demo-cancel");
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(e -> {
            cancelButton.setDisable(true);
            cancel.run();
        });
        pane.getChildren().addAll(title, explanation, bar, detailLabel, cancelButton);
        return pane;
    }
}
