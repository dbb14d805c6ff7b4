package com.storedesk.ui.count;

import com.storedesk.data.StoreSummary;
import com.storedesk.inventory.count.CountResult;
import com.storedesk.inventory.count.CountSession;
import com.storedesk.inventory.count.CountSheet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The count screen's state: where a count may start, the unfinished ones to resume, the count in
 * hand with its lines, and a finished count's comparison. One of {@link #sheet} and {@link #result}
 * at most is set; with neither, the screen offers to start or resume.
 */
final class CountModel {

    final ObservableList<StoreSummary> stores = FXCollections.observableArrayList();
    final ObjectProperty<StoreSummary> store = new SimpleObjectProperty<>();
    final StringProperty location = new SimpleStringProperty("");
    final ObservableList<CountSession> unfinished = FXCollections.observableArrayList();

    /** The count in hand, as last saved; null when none is. */
    final ObjectProperty<CountSheet> sheet = new SimpleObjectProperty<>();
    final StringProperty code = new SimpleStringProperty("");
    final StringProperty quantity = new SimpleStringProperty("");
    /** What the last scan or entry did, in a sentence; null before the first. */
    final StringProperty note = new SimpleStringProperty();
    /** Whether {@link #note} warns (an unknown code) rather than confirms. */
    final BooleanProperty noteWarns = new SimpleBooleanProperty(false);
    /** Whether the webcam scans into the count in hand; the associate turns it on. */
    final BooleanProperty cameraOn = new SimpleBooleanProperty(false);

    /** The count just finished; null otherwise. */
    final ObjectProperty<CountResult> result = new SimpleObjectProperty<>();

    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final StringProperty error = new SimpleStringProperty();
}
