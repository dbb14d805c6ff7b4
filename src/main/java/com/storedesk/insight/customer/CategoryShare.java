package com.storedesk.insight.customer;

/** A category a customer buys, with its share of what they spent (0..1) and how often they bought it. */
public record CategoryShare(String category, double share, int purchases) {
}
