package com.storedesk.ui.inbox;

import com.storedesk.testing.FxWait;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;

/** What the inbox tests read and press on the screen. */
final class InboxLookups {

    private InboxLookups() {
    }

    /** Selects the action {@code id} in the list, as a click would, and scrolls it into view. */
    static void select(TableView<InboxModel.Row> table, long id) {
        FxWait.runFx(() -> {
            table.getSelectionModel().clearSelection();
            table.getItems().stream().filter(r -> r.id() == id).findFirst().ifPresent(r -> {
                table.getSelectionModel().select(r);
                table.scrollTo(r);
            });
        });
    }

    /** The status column of action {@code id}; empty when it is not listed. */
    static String status(TableView<InboxModel.Row> table, long id) {
        return FxWait.onFx(() -> table.getItems().stream().filter(r -> r.id() == id).map(InboxModel.Row::status)
                .findFirst().orElse(""));
    }

    static Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryButton();
    }

    @SuppressWarnings("unchecked")
    static TableView<InboxModel.Row> rows(FxRobot robot) {
        return robot.lookup("#inbox-actions").queryAs(TableView.class);
    }

    /** A label's text; empty when it is not on the screen. */
    static String text(FxRobot robot, String query) {
        return FxWait.onFx(() -> robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse(""));
    }
}
