package com.storedesk.cli;

import com.storedesk.app.AppContext;
import com.storedesk.data.StoreSummary;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** A {@code --store} argument: the store's code (S01, any case) or its id, as {@code storedesk stores} lists them. */
final class StoreLookup {

    private StoreLookup() {
    }

    /** The one store {@code codeOrId} names; a usage error naming the argument otherwise. */
    static StoreSummary find(AppContext context, CommandSpec spec, String codeOrId) {
        List<StoreSummary> matches = matches(context, codeOrId);
        if (matches.size() != 1) {
            throw new ParameterException(spec.commandLine(), CommandOutput.messages(context).get(
                    matches.isEmpty() ? "cli.kpi.unknownStore" : "cli.kpi.ambiguousStore", codeOrId));
        }
        return matches.get(0);
    }

    /** The stores {@code codeOrId} names: one, none, or (a code shared across sources) several. */
    static List<StoreSummary> matches(AppContext context, String codeOrId) {
        return context.stores().listStores().stream()
                .filter(s -> s.code().equalsIgnoreCase(codeOrId) || String.valueOf(s.id()).equals(codeOrId))
                .toList();
    }
}
