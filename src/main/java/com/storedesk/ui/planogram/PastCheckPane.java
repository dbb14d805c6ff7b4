package com.storedesk.ui.planogram;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A past check, read-only: when and by whom, the version it was held against, each position's
 * outcome, the scores and what was to do, in the reader's language. Back returns to the fixture,
 * where a check under way kept its codes.
 */
final class PastCheckPane extends VBox {

    PastCheckPane(PlanogramModel model, Messages messages, PlanogramTexts texts, PlanogramController controller) {
        setId("planogram-past");
        Label title = bound("planogram-past-title", model.pastTitle);
        title.getStyleClass().add(Styles.TITLE_3);
        title.setGraphic(new FontIcon(Feather.CLOCK));
        Label readOnly = new Label(messages.get("planogram.screen.past.readOnly"), new FontIcon(Feather.LOCK));
        readOnly.setId("planogram-past-readonly");
        readOnly.getStyleClass().add(Styles.TEXT_MUTED);
        readOnly.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button back = CheckPane.button("planogram-past-close", messages.get("planogram.screen.past.close"),
                Feather.ARROW_LEFT);
        back.setOnAction(e -> controller.closePast());
        HBox header = new HBox(12, title, readOnly, gap, back);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.SOMETIMES);

        Label version = bound("planogram-past-version", model.pastVersion);
        version.getStyleClass().add(Styles.TEXT_MUTED);
        Label score = bound("planogram-past-score", model.pastScore);
        score.getStyleClass().add(Styles.TITLE_4);
        Label shelves = bound("planogram-past-shelf-scores", model.pastShelfScores);

        PositionsTable positions = new PositionsTable("planogram-past-positions", model.pastRows, messages, texts);
        HBox.setHgrow(positions, Priority.ALWAYS);
        Label todoTitle = new Label(messages.get("planogram.screen.past.todo"));
        todoTitle.getStyleClass().add(Styles.TEXT_BOLD);
        ListView<String> todo = new ListView<>(model.pastExceptions);
        todo.setId("planogram-past-exceptions");
        todo.setCellFactory(list -> new CheckPane.WrappingListCell());
        VBox.setVgrow(todo, Priority.ALWAYS);
        VBox side = new VBox(8, todoTitle, todo);
        side.setPrefWidth(PlanogramView.SIDE_WIDTH);
        side.setMinWidth(PlanogramView.SIDE_WIDTH);
        HBox body = new HBox(16, positions, side);
        VBox.setVgrow(body, Priority.ALWAYS);

        getChildren().addAll(header, version, score, shelves, body);
        setSpacing(8);
        visibleProperty().bind(model.pastOpen);
        managedProperty().bind(model.pastOpen);
    }

    private static Label bound(String id, javafx.beans.property.StringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
