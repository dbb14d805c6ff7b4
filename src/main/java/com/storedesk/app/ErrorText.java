package com.storedesk.app;

import com.storedesk.config.AppHome;
import com.storedesk.data.DatabaseUnavailableException;
import com.storedesk.i18n.Messages;
import com.storedesk.pos.ConnectorException;
import com.storedesk.pos.connection.InvalidConnectionException;
import com.storedesk.security.AccountException;
import com.storedesk.security.vault.VaultException;
import java.nio.file.Path;

/** The short, translated sentence a user sees for a failure, in the window or on the command line; the details are in the log. */
public final class ErrorText {

    private ErrorText() {
    }

    public static String describe(Throwable error, Messages messages, Path appHome) {
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof DatabaseUnavailableException unavailable) {
                return messages.get(unavailable.messageKey(), unavailable.detail());
            }
            if (cause instanceof AccountException account) {
                return messages.get(account.messageKey());
            }
            if (cause instanceof ConnectorException connector) {
                return messages.get(connector.messageKey());
            }
            if (cause instanceof VaultException vault) {
                return messages.get(vault.messageKey());
            }
            if (cause instanceof InvalidConnectionException invalid) {
                return messages.get(invalid.messageKey());
            }
            cause = cause.getCause();
        }
        return messages.get("error.unexpected", AppHome.logFolder(appHome));
    }
}
