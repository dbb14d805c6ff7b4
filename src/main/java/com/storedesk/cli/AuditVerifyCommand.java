package com.storedesk.cli;

import com.storedesk.app.AppContext;
import com.storedesk.audit.AuditTexts;
import com.storedesk.audit.AuditVerification;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storedesk audit verify}: walks the hash chain and names the first entry that was changed or removed. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check that no audit entry was changed, removed or reordered.",
            "Prints the number of entries and the last entry's hash: keep them elsewhere, and pass the hash to"
                    + " --head later to detect entries removed from the end, which the chain alone cannot show.",
            "Exit code: 0 intact, 3 tampered, 1 when the database cannot be read."})
public final class AuditVerifyCommand implements Callable<Integer> {

    static final int TAMPERED = 3;

    @Mixin
    private DatabaseOption databaseOption;

    @Option(names = "--head", paramLabel = "HASH", description = "A head hash printed by an earlier verify, which must"
            + " still be in the trail.")
    private String head;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (AppContext context = databaseOption.open()) {
            AuditTexts texts = new AuditTexts(CommandOutput.messages(context));
            AuditVerification result = context.auditVerifier().verify();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!result.ok()) {
                err.println(texts.verification(result));
                err.flush();
                return TAMPERED;
            }
            if (head != null && !context.auditVerifier().containsHash(head)) {
                err.println(texts.messages().get("audit.verify.headMissing", head));
                err.flush();
                return TAMPERED;
            }
            out.println(texts.verification(result));
            out.flush();
            return 0;
        }
    }
}
