package com.storedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storedesk.app.AppContext;
import com.storedesk.assist.AnswerMode;
import com.storedesk.assist.AssistTexts;
import com.storedesk.assist.copilot.CopilotAnswer;
import com.storedesk.assist.copilot.CopilotQuestion;
import com.storedesk.assist.copilot.CopilotSource;
import com.storedesk.assist.copilot.CopilotTexts;
import com.storedesk.assist.copilot.HistoryRow;
import com.storedesk.data.StoreSummary;
import com.storedesk.data.facts.CustomerRecord;
import com.storedesk.data.facts.SkuStock;
import com.storedesk.i18n.Formats;
import com.storedesk.i18n.Messages;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storedesk ask}: the copilot's answer to a question, who answered it, and what it rests on. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Ask the copilot a question about products, stock, policies or a customer's purchases;"
                + " prints the answer, whether the AI model or the best-effort answer gave it, and its sources.")
public final class AskCommand implements Callable<Integer> {

    @Mixin
    private DatabaseOption databaseOption;

    @Option(names = "--customer", paramLabel = "LOYALTY_ID", description = "The customer being served, by loyalty id.")
    private String customer;

    @Option(names = "--store", paramLabel = "ID", description = "The asking store: its code (S01) or its id.")
    private String store;

    @Option(names = "--json", description = "Print JSON instead of text; money in major units.")
    private boolean json;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question (quote it, or give it as words).")
    private List<String> question;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = databaseOption.open()) {
            Messages messages = CommandOutput.messages(context);
            Optional<StoreSummary> asking = Optional.empty();
            if (store != null) {
                asking = context.stores().listStores().stream()
                        .filter(s -> s.code().equalsIgnoreCase(store) || String.valueOf(s.id()).equals(store))
                        .findFirst();
                if (asking.isEmpty()) {
                    return refuse(messages.get("cli.ask.unknownStore", store));
                }
            }
            Optional<CustomerRecord> served = Optional.empty();
            if (customer != null) {
                served = context.customerSearch().find(customer).stream()
                        .filter(c -> customer.strip().equalsIgnoreCase(c.loyaltyId())).findFirst();
                if (served.isEmpty()) {
                    return refuse(messages.get("cli.ask.unknownCustomer", customer));
                }
            }
            // Searched by meaning as on the screen, once the index is built (seconds the first time, then the
            // model's load); and the command never ends while the model is still loading in the background.
            context.knowledge().start().join();
            CopilotAnswer answer = context.copilot().ask(new CopilotQuestion(String.join(" ", question), served, asking,
                    messages.language(), context.auditActor()));
            CommandOutput.print(spec, context, json, mapper -> toJson(answer, new AssistTexts(messages), mapper),
                    (m, out) -> printText(answer, m, out));
            return 0;
        }
    }

    private int refuse(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(message);
        err.flush();
        return 1;
    }

    private static void printText(CopilotAnswer answer, Messages messages, PrintWriter out) {
        Formats formats = new Formats(messages);
        out.println(answer.text());
        out.println();
        out.println(new AssistTexts(messages).mode(answer.mode(), answer.outcome()));
        answer.stock().ifPresent(stock -> {
            out.println();
            out.println(messages.get("copilot.ask.stock.title", stock.product().name()));
            TextTable table = new TextTable(messages.get("copilot.ask.stock.store"),
                    messages.get("copilot.ask.stock.onHand"), messages.get("copilot.ask.stock.updated"));
            for (SkuStock row : stock.rows()) {
                table.row(row.storeCode() + " " + row.storeName(), row.onHand().stripTrailingZeros().toPlainString(),
                        row.updatedAt() == null ? "" : formats.dateTime(row.updatedAt(), ZoneId.systemDefault()));
            }
            table.print(out);
        });
        // The best-effort answer lists the purchases in its words already.
        if (answer.mode() == AnswerMode.MODEL && !answer.history().isEmpty()) {
            out.println();
            out.println(messages.get("copilot.ask.history.title"));
            for (HistoryRow row : answer.history()) {
                out.println(messages.get("copilot.ask.answer.historyLine", formats.date(row.date()),
                        row.productName(), row.quantity().stripTrailingZeros().toPlainString(), row.storeName()));
            }
        }
        if (!answer.sources().isEmpty()) {
            out.println();
            out.println(messages.get("cli.ask.sources"));
            CopilotTexts texts = new CopilotTexts(messages);
            for (CopilotSource source : answer.sources()) {
                out.println("- " + texts.source(source));
            }
        }
    }

    private static String toJson(CopilotAnswer answer, AssistTexts texts, ObjectMapper mapper) throws Exception {
        ObjectNode root = mapper.createObjectNode();
        root.put("answer", answer.text());
        root.put("mode", answer.mode() == AnswerMode.MODEL ? "llm" : "fallback");
        if (answer.outcome().isPresent()) {
            root.put("outcome", answer.outcome().get().name());
        } else {
            root.putNull("outcome");
        }
        root.put("modeText", texts.mode(answer.mode(), answer.outcome()));
        ArrayNode sources = root.putArray("sources");
        for (CopilotSource source : answer.sources()) {
            sources.addObject().put("kind", source.kind().name().toLowerCase(Locale.ROOT)).put("title", source.title());
        }
        if (answer.stock().isPresent()) {
            ObjectNode stock = root.putObject("stock");
            stock.put("sku", answer.stock().get().product().sku());
            stock.put("name", answer.stock().get().product().name());
            ArrayNode stores = stock.putArray("stores");
            for (SkuStock row : answer.stock().get().rows()) {
                ObjectNode node = stores.addObject().put("storeId", row.storeId()).put("store", row.storeCode())
                        .put("name", row.storeName()).put("onHand", row.onHand().stripTrailingZeros());
                if (row.updatedAt() == null) {
                    node.putNull("updatedAt");
                } else {
                    node.put("updatedAt", row.updatedAt().toString());
                }
            }
        } else {
            root.putNull("stock");
        }
        ArrayNode history = root.putArray("history");
        for (HistoryRow row : answer.history()) {
            history.addObject().put("date", row.date().toString()).put("store", row.storeName()).put("sku", row.sku())
                    .put("product", row.productName()).put("quantity", row.quantity().stripTrailingZeros())
                    .put("net", row.net().amount()).put("currency", row.net().currency().getCurrencyCode());
        }
        return mapper.writeValueAsString(root);
    }
}
