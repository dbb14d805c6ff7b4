package com.storedesk.ui;

import com.storedesk.config.AppHome;
import com.storedesk.data.DatabaseUnavailableException;
import com.storedesk.i18n.Messages;
import java.nio.file.Path;

/** The short, translated sentence a user sees for a failure; the details are in the log. */
public final class ErrorText {

    private ErrorText() {
    }

    public static String describe(Throwable error, Messages messages, Path appHome) {
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof DatabaseUnavailableException unavailable) {
                return messages.get(unavailable.messageKey(), unavailable.detail());
            }
            cause = cause.getCause();
        }
        return messages.get("error.unexpected", AppHome.logFolder(appHome));
    }
}
