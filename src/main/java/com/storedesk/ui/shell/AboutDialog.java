package com.storedesk.ui.shell;

import atlantafx.base.theme.Styles;
import com.storedesk.app.AppSetup;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.Themes;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.components.CaptionGrid;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Which StoreDesk this is and where it keeps its data: what IT asks first on a support call. */
final class AboutDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    AboutDialog(UiContext ui, Window owner) {
        Messages messages = ui.messages();
        AppSetup setup = ui.app().setup();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("about.title"));

        Label name = new Label(messages.get("app.name"));
        name.getStyleClass().add(Styles.TITLE_2);
        Label tagline = new Label(messages.get("about.tagline"));
        tagline.getStyleClass().add(Styles.TEXT_MUTED);

        GridPane facts = new CaptionGrid(16, 8);
        addFact(facts, 0, messages.get("about.version"), setup.build().version(), "about-version");
        addFact(facts, 1, messages.get("about.dataFolder"),
                setup.settings().current().effectiveDataFolder(setup.appHome()).toString(), "about-data-folder");
        addFact(facts, 2, messages.get("about.database"), setup.databaseLocation().describe(), "about-database");
        addFact(facts, 3, messages.get("about.logs"),
                com.storedesk.config.AppHome.logFolder(setup.appHome()).toString(), "about-logs");
        addFact(facts, 4, messages.get("about.runtime"), messages.get("about.runtime.value",
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "?")), "about-runtime");

        VBox body = new VBox(12, name, tagline, facts);
        body.setId("about-dialog");
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().getButtonTypes().add(
                new ButtonType(messages.get("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().getStylesheets().add(Themes.appStylesheet());
        dialog.getDialogPane().setMinWidth(520);
    }

    void show() {
        dialog.show();
    }

    private static void addFact(GridPane grid, int row, String caption, String value, String id) {
        Label captionLabel = new Label(caption);
        captionLabel.getStyleClass().add(Styles.TEXT_MUTED);
        Label valueLabel = new Label(value);
        valueLabel.setId(id);
        valueLabel.setWrapText(true);
        valueLabel.setMaxWidth(420);
        grid.addRow(row, captionLabel, valueLabel);
    }
}
