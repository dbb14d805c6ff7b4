package com.storedesk.cli;

import com.storedesk.actions.ActionRefusedException;
import com.storedesk.actions.ActionText;
import com.storedesk.actions.ProposedAction;
import com.storedesk.app.AppContext;
import com.storedesk.i18n.Messages;
import com.storedesk.security.UserSession;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What approve, reject and retry share: sign {@code --user} in and act on action {@code ID} as that
 * user, so the service's role and store checks apply; a refusal is one translated line and exit 1.
 */
abstract class ApprovalsChangeCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption databaseOption;

    @Parameters(index = "0", paramLabel = "ID", description = "The action's id, as approvals list shows it.")
    private long id;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "Who decides.")
    private String user;

    @Spec
    private CommandSpec spec;

    private final Secrets secrets;

    ApprovalsChangeCommand(Secrets secrets) {
        this.secrets = secrets;
    }

    /** The change, made as {@code session}. */
    abstract ProposedAction act(AppContext context, UserSession session, long id);

    /** The line printed after it, from the changed action. */
    abstract String done(Messages messages, ActionText text, ProposedAction action);

    @Override
    public Integer call() {
        try (AppContext context = databaseOption.open()) {
            Optional<UserSession> session = SignedInUser.signIn(context, user, secrets, spec);
            if (session.isEmpty()) {
                return 1;
            }
            Messages messages = CommandOutput.messages(context);
            ActionText text = new ActionText(messages);
            try {
                ProposedAction changed = act(context, session.get(), id);
                PrintWriter out = spec.commandLine().getOut();
                out.println(done(messages, text, changed));
                out.flush();
                return 0;
            } catch (ActionRefusedException e) {
                return SignedInUser.fail(spec,
                        messages.get("cli.approvals.refused", Long.toString(id), text.refusal(e.reason())));
            }
        }
    }
}
