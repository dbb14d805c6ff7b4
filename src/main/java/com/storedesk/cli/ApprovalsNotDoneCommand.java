package com.storedesk.cli;

import com.storedesk.actions.ActionText;
import com.storedesk.actions.ProposedAction;
import com.storedesk.app.AppContext;
import com.storedesk.i18n.Messages;
import com.storedesk.security.UserSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storedesk approvals not-done ID --user U --reason R}: hand work that could not be done at the till. */
@Command(name = "not-done", mixinStandardHelpOptions = true,
        description = "Say an action approved to do by hand could not be done at the POS, and why. Needs --user "
                + "and that user's password (asked, or from STOREDESK_PASSWORD).")
public final class ApprovalsNotDoneCommand extends ApprovalsChangeCommand {

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it could not be done.")
    private String reason;

    public ApprovalsNotDoneCommand() {
        this(Secrets.fromEnvironmentOrConsole());
    }

    ApprovalsNotDoneCommand(Secrets secrets) {
        super(secrets);
    }

    @Override
    ProposedAction act(AppContext context, UserSession session, long id) {
        return context.actions().markNotDone(session, id, reason);
    }

    @Override
    String done(Messages messages, ActionText text, ProposedAction action) {
        return messages.get("cli.approvals.notDone", Long.toString(action.id()), text.change(action.change()));
    }
}
