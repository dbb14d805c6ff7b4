package com.storedesk.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The count tolerance section's state: the two fields as typed, busy while reading or saving, what happened. */
final class ToleranceModel {

    final StringProperty units = new SimpleStringProperty("");
    final StringProperty percent = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty(true);
    final StringProperty notice = new SimpleStringProperty();
    final StringProperty error = new SimpleStringProperty();
}
