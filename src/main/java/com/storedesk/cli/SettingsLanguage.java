package com.storedesk.cli;

import com.storedesk.config.AppHome;
import com.storedesk.config.SettingsFile;
import com.storedesk.i18n.Messages;

/** The user's language for commands that open no database (and so no app context). */
final class SettingsLanguage {

    private SettingsLanguage() {
    }

    static Messages messages() {
        return new Messages(new SettingsFile(AppHome.resolve()).load().language());
    }
}
