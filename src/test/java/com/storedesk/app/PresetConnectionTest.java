package com.storedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEntry;
import com.storedesk.audit.AuditFilter;
import com.storedesk.audit.AuditQuery;
import com.storedesk.config.Presets;
import com.storedesk.pos.connection.ConnectionDraft;
import com.storedesk.pos.connection.ConnectionOverview;
import com.storedesk.pos.connection.Environment;
import com.storedesk.pos.connection.Platform;
import com.storedesk.pos.connection.PosConnection;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.security.vault.Secret;
import com.storedesk.security.vault.SecretVault;
import com.storedesk.security.vault.VaultChoice;
import com.storedesk.testing.TestInstallation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The POS connection IT pre-set: added on the start that finds its token in the vault, audited as the
 * system's, and not brought back once an administrator has removed it.
 */
class PresetConnectionTest {

    private static final String TOKEN = "EAAAl-preset-token-5d4c3b2a";
    private static final UserSession ADMIN = new UserSession("Ada", Role.ADMINISTRATOR, true, Set.of(), "admin");

    private final TestInstallation installation = TestInstallation.create();

    @Test
    void theFirstStartAddsTheConnectionWithTheMovedTokenAndALaterOneDoesNotBringItBack() throws IOException {
        Presets presets = presets("pos.platform=Square\npos.account=L7K2PRESET\npos.baseUrl=http://127.0.0.1:9/\n"
                + "pos.token=" + TOKEN + "\n");
        PresetSecrets.move(presets, this::vault);
        assertThat(vault().get(PresetSecrets.POS_TOKEN_NAME)).contains(Secret.of(TOKEN));

        long id;
        try (AppContext context = AppContext.open(withPresets(presets))) {
            List<ConnectionOverview> overview = context.connections().overview(ADMIN);
            assertThat(overview).singleElement().satisfies(o -> {
                assertThat(o.connection().source()).isEqualTo("square:L7K2PRESET");
                assertThat(o.connection().baseUrl()).isEqualTo("http://127.0.0.1:9");
                assertThat(o.credentialStored()).isTrue();
            });
            PosConnection added = overview.get(0).connection();
            id = added.id();
            assertThat(vault().get(added.credentialRef())).contains(Secret.of(TOKEN));
            List<AuditEntry> audit = new AuditQuery(context.database()).newest(
                    new AuditFilter(null, null, Set.of(AuditAction.POS_CONNECTION_CHANGED), null, null), 0, 10);
            assertThat(audit).singleElement().satisfies(entry -> {
                assertThat(entry.actor()).isEqualTo("system");
                assertThat(entry.details().toString()).doesNotContain(TOKEN);
            });
            context.connections().remove(ADMIN, id);
        }
        assertThat(vault().get(PresetSecrets.POS_TOKEN_NAME)).as("taken by the connection").isEmpty();

        try (AppContext later = AppContext.open(withPresets(presets))) {
            assertThat(later.connections().all()).as("removed by an administrator, so it stays removed").isEmpty();
        }
    }

    @Test
    void withoutItsAccountTheTokenWaitsAndNothingIsAdded() throws IOException {
        Presets presets = presets("pos.platform=clover\npos.token=" + TOKEN + "\n");
        PresetSecrets.move(presets, this::vault);

        try (AppContext context = AppContext.open(withPresets(presets))) {
            assertThat(context.connections().all()).isEmpty();
        }
        assertThat(vault().get(PresetSecrets.POS_TOKEN_NAME)).contains(Secret.of(TOKEN));
    }

    @Test
    void aConnectionAnAdministratorAddedAlreadyStaysAsItIs() throws IOException {
        Presets presets = presets("pos.platform=clover\npos.account=MERCHANT9\npos.token=" + TOKEN + "\n");
        try (AppContext context = installation.open(false)) {
            context.connections().save(ADMIN, new ConnectionDraft(null, Platform.CLOVER,
                    Environment.SANDBOX, "", "MERCHANT9", false, Secret.of("typed-by-hand"), null));
        }
        PresetSecrets.move(presets, this::vault);

        try (AppContext context = AppContext.open(withPresets(presets))) {
            assertThat(context.connections().all()).singleElement().satisfies(connection -> {
                assertThat(connection.enabled()).isFalse();
                assertThat(vault().get(connection.credentialRef())).contains(Secret.of("typed-by-hand"));
            });
        }
        assertThat(vault().get(PresetSecrets.POS_TOKEN_NAME)).isEmpty();
    }

    private SecretVault vault() {
        return VaultChoice.forHome(installation.home());
    }

    private Presets presets(String text) throws IOException {
        Path file = Files.writeString(installation.home().resolve(Presets.FILE_NAME), text);
        return Presets.load(List.of(file), Map.of());
    }

    private AppSetup withPresets(Presets presets) {
        AppSetup base = installation.setup(false);
        return new AppSetup(base.appHome(), base.settings(), base.databaseLocation(), false, base.clock(), base.build(),
                base.demoSize(), presets);
    }
}
