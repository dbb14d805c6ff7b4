package com.storedesk.ui.planogram;

import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.components.Loading;
import com.storedesk.ui.components.ScreenHeader;
import com.storedesk.ui.components.SuccessMessage;
import java.io.File;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Lays out the planogram screen: the store, fixture and version pickers, the positions table and
 * beside it the check, the edit form (managers) and the history; or, in their place, a past check opened
 * from the history. Choices go to {@link PlanogramController}.
 */
final class PlanogramView {

    static final double SIDE_WIDTH = 390;

    private final VBox root;
    private final Messages messages;

    PlanogramView(PlanogramModel model, Messages messages, PlanogramTexts texts, PlanogramController controller,
            Node cameraPreview) {
        this.messages = messages;
        Button importFile = new Button(messages.get("planogram.screen.import"), new FontIcon(Feather.UPLOAD));
        importFile.setId("planogram-import");
        importFile.setMinWidth(Region.USE_PREF_SIZE);
        importFile.visibleProperty().bind(model.canEdit);
        importFile.managedProperty().bind(model.canEdit);
        importFile.disableProperty().bind(model.busy.or(model.store.isNull()));
        importFile.setOnAction(e -> chooseImport(messages, controller));

        PositionsTable table = new PositionsTable(model, messages, texts);
        Label none = new Label(messages.get("planogram.screen.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.setWrapText(true);
        table.setPlaceholder(none);
        Loading positions = new Loading(table, model.loading, model.loaded, messages.get("planogram.screen.loading"));
        HBox.setHgrow(positions, Priority.ALWAYS);

        TabPane side = new TabPane();
        side.setId("planogram-tabs");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setPrefWidth(SIDE_WIDTH);
        side.setMinWidth(SIDE_WIDTH);
        // The camera's picture makes the check taller than a small window: it scrolls rather than squeezes.
        ScrollPane checkScroll = new ScrollPane(new CheckPane(model, messages, controller, this::choosePhotos,
                cameraPreview));
        checkScroll.setFitToWidth(true);
        checkScroll.setFitToHeight(true);
        checkScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Tab check = tab("planogram-tab-check", messages.get("planogram.screen.tab.check"), checkScroll);
        Tab edit = tab("planogram-tab-edit", messages.get("planogram.screen.tab.edit"),
                new EditPane(model, messages, controller));
        Tab history = tab("planogram-tab-history", messages.get("planogram.screen.tab.history"),
                new HistoryPane(model, messages, texts, controller));
        side.getTabs().setAll(check, history);
        model.canEdit.addListener((obs, old, now) -> side.getTabs().setAll(now ? List.of(check, edit, history)
                : List.of(check, history)));

        HBox body = new HBox(16, positions, side);
        VBox.setVgrow(body, Priority.ALWAYS);
        body.visibleProperty().bind(model.pastOpen.not());
        body.managedProperty().bind(body.visibleProperty());
        PastCheckPane past = new PastCheckPane(model, messages, texts, controller);
        VBox.setVgrow(past, Priority.ALWAYS);
        ErrorMessage error = new ErrorMessage(messages.get("planogram.screen.error.title"), model.error);
        error.setId("planogram-error");
        SuccessMessage notice = new SuccessMessage(messages.get("planogram.screen.done.title"), model.notice);
        notice.setId("planogram-notice");
        root = new VBox(12, new ScreenHeader(messages.get("planogram.screen.title"),
                messages.get("planogram.screen.subtitle"), importFile), new Pickers(model, messages, texts),
                error, notice, body, past);
        root.getStyleClass().add("screen");
        root.setId("planogram-screen");
        root.setAlignment(Pos.TOP_LEFT);
    }

    VBox root() {
        return root;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private void chooseImport(Messages messages, PlanogramController controller) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("planogram.screen.importTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("planogram.screen.importFiles"), "*.csv", "*.json"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            controller.importFile(file.toPath());
        }
    }

    private List<java.nio.file.Path> choosePhotos() {
        Messages messages = this.messages;
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("planogram.screen.check.photosTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("planogram.screen.check.photoFiles"), "*.jpg", "*.jpeg", "*.png", "*.gif", "*.bmp"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }
}
