package com.storedesk.pos.clover;

import java.util.ArrayList;
import java.util.List;

/** Splits an amount over weights in whole cents, largest remainders first, so the parts add up exactly. */
final class Shares {

    private Shares() {
    }

    static List<Long> split(long total, List<Long> weights) {
        long sum = weights.stream().mapToLong(Long::longValue).sum();
        List<Long> parts = new ArrayList<>();
        if (sum <= 0) {
            weights.forEach(w -> parts.add(0L));
            if (!parts.isEmpty()) {
                parts.set(0, total);
            }
            return parts;
        }
        long given = 0;
        List<Long> remainders = new ArrayList<>();
        for (long weight : weights) {
            long exact = Math.multiplyExact(total, weight);
            parts.add(exact / sum);
            remainders.add(exact % sum);
            given += exact / sum;
        }
        for (long left = total - given; left > 0; left--) {
            int largest = 0;
            for (int i = 1; i < remainders.size(); i++) {
                if (remainders.get(i) > remainders.get(largest)) {
                    largest = i;
                }
            }
            parts.set(largest, parts.get(largest) + 1);
            remainders.set(largest, -1L);
        }
        return parts;
    }
}
