package com.storedesk.cli;

import com.storedesk.actions.ActionText;
import com.storedesk.actions.ProposedAction;
import com.storedesk.app.AppContext;
import com.storedesk.i18n.Messages;
import com.storedesk.security.UserSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storedesk approvals reject ID --user U --reason R}: the reason is kept with the decision. */
@Command(name = "reject", mixinStandardHelpOptions = true,
        description = "Reject a proposed action with a reason. Needs --user and that user's password (asked, or "
                + "from STOREDESK_PASSWORD).")
public final class ApprovalsRejectCommand extends ApprovalsChangeCommand {

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, kept with the decision.")
    private String reason;

    public ApprovalsRejectCommand() {
        this(Secrets.fromEnvironmentOrConsole());
    }

    ApprovalsRejectCommand(Secrets secrets) {
        super(secrets);
    }

    @Override
    ProposedAction act(AppContext context, UserSession session, long id) {
        return context.actions().reject(session, id, reason);
    }

    @Override
    String done(Messages messages, ActionText text, ProposedAction action) {
        return messages.get("cli.approvals.rejected", Long.toString(action.id()), text.change(action.change()));
    }
}
