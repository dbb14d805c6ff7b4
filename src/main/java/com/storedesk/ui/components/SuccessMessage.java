package com.storedesk.ui.components;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A green notice that something was done: shown while {@code text} holds a message, hidden when it is null. */
public final class SuccessMessage extends Message {

    public SuccessMessage(String title, ObservableStringValue text) {
        super(title, "", new FontIcon(Feather.CHECK_CIRCLE));
        getStyleClass().add(Styles.SUCCESS);
        descriptionProperty().bind(text);
        visibleProperty().bind(Bindings.isNotNull(text));
        managedProperty().bind(visibleProperty());
    }
}
