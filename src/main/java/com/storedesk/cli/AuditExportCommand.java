package com.storedesk.cli;

import com.storedesk.app.AppContext;
import com.storedesk.audit.AuditCsv;
import com.storedesk.audit.AuditTexts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code storedesk audit export --csv FILE}: the matching entries, oldest first, as CSV with their hashes. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write audit entries to a CSV file (UTF-8, in chain order, with each entry's hashes).")
public final class AuditExportCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption databaseOption;

    @Mixin
    private AuditFilterOptions filterOptions;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "The CSV file to write (replaced).")
    private Path csv;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = databaseOption.open()) {
            AuditTexts texts = new AuditTexts(CommandOutput.messages(context));
            long count = new AuditCsv(texts).export(context.auditQuery(), filterOptions.filter(context, spec), csv);
            PrintWriter out = spec.commandLine().getOut();
            out.println(texts.messages().get("audit.export.done", Long.toString(count), csv.toAbsolutePath()));
            out.flush();
            return 0;
        }
    }
}
