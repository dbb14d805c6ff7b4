package com.storedesk.cli;

import com.storedesk.app.AppContext;
import com.storedesk.security.UserSession;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storedesk users unlock}: lifts a lock before its 15 minutes are up; an administrator's password required. */
@Command(name = "unlock", mixinStandardHelpOptions = true,
        description = "Unlock an account locked by wrong attempts. Needs an administrator's --user and password "
                + "(asked, or from STOREDESK_PASSWORD).")
public final class UsersUnlockCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption databaseOption;

    @Parameters(index = "0", paramLabel = "USERNAME", description = "The locked account.")
    private String username;

    @Option(names = "--user", required = true, paramLabel = "ADMIN", description = "The administrator making the change.")
    private String administrator;

    @Spec
    private CommandSpec spec;

    private final Secrets secrets;

    public UsersUnlockCommand() {
        this(Secrets.fromEnvironmentOrConsole());
    }

    UsersUnlockCommand(Secrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public Integer call() {
        try (AppContext context = databaseOption.open()) {
            Optional<UserSession> session = SignedInUser.signIn(context, administrator, secrets, spec);
            if (session.isEmpty()) {
                return 1;
            }
            context.users().unlock(session.get(), username);
            PrintWriter out = spec.commandLine().getOut();
            out.println(CommandOutput.messages(context).get("users.cli.unlocked", username));
            out.flush();
            return 0;
        }
    }
}
