package com.storedesk.cli;

import com.storedesk.actions.ActionText;
import com.storedesk.actions.ProposedAction;
import com.storedesk.app.AppContext;
import com.storedesk.i18n.Messages;
import com.storedesk.security.UserSession;
import picocli.CommandLine.Command;

/** {@code storedesk approvals retry ID --user U}: a failed action back to the outbox, with its idempotency key. */
@Command(name = "retry", mixinStandardHelpOptions = true,
        description = "Send a failed action again. Needs --user and that user's password (asked, or from "
                + "STOREDESK_PASSWORD).")
public final class ApprovalsRetryCommand extends ApprovalsChangeCommand {

    public ApprovalsRetryCommand() {
        this(Secrets.fromEnvironmentOrConsole());
    }

    ApprovalsRetryCommand(Secrets secrets) {
        super(secrets);
    }

    @Override
    ProposedAction act(AppContext context, UserSession session, long id) {
        return context.actions().retry(session, id);
    }

    @Override
    String done(Messages messages, ActionText text, ProposedAction action) {
        return messages.get("cli.approvals.retried", Long.toString(action.id()), text.change(action.change()));
    }
}
