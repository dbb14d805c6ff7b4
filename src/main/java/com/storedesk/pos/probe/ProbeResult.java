package com.storedesk.pos.probe;

import com.storedesk.pos.ConnectorException;
import java.util.List;
import java.util.Objects;

/**
 * How far a connection test got, and the names the platform gave what it found.
 *
 * @param accountName the account's name (Square's location, Shopify's shop, Lightspeed's account,
 *     Clover's merchant) when found, else null
 * @param locationName the location's name where the platform has several per account and it was found, else null
 * @param otherLocations the account's other locations, as "name (id)", where the platform has several
 */
public record ProbeResult(Outcome outcome, String accountName, String locationName, List<String> otherLocations) {

    /** How far a probe got, in the order the findings depend on each other. */
    public enum Outcome {
        /** No answer, a timeout or a 5xx. */
        UNREACHABLE,
        /** Something answered, but not as the platform does (a wrong address). */
        NOT_PLATFORM,
        /** 401 or 403. */
        UNAUTHORIZED,
        /** The platform asked to slow down: reachable and the token not refused, the account not known yet. */
        RATE_LIMITED,
        /** Token accepted, but it may not read what the test asks (an access scope the app lacks). */
        MISSING_PERMISSION,
        /** Token accepted, but the platform knows no such account. */
        ACCOUNT_UNKNOWN,
        /** The account was found, but not its location. */
        LOCATION_UNKNOWN,
        FOUND
    }

    public ProbeResult {
        Objects.requireNonNull(outcome, "outcome");
        otherLocations = List.copyOf(otherLocations);
    }

    public static ProbeResult of(Outcome outcome) {
        return new ProbeResult(outcome, null, null, List.of());
    }

    public static ProbeResult found(String accountName) {
        return new ProbeResult(Outcome.FOUND, accountName, null, List.of());
    }

    public static ProbeResult found(String accountName, String locationName) {
        return new ProbeResult(Outcome.FOUND, accountName, locationName, List.of());
    }

    public static ProbeResult locationUnknown(String accountName) {
        return new ProbeResult(Outcome.LOCATION_UNKNOWN, accountName, null, List.of());
    }

    /** This result, naming the account's other locations too. */
    public ProbeResult withOtherLocations(List<String> locations) {
        return new ProbeResult(outcome, accountName, locationName, locations);
    }

    /** How far a probe got when the HTTP layer gave up on its one call. */
    public static ProbeResult of(ConnectorException failure) {
        return of(switch (failure.messageKey()) {
            case "pos.error.unauthorized", "pos.error.refreshRefused" -> Outcome.UNAUTHORIZED;
            case "pos.error.rateLimited" -> Outcome.RATE_LIMITED;
            case "pos.error.malformed", "pos.error.rejected" -> Outcome.NOT_PLATFORM;
            default -> Outcome.UNREACHABLE;
        });
    }
}
