package com.storedesk.actions.store;

import com.storedesk.actions.ActionChange;
import com.storedesk.actions.ActionFilter;
import com.storedesk.actions.ActionStatus;
import com.storedesk.actions.ActionType;
import com.storedesk.actions.Decision;
import com.storedesk.actions.Proposal;
import com.storedesk.actions.ProposedAction;
import com.storedesk.actions.Proposer;
import com.storedesk.actions.policy.ApprovalLevel;
import com.storedesk.actions.policy.Measure;
import com.storedesk.actions.policy.PolicyRule;
import com.storedesk.actions.policy.Routing;
import com.storedesk.data.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code proposed_action} table. Every status change is an update guarded by the status it
 * leaves ({@code WHERE status IN (...)}), so two people approving at once cannot both win; the
 * caller learns from the result whether its move happened.
 */
public final class ActionRepository {

    private static final String COLUMNS = "id, store_id, action_type, change_json, edited_change_json, rationale_json,"
            + " evidence_json, proposer_kind, proposer_name, model_name, prompt_id, prompt_version, created_at,"
            + " expires_at, status, routing_level, routing_measure, routing_threshold, decided_by, decided_at,"
            + " decision_reason, idempotency_key, attempts, failure_reason";

    private static final String INSERT = "INSERT INTO proposed_action (store_id, action_type, target, change_json,"
            + " rationale_json, evidence_json, proposer_kind, proposer_name, model_name, prompt_id, prompt_version,"
            + " created_at, expires_at, status, routing_level, routing_measure, routing_threshold, idempotency_key,"
            + " pending_key, attempts, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)";

    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;
    private final ActionJson json = new ActionJson();

    public ActionRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The key that keeps one pending proposal per store, proposer and target. */
    public static String pendingKey(Proposal proposal) {
        return proposal.storeId() + "|" + proposal.proposer().name() + "|" + proposal.change().target();
    }

    /**
     * Stores a new proposal as PROPOSED and returns its id, or nothing when the same proposer already
     * has one pending for the same target.
     */
    public OptionalLong insert(Proposal proposal, Routing routing, String idempotencyKey, Instant now) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            Proposer proposer = proposal.proposer();
            insert.setLong(1, proposal.storeId());
            insert.setString(2, proposal.change().type().name());
            insert.setString(3, proposal.change().target());
            insert.setString(4, json.write(proposal.change()));
            insert.setString(5, json.write(proposal.rationale()));
            insert.setString(6, json.write(proposal.evidence()));
            insert.setString(7, proposer.kind().name());
            insert.setString(8, proposer.name());
            insert.setString(9, proposer.model());
            insert.setString(10, proposer.promptId());
            insert.setString(11, proposer.promptVersion());
            insert.setObject(12, timestamp(now));
            insert.setObject(13, timestamp(proposal.expiresAt()));
            insert.setString(14, ActionStatus.PROPOSED.name());
            bindRouting(insert, 15, routing);
            insert.setString(18, idempotencyKey);
            insert.setString(19, pendingKey(proposal));
            insert.setObject(20, timestamp(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return OptionalLong.of(keys.getLong(1));
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState()) && findPending(pendingKey(proposal)).isPresent()) {
                return OptionalLong.empty();
            }
            throw new ActionStoreException("Storing a proposed action", e);
        }
    }

    public Optional<ProposedAction> find(long id) {
        return query("SELECT " + COLUMNS + " FROM proposed_action WHERE id = ?", List.of(id)).stream().findFirst();
    }

    public Optional<ProposedAction> findPending(String pendingKey) {
        return query("SELECT " + COLUMNS + " FROM proposed_action WHERE pending_key = ?", List.of(pendingKey))
                .stream().findFirst();
    }

    /**
     * The actions the filter asks for, newest first.
     *
     * @param visibleStores the stores the reader may see, or null for every store
     */
    public List<ProposedAction> list(ActionFilter filter, Set<Long> visibleStores) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM proposed_action WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        in(sql, parameters, "store_id", filter.storeIds());
        if (visibleStores != null) {
            if (visibleStores.isEmpty()) {
                return List.of();
            }
            in(sql, parameters, "store_id", visibleStores);
        }
        in(sql, parameters, "action_type", names(filter.types()));
        in(sql, parameters, "status", names(filter.statuses()));
        if (filter.createdSince() != null) {
            sql.append(" AND created_at >= ?");
            parameters.add(timestamp(filter.createdSince()));
        }
        sql.append(" ORDER BY created_at DESC, id DESC FETCH FIRST ").append(filter.limit()).append(" ROWS ONLY");
        return query(sql.toString(), parameters);
    }

    /** The ids of pending actions whose expiry is at or before {@code now}. */
    public List<Long> dueToExpire(Instant now) {
        return ids("SELECT id FROM proposed_action WHERE status = ? AND expires_at <= ? ORDER BY id",
                List.of(ActionStatus.PROPOSED.name(), timestamp(now)));
    }

    /**
     * Records a decision on a pending action: approved (with the edited change and its new routing,
     * if edited) or rejected. False when it was no longer pending.
     */
    public boolean decide(long id, ActionStatus to, Decision decision, ActionChange edited, Routing routing) {
        String set = "decided_by = ?, decided_at = ?, decision_reason = ?, edited_change_json = ?, routing_level = ?,"
                + " routing_measure = ?, routing_threshold = ?";
        return move(id, Set.of(ActionStatus.PROPOSED), to, decision.at(), set, statement -> {
            statement.setString(1, decision.actor());
            statement.setObject(2, timestamp(decision.at()));
            statement.setString(3, decision.reason());
            statement.setString(4, edited == null ? null : json.write(edited));
            bindRouting(statement, 5, routing);
            return 8;
        });
    }

    public boolean expire(long id, Instant now) {
        return move(id, Set.of(ActionStatus.PROPOSED), ActionStatus.EXPIRED, now, null, null);
    }

    /** Approved or failed to sent, counting the attempt. */
    public boolean sent(long id, Instant now) {
        return move(id, Set.of(ActionStatus.APPROVED, ActionStatus.FAILED), ActionStatus.SENT, now,
                "attempts = attempts + 1", null);
    }

    public boolean confirmed(long id, Instant now) {
        return move(id, Set.of(ActionStatus.SENT), ActionStatus.CONFIRMED, now,
                "failure_reason = NULL, next_attempt_at = NULL", null);
    }

    /**
     * Sent to failed with the reason; {@code retryAt} is when the outbox sends it again by itself,
     * null when a person must retry.
     */
    public boolean failed(long id, String reason, Instant retryAt, Instant now) {
        return move(id, Set.of(ActionStatus.SENT), ActionStatus.FAILED, now, "failure_reason = ?, next_attempt_at = ?",
                statement -> {
                    statement.setString(1, reason);
                    statement.setObject(2, retryAt == null ? null : timestamp(retryAt));
                    return 3;
                });
    }

    /**
     * What the outbox has to do at {@code now}, oldest first: approved actions, sent ones whose outcome
     * was never heard (a crash), and failed ones whose next attempt is due.
     */
    public List<Long> outboxDue(Instant now) {
        return ids("SELECT id FROM proposed_action WHERE status IN (?, ?) OR (status = ? AND next_attempt_at <= ?)"
                + " ORDER BY id", List.of(ActionStatus.APPROVED.name(), ActionStatus.SENT.name(),
                        ActionStatus.FAILED.name(), timestamp(now)));
    }

    /** When the outbox sends a failed action again by itself; empty when it waits for a person. */
    public Optional<Instant> nextAttempt(long id) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT next_attempt_at FROM proposed_action WHERE id = ? AND status = ?")) {
            statement.setLong(1, id);
            statement.setString(2, ActionStatus.FAILED.name());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.ofNullable(instant(row, "next_attempt_at")) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ActionStoreException("Reading proposed action " + id, e);
        }
    }

    /** Failed back to approved, for the outbox to take up again with the same idempotency key. */
    public boolean retried(long id, Instant now) {
        return move(id, Set.of(ActionStatus.FAILED), ActionStatus.APPROVED, now, "next_attempt_at = NULL", null);
    }

    /**
     * Hand work to done or not done; {@code reason} (why it could not be done) is kept as the failure
     * reason. False when it was not (or no longer) hand work.
     */
    public boolean doneByHand(long id, ActionStatus to, String reason, Instant now) {
        return move(id, Set.of(ActionStatus.MANUAL), to, now, "failure_reason = ?", statement -> {
            statement.setString(1, reason);
            return 2;
        });
    }

    @FunctionalInterface
    private interface Binder {
        /** Binds the extra SET parameters from index 1 and returns the next free index. */
        int bind(PreparedStatement statement) throws SQLException;
    }

    private boolean move(long id, Set<ActionStatus> from, ActionStatus to, Instant now, String extraSet,
            Binder extra) {
        for (ActionStatus status : from) {
            if (!status.canMoveTo(to)) {
                throw new IllegalStateException(status + " may not move to " + to);
            }
        }
        String fromList = from.stream().map(status -> "'" + status.name() + "'").sorted()
                .collect(Collectors.joining(", "));
        // No move leads back to PROPOSED: leaving it frees the pending key for the proposer's next suggestion.
        String sql = "UPDATE proposed_action SET " + (extraSet == null ? "" : extraSet + ", ")
                + "status = ?, updated_at = ?, pending_key = NULL WHERE id = ? AND status IN (" + fromList + ")";
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = extra == null ? 1 : extra.bind(statement);
            statement.setString(next, to.name());
            statement.setObject(next + 1, timestamp(now));
            statement.setLong(next + 2, id);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new ActionStoreException("Moving proposed action " + id + " to " + to, e);
        }
    }

    private void bindRouting(PreparedStatement statement, int index, Routing routing) throws SQLException {
        statement.setString(index, routing.level().name());
        if (routing.rule() == null) {
            statement.setNull(index + 1, Types.VARCHAR);
            statement.setNull(index + 2, Types.NUMERIC);
        } else {
            statement.setString(index + 1, routing.rule().measure().name());
            statement.setBigDecimal(index + 2, routing.rule().threshold());
        }
    }

    private List<ProposedAction> query(String sql, List<?> parameters) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<ProposedAction> actions = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    actions.add(action(row));
                }
            }
            return actions;
        } catch (SQLException e) {
            throw new ActionStoreException("Reading proposed actions", e);
        }
    }

    private List<Long> ids(String sql, List<?> parameters) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<Long> ids = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new ActionStoreException("Reading proposed actions", e);
        }
    }

    private ProposedAction action(ResultSet row) throws SQLException {
        ActionType type = ActionType.valueOf(row.getString("action_type"));
        String edited = row.getString("edited_change_json");
        Proposer proposer = new Proposer(Proposer.Kind.valueOf(row.getString("proposer_kind")),
                row.getString("proposer_name"), row.getString("model_name"), row.getString("prompt_id"),
                row.getString("prompt_version"));
        ApprovalLevel level = ApprovalLevel.valueOf(row.getString("routing_level"));
        String measure = row.getString("routing_measure");
        Routing routing = measure == null ? Routing.automatic()
                : new Routing(level, new PolicyRule(type, Measure.valueOf(measure), row.getBigDecimal("routing_threshold"),
                        level));
        String decidedBy = row.getString("decided_by");
        Decision decision = decidedBy == null ? null
                : new Decision(decidedBy, instant(row, "decided_at"), row.getString("decision_reason"));
        return new ProposedAction(row.getLong("id"), row.getLong("store_id"),
                json.change(type, row.getString("change_json")), edited == null ? null : json.change(type, edited),
                json.rationale(row.getString("rationale_json")), json.evidence(row.getString("evidence_json")),
                proposer, instant(row, "created_at"), instant(row, "expires_at"),
                ActionStatus.valueOf(row.getString("status")), routing, decision, row.getString("idempotency_key"),
                row.getInt("attempts"), row.getString("failure_reason"));
    }

    private static void in(StringBuilder sql, List<Object> parameters, String column, Collection<?> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (")
                .append(values.stream().map(value -> "?").collect(Collectors.joining(", "))).append(')');
        parameters.addAll(values);
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toSet());
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
