package com.storedesk.pos.lightspeed;

import com.storedesk.pos.http.RequestThrottle;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Response;

/**
 * Lightspeed's leaky bucket as every answer reports it: {@code X-LS-API-Bucket-Level: used/size}
 * and {@code X-LS-API-Drip-Rate} (drips leaking out per second). Before the next request the level is
 * estimated from the last report less what has leaked since; when the request's cost would take it
 * over the size, the request waits until enough has leaked. The next request is assumed to cost what
 * the last one did ({@code X-LS-API-Request-Cost}), at least one drip.
 *
 * <p>Without a report (the first request, or headers missing) nothing is delayed; a 429 with
 * {@code Retry-After} still stops an overflow then.
 */
final class LeakyBucket implements RequestThrottle {

    private double level;
    private double size;
    private double dripRate;
    private double lastCost = 1;
    private Instant reportedAt;

    @Override
    public synchronized Duration beforeRequest(Instant now) {
        if (reportedAt == null || dripRate <= 0) {
            return Duration.ZERO;
        }
        double leaked = Math.max(0, Duration.between(reportedAt, now).toMillis() / 1000.0 * dripRate);
        double current = Math.max(0, level - leaked);
        double overflow = current + lastCost - size;
        // This request's drips are counted in, so a request before the next report waits its turn too.
        if (overflow <= 0) {
            level = current + lastCost;
            reportedAt = now;
            return Duration.ZERO;
        }
        Duration wait = Duration.ofMillis((long) Math.ceil(overflow / dripRate * 1000));
        level = size;
        reportedAt = now.plus(wait);
        return wait;
    }

    @Override
    public synchronized void afterResponse(Response response, Instant now) {
        String bucket = response.header("X-LS-API-Bucket-Level");
        String drip = response.header("X-LS-API-Drip-Rate");
        if (bucket == null || drip == null) {
            return;
        }
        try {
            String[] parts = bucket.trim().split("/");
            if (parts.length != 2) {
                return;
            }
            double reportedLevel = Double.parseDouble(parts[0]);
            double reportedSize = Double.parseDouble(parts[1]);
            double reportedDrip = Double.parseDouble(drip.trim());
            if (reportedSize <= 0 || reportedDrip <= 0) {
                return;
            }
            level = reportedLevel;
            size = reportedSize;
            dripRate = reportedDrip;
            reportedAt = now;
            String cost = response.header("X-LS-API-Request-Cost");
            if (cost != null) {
                lastCost = Math.max(1, Double.parseDouble(cost.trim()));
            }
        } catch (NumberFormatException unreadable) {
            // An unreadable report leaves the last one standing; Retry-After still guards the limit.
        }
    }
}
