package com.storedesk.cli;

import com.storedesk.actions.ActionText;
import com.storedesk.actions.ProposedAction;
import com.storedesk.app.AppContext;
import com.storedesk.i18n.Messages;
import com.storedesk.security.UserSession;
import picocli.CommandLine.Command;

/** {@code storedesk approvals done ID --user U}: hand work the store's POS could not apply was done at the till. */
@Command(name = "done", mixinStandardHelpOptions = true,
        description = "Mark an action approved to do by hand as done at the POS. Needs --user and that user's "
                + "password (asked, or from STOREDESK_PASSWORD).")
public final class ApprovalsDoneCommand extends ApprovalsChangeCommand {

    public ApprovalsDoneCommand() {
        this(Secrets.fromEnvironmentOrConsole());
    }

    ApprovalsDoneCommand(Secrets secrets) {
        super(secrets);
    }

    @Override
    ProposedAction act(AppContext context, UserSession session, long id) {
        return context.actions().markDoneByHand(session, id);
    }

    @Override
    String done(Messages messages, ActionText text, ProposedAction action) {
        return messages.get("cli.approvals.doneByHand", Long.toString(action.id()), text.change(action.change()));
    }
}
