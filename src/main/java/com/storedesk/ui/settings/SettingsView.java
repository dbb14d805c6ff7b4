package com.storedesk.ui.settings;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Language;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.CaptionGrid;
import com.storedesk.ui.components.ChoiceLabels;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.components.FormLabels;
import com.storedesk.ui.components.ScreenHeader;
import com.storedesk.ui.components.Section;
import com.storedesk.ui.components.SuccessMessage;
import java.io.File;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Lays out Settings and binds it to {@link SettingsModel}; choices go to {@link SettingsController}. */
final class SettingsView {

    private final SettingsModel model;
    private final Messages messages;
    private final SettingsController controller;
    private final ScrollPane root;

    /**
     * {@code scanning}: the scanning camera's section, for everyone; {@code counting}: the count
     * tolerance, for managers and administrators; {@code administration}: the POS
     * connections, webhooks and assistant sections, for administrators; empty for others.
     */
    SettingsView(SettingsModel model, Messages messages, SettingsController controller, Node scanning,
            List<Node> counting, List<Node> administration) {
        this.model = model;
        this.messages = messages;
        this.controller = controller;
        VBox page = new VBox(20,
                new ScreenHeader(messages.get("settings.title"), messages.get(model.editsPolicy.get()
                        ? "settings.subtitle.administrator" : "settings.subtitle")),
                appearance(),
                dataSection(), scanning);
        page.getChildren().addAll(counting);
        page.getChildren().addAll(administration);
        if (model.editsPolicy.get()) {
            page.getChildren().add(new PolicySection(model, messages, controller).build());
        }
        page.getStyleClass().add("screen");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("settings-screen");
    }

    Node root() {
        return root;
    }

    private Node appearance() {
        ComboBox<Language> language = new ComboBox<>(FXCollections.observableArrayList(Language.values()));
        language.setId("settings-language");
        language.setConverter(ChoiceLabels.of(Language::nativeName));
        language.setValue(model.language.get());
        language.setOnAction(e -> controller.chooseLanguage(language.getValue()));

        ToggleSwitch dark = new ToggleSwitch();
        dark.setId("settings-dark-theme");
        dark.setSelected(model.darkTheme.get());
        dark.selectedProperty().addListener((obs, was, now) -> controller.chooseDarkTheme(now));

        GridPane grid = new CaptionGrid(16, 12);
        grid.addRow(0, fieldLabel("settings.language"), language);
        grid.addRow(1, fieldLabel("settings.darkTheme"), dark);
        return new Section(messages.get("settings.appearance"), grid);
    }

    private Node dataSection() {
        TextField folder = new TextField();
        folder.setId("settings-data-folder");
        folder.setEditable(false);
        folder.textProperty().bind(model.dataFolder);
        HBox.setHgrow(folder, Priority.ALWAYS);

        Button change = new Button(messages.get("settings.dataFolder.change"), new FontIcon(Feather.FOLDER));
        change.setId("settings-data-folder-change");
        change.setOnAction(e -> pickFolder());
        Button useDefault = new Button(messages.get("settings.dataFolder.useDefault"));
        useDefault.setId("settings-data-folder-default");
        useDefault.setOnAction(e -> controller.useDefaultDataFolder());
        useDefault.disableProperty().bind(model.dataFolderIsDefault.or(model.busy));
        change.disableProperty().bind(model.busy);
        HBox folderRow = new HBox(8, folder, change, useDefault);

        Label hint = FormLabels.muted(messages.get("settings.dataFolder.hint"));
        Label database = new Label();
        database.setId("settings-database");
        database.textProperty().bind(model.databaseInUse);
        database.setWrapText(true);
        Label external = FormLabels.muted(messages.get("settings.database.external"));
        external.visibleProperty().bind(model.usesExternalDatabase);
        external.managedProperty().bind(external.visibleProperty());

        GridPane grid = new CaptionGrid(16, 12);
        grid.addRow(0, fieldLabel("settings.dataFolder"), folderRow);
        grid.add(hint, 1, 1);
        grid.addRow(2, fieldLabel("settings.database"), database);
        grid.add(external, 1, 3);

        SuccessMessage saved = new SuccessMessage(messages.get("settings.saved.title"), model.notice);
        saved.setId("settings-notice");
        ErrorMessage error = new ErrorMessage(messages.get("settings.error.title"), model.error);
        error.setId("settings-error");
        return new Section(messages.get("settings.data"), grid, saved, error);
    }

    private void pickFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("settings.dataFolder.choose"));
        File current = new File(model.dataFolder.get());
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(root.getScene().getWindow());
        if (chosen != null) {
            controller.chooseDataFolder(chosen.toPath());
        }
    }

    private Label fieldLabel(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

}
