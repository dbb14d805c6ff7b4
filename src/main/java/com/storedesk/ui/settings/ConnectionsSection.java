package com.storedesk.ui.settings;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.pos.connection.ConnectionCheck;
import com.storedesk.pos.connection.ConnectionOverview;
import com.storedesk.pos.connection.Environment;
import com.storedesk.pos.connection.Platform;
import com.storedesk.ui.components.CaptionGrid;
import com.storedesk.ui.components.ChoiceLabels;
import com.storedesk.ui.components.ErrorMessage;
import com.storedesk.ui.components.FormLabels;
import com.storedesk.ui.components.Section;
import com.storedesk.ui.components.SuccessMessage;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Lays out the POS connections section: which connection, its form, the test's findings and the
 * sync status. Secrets are typed into password fields and never shown again: the field next to
 * them says whether one is stored on this computer.
 */
final class ConnectionsSection {

    /** Where the rows only some platforms have go, under the account: Shopify's location, Lightspeed's client. */
    private static final int PLATFORM_ROWS = 3;

    private final ConnectionsModel model;
    private final Messages messages;
    private final ConnectionsController controller;
    private final Section root;

    ConnectionsSection(ConnectionsModel model, Messages messages, ConnectionsController controller) {
        this.model = model;
        this.messages = messages;
        this.controller = controller;
        Label explanation = FormLabels.muted(messages.get("connections.explanation"));
        Message fileVault = new Message(messages.get("connections.vault.file.title"),
                messages.get("connections.vault.file"), new FontIcon(Feather.ALERT_TRIANGLE));
        fileVault.getStyleClass().add(Styles.WARNING);
        fileVault.setId("connections-vault-warning");
        fileVault.visibleProperty().bind(model.fileVault);
        fileVault.managedProperty().bind(fileVault.visibleProperty());

        SuccessMessage saved = new SuccessMessage(messages.get("settings.saved.title"), model.notice);
        saved.setId("connections-notice");
        ErrorMessage error = new ErrorMessage(messages.get("connections.error.title"), model.error);
        error.setId("connections-error");

        root = new Section(messages.get("connections.title"), explanation, fileVault, picker(), form(), buttons(),
                checkResults(), syncStatus(), saved, error);
        root.setId("settings-connections");
    }

    Node root() {
        return root;
    }

    private Node picker() {
        ComboBox<ConnectionOverview> pick = new ComboBox<>(model.connections);
        pick.setId("connections-pick");
        pick.setConverter(ChoiceLabels.of(o -> messages.get("connections.entry",
                messages.get(o.connection().platform().nameKey()), o.connection().accountId())));
        pick.setPromptText(messages.get("connections.pick.none"));
        model.selected.addListener((obs, was, now) -> pick.setValue(now));
        pick.setOnAction(e -> {
            if (pick.getValue() != null && pick.getValue() != model.selected.get()) {
                controller.select(pick.getValue());
            }
        });
        pick.disableProperty().bind(model.busy.or(Bindings.isEmpty(model.connections)));
        Button add = new Button(messages.get("connections.new"), new FontIcon(Feather.PLUS));
        add.setId("connections-new");
        add.setOnAction(e -> controller.startNew());
        add.disableProperty().bind(model.busy);
        Label editing = FormLabels.muted("");
        editing.textProperty().bind(Bindings.when(model.selected.isNull())
                .then(messages.get("connections.editing.new")).otherwise(""));
        HBox row = new HBox(8, pick, add, editing);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node form() {
        ComboBox<Platform> platform = new ComboBox<>(FXCollections.observableArrayList(Platform.connectable()));
        platform.setId("connections-platform");
        platform.setConverter(ChoiceLabels.of(p -> messages.get(p.nameKey())));
        platform.valueProperty().bindBidirectional(model.platform);

        ComboBox<Environment> environment = new ComboBox<>(FXCollections.observableArrayList(Environment.values()));
        environment.setId("connections-environment");
        environment.setConverter(ChoiceLabels.of(this::environmentName));
        environment.valueProperty().bindBidirectional(model.environment);
        // Only the servers the chosen platform has.
        environment.setOnShowing(e -> environment.getItems().setAll(model.platform.get().hasSandbox()
                ? List.of(Environment.values()) : List.of(Environment.PRODUCTION, Environment.CUSTOM)));
        TextField baseUrl = new TextField();
        baseUrl.setId("connections-base-url");
        baseUrl.textProperty().bindBidirectional(model.baseUrl);
        baseUrl.editableProperty().bind(model.environment.isEqualTo(Environment.CUSTOM));
        HBox.setHgrow(baseUrl, Priority.ALWAYS);
        HBox server = new HBox(8, environment, baseUrl);
        server.setAlignment(Pos.CENTER_LEFT);

        TextField account = new TextField();
        account.setId("connections-account");
        account.textProperty().bindBidirectional(model.accountId);
        Label accountLabel = FormLabels.caption("");
        accountLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get(model.platform.get().accountKey()), model.platform));

        TextField location = new TextField();
        location.setId("connections-location");
        location.setPromptText(messages.get("connections.location.prompt"));
        location.textProperty().bindBidirectional(model.locationId);
        Label locationLabel = FormLabels.caption(messages.get("connections.account.location"));
        locationLabel.setId("connections-location-caption");

        ToggleSwitch enabled = new ToggleSwitch(messages.get("connections.enabled.on"));
        enabled.setId("connections-enabled");
        enabled.selectedProperty().bindBidirectional(model.enabled);

        GridPane grid = new CaptionGrid(16, 10);
        // A third column for "stored / not stored", so both password fields end at the same place.
        ColumnConstraints states = new ColumnConstraints();
        states.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(states);
        grid.add(FormLabels.caption(messages.get("connections.platform")), 0, 0);
        grid.add(platform, 1, 0, 2, 1);
        grid.add(FormLabels.caption(messages.get("connections.server")), 0, 1);
        grid.add(server, 1, 1, 2, 1);
        grid.add(accountLabel, 0, 2);
        grid.add(account, 1, 2, 2, 1);
        Label credentialCaption = FormLabels.caption("");
        credentialCaption.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                model.platform.get() == Platform.LIGHTSPEED ? "connections.credential.refreshToken"
                        : "connections.credential"), model.platform));
        secretRow(grid, 3, credentialCaption, "connections-credential", model.credential, model.credentialStored,
                "connections.credential.prompt");
        PasswordField webhookSecret = secretRow(grid, 4, FormLabels.caption(messages.get("connections.webhookSecret")),
                "connections-webhook-secret", model.webhookSecret, model.webhookSecretStored,
                "connections.webhookSecret.prompt");
        grid.add(FormLabels.caption(messages.get("connections.enabled")), 0, 5);
        grid.add(enabled, 1, 5, 2, 1);
        TextField notificationUrl = new TextField();
        notificationUrl.setId("connections-notification-url");
        notificationUrl.setPromptText(messages.get("connections.notificationUrl.prompt"));
        notificationUrl.textProperty().bindBidirectional(model.notificationUrl);
        Node[] square = {FormLabels.caption(messages.get("connections.notificationUrl")), notificationUrl};
        Node[] lightspeed = lightspeedClient();
        showPlatformRows(grid, model.platform.get(), webhookSecret, locationLabel, location, lightspeed, square);
        model.platform.addListener((obs, was, now) ->
                showPlatformRows(grid, now, webhookSecret, locationLabel, location, lightspeed, square));
        return grid;
    }

    /** Lightspeed's API client (caption, field, caption, field), whose refresh token renews the access token. */
    private Node[] lightspeedClient() {
        TextField clientId = new TextField();
        clientId.setId("connections-client-id");
        clientId.setPromptText(messages.get("connections.clientId.prompt"));
        clientId.textProperty().bindBidirectional(model.clientId);
        PasswordField clientSecret = new PasswordField();
        clientSecret.setId("connections-client-secret");
        clientSecret.setPromptText(messages.get("connections.clientSecret.prompt"));
        clientSecret.textProperty().bindBidirectional(model.clientSecret);
        return new Node[] {FormLabels.caption(messages.get("connections.clientId")), clientId,
                FormLabels.caption(messages.get("connections.clientSecret")), clientSecret};
    }

    /**
     * The rows only some platforms have: Shopify's location and Lightspeed's API client under the
     * account, Square's notification URL under the webhook key (Square signs it).
     */
    private static void showPlatformRows(GridPane grid, Platform platform, Node webhookSecret, Label locationLabel,
            TextField location, Node[] lightspeed, Node[] square) {
        showRows(grid, PLATFORM_ROWS, platform.hasLocation(), locationLabel, location);
        showRows(grid, PLATFORM_ROWS, platform == Platform.LIGHTSPEED, lightspeed);
        showRows(grid, GridPane.getRowIndex(webhookSecret) + 1, platform == Platform.SQUARE, square);
    }

    /**
     * Puts rows (caption, field, caption, field...) in at row {@code at} or takes them out; the rows
     * below move with them, so hidden rows leave no gap.
     */
    private static void showRows(GridPane grid, int at, boolean shown, Node... pairs) {
        if (shown == grid.getChildren().contains(pairs[1])) {
            return;
        }
        int count = pairs.length / 2;
        if (!shown) {
            grid.getChildren().removeAll(pairs);
        }
        for (Node child : grid.getChildren()) {
            Integer row = GridPane.getRowIndex(child);
            if (row != null && row >= at) {
                GridPane.setRowIndex(child, row + (shown ? count : -count));
            }
        }
        if (shown) {
            for (int i = 0; i < count; i++) {
                grid.add(pairs[2 * i], 0, at + i);
                // A password field ends where the others do, before their "stored" column.
                Node field = pairs[2 * i + 1];
                grid.add(field, 1, at + i, field instanceof PasswordField ? 1 : 2, 1);
            }
        }
    }

    /** A password field, and beside it whether a secret is stored on this computer: never the secret. */
    private PasswordField secretRow(GridPane grid, int row, Label caption, String id, StringProperty typed,
            BooleanProperty stored, String promptKey) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        field.textProperty().bindBidirectional(typed);
        Label state = new Label();
        state.setId(id + "-state");
        state.setMinWidth(Region.USE_PREF_SIZE);
        state.textProperty().bind(Bindings.when(stored).then(messages.get("connections.secret.stored"))
                .otherwise(messages.get("connections.secret.notStored")));
        state.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon(stored.get() ? Feather.LOCK : Feather.MINUS_CIRCLE), stored));
        state.getStyleClass().add(Styles.TEXT_MUTED);
        grid.add(caption, 0, row);
        grid.add(field, 1, row);
        grid.add(state, 2, row);
        return field;
    }

    private Node buttons() {
        Button test = new Button(messages.get("connections.test"), new FontIcon(Feather.ACTIVITY));
        test.setId("connections-test");
        test.setOnAction(e -> controller.test());
        Button remove = new Button(messages.get("connections.remove"), new FontIcon(Feather.TRASH_2));
        remove.setId("connections-remove");
        remove.getStyleClass().add(Styles.DANGER);
        remove.setOnAction(e -> controller.remove());
        remove.disableProperty().bind(model.busy.or(model.selected.isNull()));
        Button save = new Button(messages.get("connections.save"), new FontIcon(Feather.SAVE));
        save.setId("connections-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> controller.save());
        test.disableProperty().bind(model.busy);
        save.disableProperty().bind(model.busy);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, test, gap, remove, save);
        bar.setFillHeight(false);
        return bar;
    }

    private Node checkResults() {
        VBox lines = new VBox(4);
        lines.setId("connections-check");
        model.checkLines.addListener((ListChangeListener<ConnectionsModel.CheckLine>) change ->
                lines.getChildren().setAll(model.checkLines.stream().map(this::checkLine).toList()));
        lines.visibleProperty().bind(Bindings.isNotEmpty(model.checkLines));
        lines.managedProperty().bind(lines.visibleProperty());
        return lines;
    }

    private Label checkLine(ConnectionsModel.CheckLine line) {
        Feather icon = switch (line.outcome()) {
            case PASSED -> Feather.CHECK_CIRCLE;
            case FAILED -> Feather.X_CIRCLE;
            case NOT_TRIED -> Feather.MINUS_CIRCLE;
        };
        Label label = new Label(line.text(), new FontIcon(icon));
        label.setWrapText(true);
        label.getStyleClass().add(line.outcome() == ConnectionCheck.Outcome.PASSED ? Styles.SUCCESS
                : line.outcome() == ConnectionCheck.Outcome.FAILED ? Styles.DANGER : Styles.TEXT_MUTED);
        return label;
    }

    private Node syncStatus() {
        GridPane grid = new CaptionGrid(16, 6);
        grid.setId("connections-sync");
        grid.addRow(0, FormLabels.caption(messages.get("connections.sync.lastSuccess")), value("connections-sync-last", model.lastSuccess));
        grid.addRow(1, FormLabels.caption(messages.get("connections.sync.items")), value("connections-sync-items", model.itemsFetched));
        grid.addRow(2, FormLabels.caption(messages.get("connections.sync.cursor")), value("connections-sync-cursor", model.cursor));
        grid.addRow(3, FormLabels.caption(messages.get("connections.sync.lastError")), value("connections-sync-error", model.lastError));
        Label heading = new Label(messages.get("connections.sync.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox panel = new VBox(8, heading, grid);
        panel.visibleProperty().bind(model.selected.isNotNull());
        panel.managedProperty().bind(panel.visibleProperty());
        return panel;
    }

    private String environmentName(Environment environment) {
        return switch (environment) {
            case PRODUCTION -> messages.get("connections.environment.production");
            case SANDBOX -> messages.get("connections.environment.sandbox");
            case CUSTOM -> messages.get("connections.environment.custom");
        };
    }

    private static Label value(String id, StringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.setWrapText(true);
        return label;
    }

}
