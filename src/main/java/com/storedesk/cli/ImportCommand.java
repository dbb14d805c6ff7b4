package com.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.app.AppContext;
import com.storedesk.core.Money;
import com.storedesk.core.event.SaleRecorded;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import com.storedesk.ingest.FileImport;
import com.storedesk.ingest.IngestRejection;
import com.storedesk.pos.SavedPayloads;
import com.storedesk.pos.clover.CloverPayloads;
import com.storedesk.pos.lightspeed.LightspeedPayloads;
import com.storedesk.pos.shopify.ShopifyPayloads;
import com.storedesk.pos.square.SquarePayloads;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storedesk import}: API answers and webhook bodies saved from a POS platform, into the
 * database, file by file in the order given. Exit 1 when any file could not be read.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read saved POS API answers or webhook bodies (the platform's own JSON) into the database:"
                + " per file what it held, each sale's net total, and what was refused. A file that cannot be read"
                + " is named with its problem and nothing of it is saved. Square, Shopify (GraphQL answers, REST"
                + " answers and webhook bodies), Lightspeed R-Series and Clover.")
public final class ImportCommand implements Callable<Integer> {

    private static final Map<String, Function<Clock, SavedPayloads>> PLATFORMS = new TreeMap<>(Map.of(
            "square", clock -> new SquarePayloads(),
            "shopify", clock -> new ShopifyPayloads(),
            "lightspeed", clock -> new LightspeedPayloads(),
            "clover", CloverPayloads::new));

    @Mixin
    private DatabaseOption databaseOption;

    @Option(names = "--platform", required = true, paramLabel = "PLATFORM", completionCandidates = Platforms.class,
            description = "The POS the files come from: ${COMPLETION-CANDIDATES}.")
    private String platform;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON files, read in this order (the account's"
            + " or location's answer before what does not name it).")
    private List<Path> files;

    @Option(names = "--json", description = "Print JSON instead of text; money in major units.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = databaseOption.open()) {
            Function<Clock, SavedPayloads> reader = PLATFORMS.get(platform.strip().toLowerCase(Locale.ROOT));
            if (reader == null) {
                throw new ParameterException(spec.commandLine(), CommandOutput.messages(context)
                        .get("cli.import.unknownPlatform", platform, String.join(", ", PLATFORMS.keySet())));
            }
            FileImport fileImport = new FileImport(reader.apply(context.setup().clock()), context.ingest());
            List<FileImport.Outcome> outcomes = new ArrayList<>();
            for (Path file : files) {
                outcomes.add(fileImport.importFile(file));
            }
            CommandOutput.print(spec, context, json, mapper -> toJson(outcomes, mapper),
                    (messages, out) -> printText(outcomes, messages, out));
            return outcomes.stream().anyMatch(FileImport.Unreadable.class::isInstance) ? 1 : 0;
        }
    }

    private static void printText(List<FileImport.Outcome> outcomes, Messages messages, PrintWriter out) {
        Formats formats = new Formats(messages);
        for (FileImport.Outcome outcome : outcomes) {
            if (outcome instanceof FileImport.Unreadable unreadable) {
                out.println(messages.get("cli.import.unreadable", unreadable.file(), unreadable.problem()));
                continue;
            }
            FileImport.Imported file = (FileImport.Imported) outcome;
            out.println(messages.get("cli.import.read", file.file(), file.sales().size(), file.lines(), file.refunds(),
                    file.stockRows(), file.other(), file.result().accepted(), file.result().rejections().size()));
            for (SaleRecorded sale : file.sales()) {
                out.println("  " + messages.get("cli.import.sale", sale.externalId(),
                        formats.money(new Money(net(sale), sale.currency())),
                        formats.money(new Money(sale.taxMinor(), sale.currency()))));
            }
            for (SavedPayloads.Note note : file.notes()) {
                out.println("  " + messages.get(key(note.kind()), note.count()));
            }
            for (IngestRejection rejection : file.result().rejections()) {
                out.println("  " + messages.get("cli.import.rejected", rejection.eventType(), rejection.externalId(),
                        rejection.detail()));
            }
        }
    }

    private static String toJson(List<FileImport.Outcome> outcomes, ObjectMapper mapper) throws Exception {
        ArrayNode root = mapper.createArrayNode();
        for (FileImport.Outcome outcome : outcomes) {
            ObjectNode node = root.addObject();
            node.put("file", outcome.file().toString());
            if (outcome instanceof FileImport.Unreadable unreadable) {
                node.put("error", unreadable.problem());
                continue;
            }
            FileImport.Imported file = (FileImport.Imported) outcome;
            node.put("sales", file.sales().size());
            node.put("lines", file.lines());
            node.put("refunds", file.refunds());
            node.put("stockRows", file.stockRows());
            node.put("otherRecords", file.other());
            node.put("accepted", file.result().accepted());
            ArrayNode sales = node.putArray("saleTotals");
            for (SaleRecorded sale : file.sales()) {
                ObjectNode entry = sales.addObject();
                entry.put("id", sale.externalId());
                entry.put("currency", sale.currency().getCurrencyCode());
                entry.put("net", major(net(sale), sale));
                entry.put("tax", major(sale.taxMinor(), sale));
            }
            ArrayNode notes = node.putArray("leftOut");
            for (SavedPayloads.Note note : file.notes()) {
                notes.addObject().put("reason", note.kind().name()).put("count", note.count());
            }
            ArrayNode rejected = node.putArray("rejected");
            for (IngestRejection rejection : file.result().rejections()) {
                ObjectNode entry = rejected.addObject();
                entry.put("type", rejection.eventType());
                entry.put("id", rejection.externalId());
                entry.put("reason", rejection.reason().name());
                entry.put("detail", rejection.detail());
            }
        }
        return mapper.writeValueAsString(root);
    }

    private static String key(SavedPayloads.Kind kind) {
        return switch (kind) {
            case NOT_POINT_OF_SALE -> "cli.import.leftOut.notPointOfSale";
            case NOT_A_SALE -> "cli.import.leftOut.notASale";
            case NAMES_ONLY -> "cli.import.leftOut.namesOnly";
            case VERIFICATION_REQUEST -> "cli.import.leftOut.verification";
        };
    }

    /** The platforms' names, for completion and the option's help. */
    static final class Platforms implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return PLATFORMS.keySet().iterator();
        }
    }

    /** What the sale brought in after its discounts, before tax. */
    private static long net(SaleRecorded sale) {
        return sale.subtotalMinor() - sale.discountMinor();
    }

    private static BigDecimal major(long minor, SaleRecorded sale) {
        return new Money(minor, sale.currency()).amount();
    }
}
