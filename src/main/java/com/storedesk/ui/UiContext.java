package com.storedesk.ui;

import com.storedesk.app.AppContext;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.ui.concurrent.BackgroundTasks;

/**
 * What every screen is built with: the services, the user's language and formats, the way
 * off the FX thread, and what it may ask of the shell around it.
 */
public record UiContext(AppContext app, Messages messages, Formats formats, BackgroundTasks tasks, ShellActions shell) {

    public UiContext(AppContext app, Messages messages, BackgroundTasks tasks, ShellActions shell) {
        this(app, messages, new Formats(messages), tasks, shell);
    }
}
