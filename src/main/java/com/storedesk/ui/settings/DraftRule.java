package com.storedesk.ui.settings;

import com.storedesk.actions.ActionType;
import com.storedesk.actions.policy.ApprovalLevel;
import com.storedesk.actions.policy.Measure;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One policy rule while an administrator edits it: the threshold stays the text they typed until
 * the draft is checked, so a half-typed number is never lost or silently rounded.
 */
final class DraftRule {

    final ObjectProperty<ActionType> type = new SimpleObjectProperty<>();
    final ObjectProperty<Measure> measure = new SimpleObjectProperty<>();
    final StringProperty threshold = new SimpleStringProperty("");
    final ObjectProperty<ApprovalLevel> level = new SimpleObjectProperty<>();
    /** Set by the last check when this row is the one that stops the draft from saving. */
    final BooleanProperty invalid = new SimpleBooleanProperty(false);

    DraftRule(ActionType type, Measure measure, String threshold, ApprovalLevel level) {
        this.type.set(type);
        this.measure.set(measure);
        this.threshold.set(threshold);
        this.level.set(level);
        // A measure that means nothing for the new type gives way to one that does.
        this.type.addListener((obs, was, now) -> {
            if (now != null && !Measure.forType(now).contains(this.measure.get())) {
                this.measure.set(Measure.forType(now).iterator().next());
            }
        });
    }

    /** What an edit to this row changes, for a list that reports updates. */
    Observable[] edits() {
        return new Observable[] {type, measure, threshold, level};
    }
}
