package com.storedesk.ui.copilot;

import com.storedesk.assist.copilot.CopilotAnswer;
import com.storedesk.data.facts.CustomerRecord;
import com.storedesk.insight.customer.CustomerProfile;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The copilot's state: what was searched, who matched, the customer being served, and the question
 * asked with its answer, and what to suggest to the customer. Forgotten with the screen when a kiosk
 * goes idle, so the next person at it sees no one's details.
 */
final class CopilotModel {

    final StringProperty query = new SimpleStringProperty("");
    final ObservableList<CustomerRecord> matches = FXCollections.observableArrayList();
    /** The customer shown; null until one is chosen. */
    final ObjectProperty<CustomerProfile> profile = new SimpleObjectProperty<>();
    /** A sentence about the last search when it found no one or many, else null. */
    final StringProperty searchNote = new SimpleStringProperty();
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final StringProperty error = new SimpleStringProperty();
    /** The webcam is open for a loyalty card; closed again by the card, Close, Next customer or idle. */
    final BooleanProperty scanningCard = new SimpleBooleanProperty(false);

    /** The question being typed. */
    final StringProperty question = new SimpleStringProperty("");
    /** The copilot's latest answer; null until one is asked, and again for the next customer. */
    final ObjectProperty<CopilotAnswer> answer = new SimpleObjectProperty<>();
    /** A sentence about the question itself (too short), else null. */
    final StringProperty askNote = new SimpleStringProperty();
    final BooleanProperty asking = new SimpleBooleanProperty(false);
    final StringProperty askError = new SimpleStringProperty();

    /** Offers and basket summaries for the customer shown; null while they load, and with no customer. */
    final ObjectProperty<Suggestions> suggestions = new SimpleObjectProperty<>();
    final BooleanProperty suggesting = new SimpleBooleanProperty(false);
    /** Why the suggestions could not be read, else null. */
    final StringProperty suggestionsError = new SimpleStringProperty();
}
