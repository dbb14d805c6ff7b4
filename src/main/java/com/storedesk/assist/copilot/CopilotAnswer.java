package com.storedesk.assist.copilot;

import com.storedesk.assist.AnswerMode;
import com.storedesk.assist.LlmOutcome;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The copilot's answer as the screen and the command line show it: the words, who answered (the
 * model, or the best-effort answer and why), what it rests on, and the stock table or purchases
 * when the question was about them. Holds a customer's story: never log it.
 *
 * @param outcome how the model call ended; empty when no model is set up
 */
public record CopilotAnswer(String text, AnswerMode mode, Optional<LlmOutcome> outcome, List<CopilotSource> sources,
        Optional<StockTable> stock, List<HistoryRow> history) {

    public CopilotAnswer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(outcome, "outcome");
        sources = List.copyOf(sources);
        Objects.requireNonNull(stock, "stock");
        history = List.copyOf(history);
    }

    @Override
    public String toString() {
        return "CopilotAnswer[" + mode + ", " + outcome.map(Enum::name).orElse("no endpoint") + ", " + sources.size()
                + " sources]";
    }
}
