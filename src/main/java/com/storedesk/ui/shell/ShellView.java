package com.storedesk.ui.shell;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.components.ErrorMessage;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Sidebar, content area and status bar, bound to {@link ShellModel}. */
final class ShellView extends BorderPane {

    private final ShellModel model;
    private final Messages messages;
    private final ShellController controller;
    private final StackPane content = new StackPane();

    ShellView(ShellModel model, Messages messages, ShellController controller) {
        this.model = model;
        this.messages = messages;
        this.controller = controller;
        getStyleClass().add("shell");
        if (model.kiosk.get()) {
            getStyleClass().add("kiosk");
        }
        content.setId("shell-content");
        ErrorMessage error = new ErrorMessage(messages.get("shell.error.title"), model.error);
        error.setOnClose(e -> controller.dismissError());
        error.setId("shell-error");
        VBox center = new VBox(error, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        setLeft(sidebar());
        setCenter(center);
        setBottom(statusBar());
    }

    void showScreen(Node screen) {
        content.getChildren().setAll(screen);
    }

    private Node sidebar() {
        Label brand = new Label(messages.get("app.name"), new FontIcon(Feather.SHOPPING_BAG));
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");

        VBox nav = new VBox(4);
        nav.setId("shell-navigation");
        ToggleGroup group = new ToggleGroup();
        for (ScreenSpec spec : model.navigation) {
            ToggleButton button = new ToggleButton(messages.get(spec.titleKey()), new FontIcon(spec.icon()));
            button.setId("nav-" + spec.id());
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setSelected(spec.equals(model.current.get()));
            button.setOnAction(e -> {
                button.setSelected(true);
                controller.open(spec);
            });
            model.current.addListener((obs, old, now) -> button.setSelected(spec.equals(now)));
            nav.getChildren().add(spec.badge() == null ? button : withBadge(button, spec.id()));
        }

        Button theme = iconButton(Feather.MOON, "shell.theme.toggle", "shell-theme");
        theme.setOnAction(e -> controller.toggleTheme());
        Button about = iconButton(Feather.INFO, "shell.about", "shell-about");
        about.setOnAction(e -> controller.showAbout());
        HBox tools = new HBox(4, theme, about);

        VBox sidebar = new VBox(16, brand, nav, new Spacer(Orientation.VERTICAL), user(), tools);
        sidebar.getStyleClass().add("sidebar");
        return sidebar;
    }

    /** The button with its count at its right end, hidden while there is nothing to count. */
    private Node withBadge(ToggleButton button, String id) {
        Label badge = new Label();
        badge.setId("nav-badge-" + id);
        badge.getStyleClass().add("nav-badge");
        badge.setMouseTransparent(true);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Runnable update = () -> {
            Integer count = model.badges.get(id);
            badge.setText(count == null ? "" : Integer.toString(count));
            badge.setVisible(count != null && count > 0);
        };
        model.badges.addListener((MapChangeListener<String, Integer>) change -> update.run());
        update.run();
        StackPane stack = new StackPane(button, badge);
        StackPane.setAlignment(badge, Pos.CENTER_RIGHT);
        StackPane.setMargin(badge, new Insets(0, 8, 0, 0));
        return stack;
    }

    /** Who is signed in, and the way out for the next person. */
    private Node user() {
        Label name = new Label();
        name.setId("shell-user");
        name.textProperty().bind(model.user);
        name.setWrapText(true);
        name.getStyleClass().add(Styles.TEXT_BOLD);
        Label role = new Label();
        role.setId("shell-user-role");
        role.textProperty().bind(model.userRole);
        role.getStyleClass().add("shell-user-role");
        Button signOut = new Button(messages.get("signin.signOut"), new FontIcon(Feather.LOG_OUT));
        signOut.setId("shell-sign-out");
        signOut.getStyleClass().add(Styles.FLAT);
        signOut.setMaxWidth(Double.MAX_VALUE);
        signOut.setAlignment(Pos.CENTER_LEFT);
        signOut.setOnAction(e -> controller.signOut());
        signOut.visibleProperty().bind(model.canSignOut);
        signOut.managedProperty().bind(signOut.visibleProperty());
        VBox user = new VBox(2, name, role, signOut);
        user.visibleProperty().bind(model.user.isNotEmpty().or(model.canSignOut));
        user.managedProperty().bind(user.visibleProperty());
        return user;
    }

    private Button iconButton(Feather icon, String tooltipKey, String id) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(messages.get(tooltipKey)));
        button.setId(id);
        return button;
    }

    private Node statusBar() {
        Label source = new Label();
        source.textProperty().bind(Bindings.concat(messages.get("status.source"), " ", model.dataSource));
        source.setId("status-source");
        Label sync = new Label();
        sync.textProperty().bind(model.lastSync);
        sync.setId("status-sync");

        Circle dot = new Circle(5);
        Label connection = new Label();
        connection.setId("status-connection");
        connection.setGraphic(dot);
        connection.textProperty().bind(Bindings.createStringBinding(
                () -> model.connection.get() == ConnectionState.UNREACHABLE
                        ? messages.get("pos.status.unreachableSince", model.unreachableSince.get())
                        : messages.get(connectionKey(model.connection.get())),
                model.connection, model.unreachableSince));
        model.connection.addListener((obs, old, now) -> styleDot(dot, now));
        styleDot(dot, model.connection.get());

        HBox bar = new HBox(16, source, new Separator(Orientation.VERTICAL), sync, new Spacer(), connection);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static String connectionKey(ConnectionState state) {
        return switch (state) {
            case ONLINE -> "status.online";
            case OFFLINE -> "status.offline";
            case NEVER_SYNCED -> "status.notConnected";
            case UNREACHABLE -> "status.offline";
        };
    }

    private static void styleDot(Circle dot, ConnectionState state) {
        dot.getStyleClass().setAll("connection-dot", state.name().toLowerCase(java.util.Locale.ROOT));
    }
}
