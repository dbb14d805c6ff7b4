package com.storedesk.pos.shopify;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * The query-cost bucket Shopify reports in every GraphQL answer ({@code extensions.cost}): how many
 * points it holds now, at most, and how many it gains back each second. A query runs only when the
 * bucket holds its requested cost.
 *
 * @param requestedQueryCost what the answered query asked for (its worst case)
 */
record ThrottleStatus(double requestedQueryCost, double maximumAvailable, double currentlyAvailable,
        double restoreRate) {

    /** The cost Shopify reported in {@code answer}; empty when it did not. */
    static Optional<ThrottleStatus> of(JsonNode answer) {
        JsonNode cost = answer.path("extensions").path("cost");
        JsonNode status = cost.path("throttleStatus");
        if (!status.path("currentlyAvailable").isNumber() || !status.path("restoreRate").isNumber()
                || status.path("restoreRate").asDouble() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new ThrottleStatus(cost.path("requestedQueryCost").asDouble(0),
                status.path("maximumAvailable").asDouble(0), status.path("currentlyAvailable").asDouble(),
                status.path("restoreRate").asDouble()));
    }

    /** How long until the bucket holds {@code cost}, counted from when this status was read. */
    Duration untilAvailable(double cost) {
        double missing = Math.min(cost, maximumAvailable > 0 ? maximumAvailable : cost) - currentlyAvailable;
        if (missing <= 0) {
            return Duration.ZERO;
        }
        return Duration.ofMillis((long) Math.ceil(missing * 1000 / restoreRate));
    }
}
