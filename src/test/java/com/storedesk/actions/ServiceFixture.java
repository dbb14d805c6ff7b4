package com.storedesk.actions;

import com.storedesk.actions.policy.PolicyService;
import com.storedesk.actions.store.ActionRepository;
import com.storedesk.actions.store.PolicyRepository;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.data.Database;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import com.storedesk.testing.MovableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An action service on a fresh database with two stores, A and B, recording what it audits. */
final class ServiceFixture implements AutoCloseable {

    final Database database;
    final long storeA;
    final long storeB;
    final MovableClock clock = new MovableClock(ActionsDatabase.NOW);
    final List<AuditEvent> audited = new ArrayList<>();
    final PolicyService policies;
    final ActionService service;

    ServiceFixture(Database database) {
        this.database = database;
        this.storeA = ActionsDatabase.store(database, "A");
        this.storeB = ActionsDatabase.store(database, "B");
        this.policies = new PolicyService(new PolicyRepository(database), audited::add);
        this.service = new ActionService(new ActionRepository(database), policies, new Approvers(), audited::add,
                clock);
    }

    UserSession storeManager(long store) {
        return new UserSession("manager-" + store, Role.STORE_MANAGER, false, Set.of(store));
    }

    UserSession districtManager() {
        return new UserSession("district", Role.DISTRICT_MANAGER, false, Set.of(storeA, storeB));
    }

    UserSession associate(long store) {
        return new UserSession("associate", Role.ASSOCIATE, false, Set.of(store));
    }

    UserSession administrator() {
        return new UserSession("it", Role.ADMINISTRATOR, true, Set.of());
    }

    Proposal proposal(long store, ActionChange change) {
        return proposal(store, change, "test-rule");
    }

    Proposal proposal(long store, ActionChange change, String rule) {
        return new Proposal(store, change, Rationale.of("action.rationale.clearance", Figure.text(change.target())),
                Evidence.of(List.of(new Evidence.NamedFigure("action.figure.onHand", Figure.count(3)))),
                Proposer.rule(rule), clock.instant().plus(Duration.ofDays(2)));
    }

    List<AuditAction> auditedSteps() {
        return audited.stream().map(AuditEvent::action).toList();
    }

    @Override
    public void close() {
        database.close();
    }
}
