package com.storedesk.ui;

import com.storedesk.config.Theme;
import com.storedesk.i18n.Language;

/** What a screen may ask of the window around it. */
public interface ShellActions {

    /** Redraws every screen in {@code language}, staying on the current one. */
    void changeLanguage(Language language);

    void changeTheme(Theme theme);
}
