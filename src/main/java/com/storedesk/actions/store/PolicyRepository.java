package com.storedesk.actions.store;

import com.storedesk.actions.ActionType;
import com.storedesk.actions.policy.ApprovalLevel;
import com.storedesk.actions.policy.ApprovalPolicy;
import com.storedesk.actions.policy.Measure;
import com.storedesk.actions.policy.PolicyRule;
import com.storedesk.data.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The {@code approval_policy_rule} table: read whole, replaced whole in one transaction. */
public final class PolicyRepository {

    private final Database database;

    public PolicyRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public ApprovalPolicy load() {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT action_type, measure, threshold, approval_level FROM approval_policy_rule")) {
            List<PolicyRule> rules = new ArrayList<>();
            while (row.next()) {
                rules.add(new PolicyRule(ActionType.valueOf(row.getString(1)), Measure.valueOf(row.getString(2)),
                        row.getBigDecimal(3), ApprovalLevel.valueOf(row.getString(4))));
            }
            return new ApprovalPolicy(rules);
        } catch (SQLException e) {
            throw new ActionStoreException("Reading the approval policy", e);
        }
    }

    public void replace(ApprovalPolicy policy) {
        try (Connection connection = database.dataSource().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement delete = connection.createStatement();
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO approval_policy_rule"
                            + " (action_type, measure, threshold, approval_level) VALUES (?, ?, ?, ?)")) {
                delete.executeUpdate("DELETE FROM approval_policy_rule");
                for (PolicyRule rule : policy.rules()) {
                    insert.setString(1, rule.type().name());
                    insert.setString(2, rule.measure().name());
                    insert.setBigDecimal(3, rule.threshold());
                    insert.setString(4, rule.level().name());
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ActionStoreException("Replacing the approval policy", e);
        }
    }
}
