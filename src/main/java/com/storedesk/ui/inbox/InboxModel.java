package com.storedesk.ui.inbox;

import com.storedesk.actions.ActionStatus;
import com.storedesk.actions.ActionType;
import com.storedesk.actions.ProposedAction;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The inbox's state: the filters, the actions they find, the selected one in words, and what a decision said. */
final class InboxModel {

    /** A choice in a filter; {@code value} null is "any". */
    record Choice<T>(T value, String label) {
    }

    /** One action as the table shows it; {@code mayDecide} is the service's answer for this session. */
    record Row(ProposedAction action, String when, String store, String type, String change, String level,
            String status, String expires, boolean mayDecide) {

        long id() {
            return action.id();
        }
    }

    /** An evidence figure: its label and its value. */
    record Figure(String label, String value) {
    }

    /**
     * The selected action in words, and what the session may do with it now.
     *
     * @param byHand why approving records the decision only (the store's POS cannot apply it), or null
     * @param editKind what an edit changes, or null when the action is not edited by one number
     * @param help a help request: its evidence is the conversation, approving it says "on my way"
     * @param canMarkByHand hand work the session may mark done (or not done) at the till
     */
    record Detail(long id, String title, String byHand, String change, String rationale, List<Figure> evidence,
            String seriesLabel, List<Long> series, String proposer, String routing, List<String> history,
            boolean canDecide, boolean canRetry, ChangeEdit.Kind editKind, String editValue, boolean help,
            boolean canMarkByHand) {
    }

    final ObservableList<Choice<ActionType>> types = FXCollections.observableArrayList();
    final ObjectProperty<Choice<ActionType>> type = new SimpleObjectProperty<>();
    final ObservableList<Choice<Long>> stores = FXCollections.observableArrayList();
    final ObjectProperty<Choice<Long>> store = new SimpleObjectProperty<>();
    final ObservableList<Choice<ActionStatus>> statuses = FXCollections.observableArrayList();
    final ObjectProperty<Choice<ActionStatus>> status = new SimpleObjectProperty<>();
    final ObservableList<Choice<Duration>> ages = FXCollections.observableArrayList();
    final ObjectProperty<Choice<Duration>> age = new SimpleObjectProperty<>();

    final BooleanProperty loading = new SimpleBooleanProperty(true);
    final BooleanProperty loaded = new SimpleBooleanProperty(false);
    /** A decision is on its way to the service: the buttons wait. */
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final StringProperty error = new SimpleStringProperty();
    /** What the last decision did, in words. */
    final StringProperty notice = new SimpleStringProperty();
    final StringProperty summary = new SimpleStringProperty("");
    final ObservableList<Row> rows = FXCollections.observableArrayList();
    final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    final ObjectProperty<Detail> detail = new SimpleObjectProperty<>();

    /** The reason typed for a rejection; the Reject button waits for one. */
    final StringProperty reason = new SimpleStringProperty("");
    /** Why hand work could not be done at the till; the "could not" button waits for one. */
    final StringProperty handNote = new SimpleStringProperty("");
    /** The number typed for edit-then-approve. */
    final StringProperty editValue = new SimpleStringProperty("");
    /** Where the edited change would go, or why the number is not accepted. */
    final StringProperty editLevel = new SimpleStringProperty("");
    final BooleanProperty editValid = new SimpleBooleanProperty(false);
}
