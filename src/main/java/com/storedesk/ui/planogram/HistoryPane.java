package com.storedesk.ui.planogram;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The history tab: the past checks and Open, which shows the picked one read-only. */
final class HistoryPane extends VBox {

    HistoryPane(PlanogramModel model, Messages messages, PlanogramTexts texts, PlanogramController controller) {
        HistoryTable table = new HistoryTable(model, messages, texts, controller::openPast);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label hint = new Label(messages.get("planogram.screen.history.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Button open = CheckPane.button("planogram-history-open", messages.get("planogram.screen.history.open"),
                Feather.EYE);
        open.disableProperty().bind(model.historySelected.isNull().or(model.busy));
        open.setOnAction(e -> controller.openPast());
        getChildren().addAll(hint, table, new FlowPane(8, 8, open));
        setSpacing(10);
        setPadding(new Insets(12, 4, 4, 4));
    }
}
