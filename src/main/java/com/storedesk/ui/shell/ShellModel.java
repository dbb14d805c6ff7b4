package com.storedesk.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The window's own state: which screens the user may open, which is shown, and the status line. */
final class ShellModel {

    final ObservableList<ScreenSpec> navigation = FXCollections.observableArrayList();
    final ObjectProperty<ScreenSpec> current = new SimpleObjectProperty<>();
    final BooleanProperty kiosk = new SimpleBooleanProperty();
    /** Who is signed in and their role; empty when nobody signed in (screens built directly in tests). */
    final StringProperty user = new SimpleStringProperty("");
    final StringProperty userRole = new SimpleStringProperty("");
    final BooleanProperty canSignOut = new SimpleBooleanProperty();
    /** The navigation's badge counts by screen id; a screen without a count is absent. */
    final ObservableMap<String, Integer> badges = FXCollections.observableHashMap();

    final StringProperty dataSource = new SimpleStringProperty("");
    final StringProperty lastSync = new SimpleStringProperty("");
    final ObjectProperty<ConnectionState> connection = new SimpleObjectProperty<>(ConnectionState.NEVER_SYNCED);
    /** When the POS stopped answering, formatted; empty while it answers. */
    final StringProperty unreachableSince = new SimpleStringProperty("");

    /** A failure nobody else handled, shown above the screen until dismissed. */
    final StringProperty error = new SimpleStringProperty();
}
