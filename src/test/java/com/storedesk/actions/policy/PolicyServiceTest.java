package com.storedesk.actions.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storedesk.actions.ActionRefusedException;
import com.storedesk.actions.ActionType;
import com.storedesk.actions.ActionsDatabase;
import com.storedesk.actions.store.PolicyRepository;
import com.storedesk.audit.AuditAction;
import com.storedesk.audit.AuditEvent;
import com.storedesk.data.Database;
import com.storedesk.security.Role;
import com.storedesk.security.UserSession;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PolicyServiceTest {

    private final Database database = ActionsDatabase.open();
    private final List<AuditEvent> audited = new ArrayList<>();
    private final PolicyService policies = new PolicyService(new PolicyRepository(database), audited::add);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNewDatabaseHoldsTheDefaultPolicy() {
        assertThat(policies.current()).isEqualTo(ApprovalPolicy.defaults());
    }

    @Test
    void anAdministratorChangesThePolicyAndTheChangeIsAudited() {
        ApprovalPolicy stricter = new ApprovalPolicy(List.of(new PolicyRule(ActionType.SALE_DISCOUNT, Measure.PERCENT,
                new BigDecimal("7.5"), ApprovalLevel.STORE_MANAGER)));

        policies.update(new UserSession("it", Role.ADMINISTRATOR, true, Set.of()), stricter);

        assertThat(policies.current()).isEqualTo(stricter);
        assertThat(audited).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.POLICY_CHANGED);
            assertThat(event.actor()).isEqualTo("it");
            assertThat(event.details().get("before")).contains("PURCHASE_ORDER.AMOUNT>5000=DISTRICT_MANAGER");
            assertThat(event.details().get("after")).isEqualTo("SALE_DISCOUNT.PERCENT>7.5=STORE_MANAGER");
        });
    }

    @Test
    void nobodyElseChangesThePolicy() {
        for (Role role : List.of(Role.ASSOCIATE, Role.STORE_MANAGER, Role.DISTRICT_MANAGER)) {
            assertThatThrownBy(() -> policies.update(new UserSession("x", role, true, Set.of()),
                    new ApprovalPolicy(List.of()))).as("%s", role).isInstanceOf(ActionRefusedException.class);
        }
        assertThat(policies.current()).isEqualTo(ApprovalPolicy.defaults());
        assertThat(audited).isEmpty();
    }
}
