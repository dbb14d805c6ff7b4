package com.storedesk.cli;

import com.storedesk.app.AppContext;
import com.storedesk.app.RoleText;
import com.storedesk.data.StoreSummary;
import com.storedesk.i18n.Messages;
import com.storedesk.security.NewAccount;
import com.storedesk.security.Role;
import com.storedesk.security.UserAccount;
import com.storedesk.security.UserSession;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storedesk users add}: changes the database, so an administrator signs in first with
 * {@code --user} and their password (asked on the console, or {@value #PASSWORD_ENV} for scripts).
 * The new account's password or PIN is asked the same way, or read from {@value #NEW_SECRET_ENV}.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add an account. Needs an administrator's --user and password (asked, or from STOREDESK_PASSWORD); "
                + "the new password or PIN is asked too, or read from STOREDESK_NEW_SECRET.")
public final class UsersAddCommand implements Callable<Integer> {

    public static final String PASSWORD_ENV = SignedInUser.PASSWORD_ENV;
    public static final String NEW_SECRET_ENV = "STOREDESK_NEW_SECRET";

    @Mixin
    private DatabaseOption databaseOption;

    @Parameters(index = "0", paramLabel = "USERNAME", description = "The new account's username.")
    private String username;

    @Option(names = "--user", required = true, paramLabel = "ADMIN", description = "The administrator making the change.")
    private String administrator;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The person's name as screens show it.")
    private String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE", converter = RoleNames.class,
            description = "One of: " + RoleNames.CHOICES + ".")
    private Role role;

    @Option(names = "--stores", split = ",", paramLabel = "CODES", description = "Store codes, comma-separated (e.g. S01,S02).")
    private List<String> storeCodes = new ArrayList<>();

    @Option(names = "--all-stores", description = "Every store, now and later.")
    private boolean allStores;

    @Spec
    private CommandSpec spec;

    private final Secrets secrets;

    public UsersAddCommand() {
        this(Secrets.fromEnvironmentOrConsole());
    }

    UsersAddCommand(Secrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public Integer call() {
        try (AppContext context = databaseOption.open()) {
            Messages messages = CommandOutput.messages(context);
            Optional<UserSession> administrator = SignedInUser.signIn(context, this.administrator, secrets, spec);
            if (administrator.isEmpty()) {
                return 1;
            }
            Map<String, Long> ids = context.stores().listStores().stream()
                    .collect(Collectors.toMap(s -> s.code().toLowerCase(Locale.ROOT), StoreSummary::id, (a, b) -> a));
            Set<Long> stores = new HashSet<>();
            for (String code : storeCodes) {
                Long id = ids.get(code.strip().toLowerCase(Locale.ROOT));
                if (id == null) {
                    return SignedInUser.fail(spec, messages.get("users.cli.unknownStore", code));
                }
                stores.add(id);
            }
            Optional<String> secret = SignedInUser.ask(secrets, NEW_SECRET_ENV,
                    messages.get("users.cli.secretPrompt", username), messages, spec);
            if (secret.isEmpty()) {
                return 1;
            }
            UserAccount created = context.users().create(administrator.get(),
                    new NewAccount(username, name, role, secret.get(), allStores, stores));
            PrintWriter out = spec.commandLine().getOut();
            out.println(messages.get("users.cli.created", created.username(), RoleText.label(created.role(), messages)));
            out.flush();
            return 0;
        }
    }
}
