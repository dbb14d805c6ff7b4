package com.storedesk.app;

import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.security.SignInResult;
import com.storedesk.security.SecretKind;
import java.time.ZoneId;

/** Why a sign-in was refused, in the user's language, for the window and the command line alike. */
public final class SignInText {

    private SignInText() {
    }

    /** The refusal's sentence; a lock says until when, in {@code zone}'s time. */
    public static String refusal(SignInResult result, SecretKind kind, Messages messages, ZoneId zone) {
        if (result instanceof SignInResult.Locked locked) {
            return messages.get("signin.failed.locked", new Formats(messages).time(locked.until(), zone));
        }
        if (result instanceof SignInResult.Disabled) {
            return messages.get("signin.failed.disabled");
        }
        return messages.get(kind == SecretKind.PIN ? "signin.failed.pin" : "signin.failed.credentials");
    }
}
