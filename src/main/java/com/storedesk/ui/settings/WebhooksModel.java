package com.storedesk.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The webhook receiver section's state: where it listens, whether it runs, and which connections are ready. */
final class WebhooksModel {

    final StringProperty bindAddress = new SimpleStringProperty("");
    final StringProperty port = new SimpleStringProperty("");
    final BooleanProperty startWithApp = new SimpleBooleanProperty(false);

    final BooleanProperty listening = new SimpleBooleanProperty(false);
    /** The translated state line: listening and what was received, stopped, or why it cannot listen. */
    final StringProperty state = new SimpleStringProperty("");
    final BooleanProperty failed = new SimpleBooleanProperty(false);
    /** One translated line per platform path, then one per enabled connection and whether it is ready. */
    final ObservableList<String> paths = FXCollections.observableArrayList();
    final ObservableList<Line> connections = FXCollections.observableArrayList();

    /** Clover's part is shown: a Clover connection exists, or its handshake code came. */
    final BooleanProperty cloverShown = new SimpleBooleanProperty(false);
    /** The code of Clover's one-time handshake, or empty while none came. */
    final StringProperty cloverCode = new SimpleStringProperty("");
    /** When the code came and where to paste it, or how to have Clover send one. */
    final StringProperty cloverHint = new SimpleStringProperty("");

    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final StringProperty notice = new SimpleStringProperty();
    final StringProperty error = new SimpleStringProperty();

    /** A connection's line, and whether it is ready (drawn with a check, else a warning). */
    record Line(String text, boolean ready) {
    }
}
