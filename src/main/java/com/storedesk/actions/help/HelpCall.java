package com.storedesk.actions.help;

import com.storedesk.actions.ProposedAction;
import java.util.Objects;

/**
 * What calling a manager did: the request in the inbox, and whether it was already there (the
 * associate had asked before and no one has answered yet), so a second press adds nothing.
 */
public record HelpCall(ProposedAction request, boolean alreadyOpen) {

    public HelpCall {
        Objects.requireNonNull(request, "request");
    }
}
