package com.storedesk.assist.prompt;

import com.storedesk.assist.InputDigest;
import com.storedesk.assist.PromptRef;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.audit.AuditTrail;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one way to change a prompt: an administrator saves a new version (the old ones stay), and the
 * audit trail records {@code PROMPT_CHANGED} with both version numbers and the new text's digest.
 * Blocking: call it off the FX thread.
 */
public final class PromptService {

    /** The {@code body} column's width. */
    static final int LONGEST_TEXT = 16_000;
    private static final int ATTEMPTS = 3;

    private final PromptRegistry registry;
    private final PromptRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    public PromptService(PromptRegistry registry, PromptRepository repository, AuditTrail audit, Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public PromptRegistry registry() {
        return registry;
    }

    /**
     * Saves {@code text} as the next version of prompt {@code id}, in force from now on.
     *
     * @throws PromptEditRefusedException when the session is not an administrator's or the text cannot serve
     */
    public PromptTemplate edit(UserSession session, String id, String text) {
        if (session.role() != Role.ADMINISTRATOR) {
            throw new PromptEditRefusedException(PromptEditRefusedException.Reason.NOT_PERMITTED, "");
        }
        if (!registry.knows(id)) {
            throw new PromptEditRefusedException(PromptEditRefusedException.Reason.UNKNOWN_PROMPT, id);
        }
        check(id, text);
        PromptRef before = registry.current(id).ref();
        // Two administrators saving at once would pick the same number; the primary key lets one win.
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            PromptTemplate next = new PromptTemplate(new PromptRef(id, registry.nextVersion(id)), text);
            if (repository.add(next, session.auditName(), clock.instant())) {
                audit.record(new AuditEvent(session.auditName(), AuditAction.PROMPT_CHANGED, null, next.ref().toString(),
                        Map.of("prompt", id, "fromVersion", Integer.toString(before.version()),
                                "toVersion", Integer.toString(next.ref().version()), "textDigest", InputDigest.of(text))));
                return next;
            }
        }
        throw new IllegalStateException("Prompt " + id + " kept changing while it was saved");
    }

    private void check(String id, String text) {
        if (text == null || text.isBlank()) {
            throw new PromptEditRefusedException(PromptEditRefusedException.Reason.BLANK, "");
        }
        if (text.length() > LONGEST_TEXT) {
            throw new PromptEditRefusedException(PromptEditRefusedException.Reason.TOO_LONG,
                    Integer.toString(LONGEST_TEXT));
        }
        Set<String> unknown = new LinkedHashSet<>(new PromptTemplate(new PromptRef(id, 1), text).variables());
        unknown.removeAll(registry.variables(id));
        if (!unknown.isEmpty()) {
            throw new PromptEditRefusedException(PromptEditRefusedException.Reason.UNKNOWN_VARIABLE,
                    unknown.iterator().next());
        }
    }
}
