package com.storedesk.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The scanning camera section's state: the cameras found, the one chosen, the beep, and what listing said. */
final class CameraSettingsModel {

    /** The choices: {@link #AUTOMATIC} first, then each camera's name. */
    final ObservableList<String> cameras = FXCollections.observableArrayList(AUTOMATIC);
    final StringProperty chosen = new SimpleStringProperty(AUTOMATIC);
    final BooleanProperty sound = new SimpleBooleanProperty(true);
    /** While the cameras are being listed (drivers can take seconds). */
    final BooleanProperty listing = new SimpleBooleanProperty(false);
    /** What listing found: how many cameras, or why there is none. */
    final StringProperty found = new SimpleStringProperty("");
    final BooleanProperty noCamera = new SimpleBooleanProperty(false);
    final StringProperty notice = new SimpleStringProperty();
    final StringProperty error = new SimpleStringProperty();

    /** The choice "the first camera found", saved as no name. */
    static final String AUTOMATIC = "";
}
