package com.storedesk.assist;

import com.storedesk.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The assistant's words for people: which mode answered, and what Settings' test found. */
public final class AssistTexts {

    private final Messages messages;

    public AssistTexts(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** "Answered by the AI model" or why the templates answered. */
    public String mode(Answer answer) {
        return mode(answer.mode(), answer.outcome());
    }

    /** The same for an answer made of more than the model's words (the copilot's). */
    public String mode(AnswerMode mode, Optional<LlmOutcome> outcome) {
        if (mode == AnswerMode.MODEL) {
            return messages.get("assist.mode.model");
        }
        return outcome.map(ended -> switch (ended) {
            case TIMED_OUT -> messages.get("assist.mode.templateTimedOut");
            case FAILED -> messages.get("assist.mode.templateFailed");
            case SKIPPED -> messages.get("assist.mode.templateSkipped");
            case ANSWERED -> messages.get("assist.mode.template");
        }).orElseGet(() -> messages.get("assist.mode.templateNoModel"));
    }

    /** One line per step, in the order they ran. */
    public List<String> report(ConnectionReport report) {
        List<String> lines = new ArrayList<>();
        if (report.endpoint().isEmpty()) {
            lines.add(messages.get("assist.test.notConfigured"));
            return lines;
        }
        LlmEndpoint endpoint = report.endpoint().get();
        lines.add(messages.get("assist.test.endpoint", endpoint.describedUrl(), endpoint.model()));
        if (endpoint.apiKey().isEmpty()) {
            lines.add(messages.get("assist.test.noKey"));
        }
        for (ConnectionCheck check : report.checks()) {
            line(check).ifPresent(lines::add);
        }
        lines.add(messages.get(report.modelAnswers() ? "assist.test.ready" : "assist.test.notReady"));
        return lines;
    }

    private Optional<String> line(ConnectionCheck check) {
        String problem = check.problem().map(this::problem).orElse("");
        return Optional.ofNullable(switch (check.step()) {
            case CONFIGURED -> null;
            case SERVER_REACHED -> check.ok() ? messages.get("assist.test.reached", Integer.parseInt(check.value()))
                    : messages.get("assist.test.notReached", problem);
            case MODEL_LISTED -> messages.get(check.ok() ? "assist.test.listed" : "assist.test.notListed", check.value());
            case MODEL_ANSWERED -> check.ok() ? messages.get("assist.test.answered", Long.parseLong(check.value()))
                    : messages.get("assist.test.notAnswered", problem);
        });
    }

    public String problem(CallProblem problem) {
        return switch (problem.kind()) {
            case TIMEOUT -> messages.get("assist.problem.timeout");
            case UNREACHABLE -> messages.get("assist.problem.unreachable");
            case UNAUTHORIZED -> messages.get("assist.problem.unauthorized");
            case NOT_FOUND -> messages.get("assist.problem.notFound");
            case HTTP_ERROR -> messages.get("assist.problem.http", Integer.toString(problem.httpStatus()));
            case EMPTY_ANSWER -> messages.get("assist.problem.empty");
            case OTHER -> messages.get("assist.problem.other");
        };
    }
}
