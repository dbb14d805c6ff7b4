package com.storedesk.pos.clover;

import java.time.Instant;
import okhttp3.HttpUrl;

/**
 * The request for a cursor's page. Listings sorted by {@code modifiedTime} ascending carry it as a
 * lower bound ({@code filter=modifiedTime>=...}); orders also carry the window's upper bound, so no
 * query spans more than Clover's 90 days.
 */
final class PhaseRequests {

    static final String ORDER_EXPANSIONS = "lineItems,lineItems.discounts,lineItems.modifications,payments,"
            + "payments.tender,refunds,refunds.lineItems,discounts,customers,employee";

    private final HttpUrl merchant;
    private final int pageSize;

    PhaseRequests(String baseUrl, String merchantId, int pageSize) {
        this.merchant = HttpUrl.get(baseUrl + "/v3/merchants/" + merchantId);
        this.pageSize = pageSize;
    }

    HttpUrl url(SyncCursor at) {
        HttpUrl.Builder url = merchant.newBuilder();
        if (!at.phase().path.isEmpty()) {
            url.addPathSegment(at.phase().path.substring(1));
        }
        switch (at.phase()) {
            case MERCHANT -> {
                return url.addQueryParameter("expand", "address,properties").build();
            }
            case ITEMS -> url.addQueryParameter("expand", "categories");
            case CUSTOMERS -> url.addQueryParameter("expand", "emailAddresses,phoneNumbers");
            case ORDERS -> url.addQueryParameter("expand", ORDER_EXPANSIONS);
            default -> {
            }
        }
        if (at.phase().byModifiedTime()) {
            url.addQueryParameter("orderBy", "modifiedTime ASC");
            Long lower = lowerBound(at);
            if (lower != null) {
                url.addQueryParameter("filter", "modifiedTime>=" + lower);
            }
            if (at.phase() == Phase.ORDERS) {
                url.addQueryParameter("filter", "modifiedTime<=" + at.windowEnd().toEpochMilli());
            }
        }
        return url.addQueryParameter("limit", String.valueOf(pageSize))
                .addQueryParameter("offset", String.valueOf(at.skip())).build();
    }

    int pageSize() {
        return pageSize;
    }

    /** The lower bound of {@code modifiedTime} the page is asked from; null for none. */
    static Long lowerBound(SyncCursor at) {
        if (at.lower() != null) {
            return at.lower();
        }
        Instant from = at.phase() == Phase.ORDERS ? at.window() : at.since();
        return from == null ? null : from.toEpochMilli();
    }
}
