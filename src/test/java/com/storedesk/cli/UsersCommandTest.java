package com.storedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.storedesk.StoreDesk;
import com.storedesk.app.AppContext;
import com.storedesk.app.DemoUsers;
import com.storedesk.config.AppHome;
import com.storedesk.config.SettingsFile;
import com.storedesk.i18n.Messages;
import com.storedesk.security.NewAccount;
import com.storedesk.security.Role;
import com.storedesk.security.SignInResult;
import com.storedesk.security.UserSession;
import com.storedesk.testing.TestInstallation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code users list} reads with the file's access; {@code users add} needs an administrator's password. */
class UsersCommandTest {

    private static final String ADMIN_PASSWORD = "it-password-1";

    @TempDir
    Path temp;

    private String database;
    private final Map<String, String> environment = new HashMap<>();
    private final Messages messages = new Messages(new SettingsFile(AppHome.resolve()).load().language());

    @BeforeEach
    void twoStoresAndAnAdministrator() {
        database = temp.resolve("users/storedesk").toString();
        try (AppContext context = DatabaseOption.open(database)) {
            TestInstallation.seedStores(context);
            context.accountSetup().createFirstAdministrator("it", "Chain IT", ADMIN_PASSWORD);
        }
    }

    @Test
    void anAdministratorAddsAStoreManagerWhoCanThenSignIn() throws Exception {
        environment.put(UsersAddCommand.PASSWORD_ENV, ADMIN_PASSWORD);
        environment.put(UsersAddCommand.NEW_SECRET_ENV, "marias-password");

        CliRun add = run("users", "add", "maria", "--user", "IT", "--name", "Maria Lopez", "--role", "store-manager",
                "--stores", "dt01", "--db", database);

        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains(messages.get("users.cli.created", "maria", messages.get("users.role.storeManager")));
        try (AppContext context = DatabaseOption.open(database)) {
            SignInResult maria = context.signIn().signIn("maria", "marias-password");
            assertThat(maria).isInstanceOf(SignInResult.SignedIn.class);
            long downtown = context.stores().listStores().get(0).id();
            assertThat(((SignInResult.SignedIn) maria).session().storeIds()).containsExactly(downtown);
        }
        JsonNode users = new ObjectMapper().readTree(run("users", "list", "--json", "--db", database).out());
        assertThat(users).extracting(user -> user.get("username").asText()).containsExactly("it", "maria");
        assertThat(users.get(1).get("stores").get(0).asText()).isEqualTo("DT01");
        assertThat(users.toString()).doesNotContain("argon2");
    }

    @Test
    void aWrongPasswordChangesNothing() {
        environment.put(UsersAddCommand.PASSWORD_ENV, "not-the-password");
        environment.put(UsersAddCommand.NEW_SECRET_ENV, "marias-password");

        CliRun add = run("users", "add", "maria", "--user", "it", "--name", "Maria", "--role", "store-manager",
                "--stores", "DT01", "--db", database);

        assertThat(add.exitCode()).isEqualTo(1);
        assertThat(add.err()).contains(messages.get("signin.failed.credentials")).doesNotContain("not-the-password");
        assertThat(run("users", "list", "--db", database).out()).doesNotContain("maria");
    }

    @Test
    void aStoreManagerMayNotAddAnyone() {
        environment.put(UsersAddCommand.PASSWORD_ENV, ADMIN_PASSWORD);
        environment.put(UsersAddCommand.NEW_SECRET_ENV, "marias-password");
        run("users", "add", "maria", "--user", "it", "--name", "Maria", "--role", "store-manager", "--stores", "DT01",
                "--db", database);
        environment.put(UsersAddCommand.PASSWORD_ENV, "marias-password");
        environment.put(UsersAddCommand.NEW_SECRET_ENV, "2468");

        CliRun add = run("users", "add", "ann", "--user", "maria", "--name", "Ann", "--role", "associate",
                "--stores", "DT01", "--db", database);

        assertThat(add.exitCode()).isEqualTo(1);
        assertThat(add.err()).contains(messages.get("security.denied.role")).doesNotContain("Exception");
    }

    @Test
    void anAdministratorUnlocksAnAccountBeforeItsFifteenMinutesAreUp() {
        try (AppContext context = DatabaseOption.open(database)) {
            for (int i = 0; i < 5; i++) {
                context.signIn().signIn("it", "wrong-" + i);
            }
            assertThat(context.signIn().signIn("it", ADMIN_PASSWORD)).isInstanceOf(SignInResult.Locked.class);
            UserSession it = new UserSession("Chain IT", Role.ADMINISTRATOR, true, Set.of(), "it");
            context.users().create(it, new NewAccount("backup", "Backup IT", Role.ADMINISTRATOR, "backup-password",
                    true, Set.of()));
        }
        environment.put(UsersAddCommand.PASSWORD_ENV, "backup-password");

        CliRun unlock = run("users", "unlock", "it", "--user", "backup", "--db", database);

        assertThat(unlock.exitCode()).as(unlock.err()).isZero();
        assertThat(unlock.out()).contains(messages.get("users.cli.unlocked", "it"));
        try (AppContext context = DatabaseOption.open(database)) {
            assertThat(context.signIn().signIn("it", ADMIN_PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
        }
    }

    @Test
    void withoutAConsoleOrTheVariableItSaysWhichVariableToSet() {
        CliRun add = run("users", "add", "maria", "--user", "it", "--name", "Maria", "--role", "store-manager",
                "--stores", "DT01", "--db", database);

        assertThat(add.exitCode()).isEqualTo(1);
        assertThat(add.err()).contains(UsersAddCommand.PASSWORD_ENV);
    }

    @Test
    void listingNeedsNoSignInAndSeedingTheDemoAddsItsAccounts() {
        Path demo = temp.resolve("demo/storedesk");
        CliRun seed = CliRun.of("demo", "seed", "--stores", "2", "--days", "1", "--db", demo.toString());
        assertThat(seed.exitCode()).as(seed.err()).isZero();

        CliRun list = run("users", "list", "--db", demo.toString());

        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains(DemoUsers.ADMINISTRATOR, DemoUsers.DISTRICT_MANAGER,
                DemoUsers.storeManager("S01"), DemoUsers.associate("S02"), messages.get("users.role.associate"));
        assertThat(list.lines()).as("a header, the administrator, the district manager, two per store").hasSize(1 + 2 + 2 * 2);
    }

    private CliRun run(String... args) {
        Secrets secrets = Secrets.from(environment::get, null);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                if (type == UsersAddCommand.class) {
                    return (K) new UsersAddCommand(secrets);
                }
                return type == UsersUnlockCommand.class
                        ? (K) new UsersUnlockCommand(secrets)
                        : CommandLine.defaultFactory().create(type);
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = StoreDesk.commandLine(factory);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

}
