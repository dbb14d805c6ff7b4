package com.storedesk.cli;

import com.storedesk.actions.ActionStatus;
import com.storedesk.actions.ActionText;
import com.storedesk.actions.ProposedAction;
import com.storedesk.app.AppContext;
import com.storedesk.i18n.Messages;
import com.storedesk.security.UserSession;
import picocli.CommandLine.Command;

/** {@code storedesk approvals approve ID --user U}: the outbox sends it next. */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = "Approve a proposed action. Needs --user and that user's password (asked, or from "
                + "STOREDESK_PASSWORD).")
public final class ApprovalsApproveCommand extends ApprovalsChangeCommand {

    public ApprovalsApproveCommand() {
        this(Secrets.fromEnvironmentOrConsole());
    }

    ApprovalsApproveCommand(Secrets secrets) {
        super(secrets);
    }

    @Override
    ProposedAction act(AppContext context, UserSession session, long id) {
        return context.actions().approve(session, id);
    }

    @Override
    String done(Messages messages, ActionText text, ProposedAction action) {
        return messages.get(switch (action.status()) {
            case MANUAL -> "cli.approvals.approvedByHand";
            case HANDLED -> "cli.approvals.handled";
            default -> "cli.approvals.approved";
        }, Long.toString(action.id()), text.change(action.change()));
    }
}
