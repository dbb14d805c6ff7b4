package com.storedesk.ui.copilot;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** "Call a manager" on the copilot: the line typed, the request's state in words, and what went wrong. */
final class CallManagerModel {

    /** Where the request stands, as the associate is told it. */
    enum State {
        ASKED,
        ALREADY_ASKED,
        ON_THE_WAY,
        DECLINED,
        EXPIRED;

        /** Still waiting for a manager's answer. */
        boolean waiting() {
            return this == ASKED || this == ALREADY_ASKED;
        }
    }

    /** The optional one line for the manager ("customer wants a price match"). */
    final StringProperty reason = new SimpleStringProperty("");
    final BooleanProperty calling = new SimpleBooleanProperty(false);
    /** The request's state; null before the first call and for the next customer. */
    final ObjectProperty<State> state = new SimpleObjectProperty<>();
    /** The state in a sentence with the request's number; null with no state. */
    final StringProperty stateText = new SimpleStringProperty();
    final StringProperty error = new SimpleStringProperty();
}
