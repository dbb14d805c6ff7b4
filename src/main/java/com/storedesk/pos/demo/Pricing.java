package com.storedesk.pos.demo;

import com.storedesk.core.event.SaleRecorded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A sale's gross and discount per line, in cents, as discounts are applied; no line goes below zero. */
final class Pricing {

    private final List<BasketBuilder.Pick> lines;
    private final long[] price;
    private final long[] gross;
    private final long[] discount;

    /** The lines at the shelf's prices for a sale at {@code at}. */
    Pricing(List<BasketBuilder.Pick> lines, Shelf shelf, Instant at) {
        this.lines = lines;
        price = new long[lines.size()];
        gross = new long[lines.size()];
        discount = new long[lines.size()];
        for (int i = 0; i < gross.length; i++) {
            price[i] = shelf.priceMinor(lines.get(i).product(), at);
            gross[i] = DemoProduct.grossMinor(lines.get(i).quantityMilli(), price[i]);
        }
    }

    int size() {
        return gross.length;
    }

    DemoProduct product(int line) {
        return lines.get(line).product();
    }

    long gross(int line) {
        return gross[line];
    }

    long lineNet(int line) {
        return gross[line] - discount[line];
    }

    long net() {
        long net = 0;
        for (int i = 0; i < gross.length; i++) {
            net += lineNet(i);
        }
        return net;
    }

    void discountLine(int line, long amount) {
        discount[line] += Math.min(amount, lineNet(line));
    }

    /** Spreads a whole-sale discount over the lines in proportion to their nets; cents left over go line by line. */
    void discountSale(long amount) {
        long total = net();
        long spread = Math.min(amount, total);
        long given = 0;
        for (int i = 0; i < gross.length; i++) {
            long share = total == 0 ? 0 : spread * lineNet(i) / total;
            discount[i] += share;
            given += share;
        }
        for (int i = 0; given < spread; i = (i + 1) % gross.length) {
            if (lineNet(i) > 0) {
                discount[i]++;
                given++;
            }
        }
    }

    /** The most valuable line nobody discounted yet, else the most valuable line. */
    int bestLineWithoutDiscount() {
        int best = -1;
        int bestAny = 0;
        for (int i = 0; i < gross.length; i++) {
            if (discount[i] == 0 && (best < 0 || gross[i] > gross[best])) {
                best = i;
            }
            if (gross[i] > gross[bestAny]) {
                bestAny = i;
            }
        }
        return best >= 0 ? best : bestAny;
    }

    List<SaleRecorded.Line> toLines() {
        List<SaleRecorded.Line> result = new ArrayList<>(gross.length);
        for (int i = 0; i < gross.length; i++) {
            DemoProduct product = product(i);
            result.add(new SaleRecorded.Line(i + 1, product.externalId(),
                    DemoProduct.quantity(lines.get(i).quantityMilli()), price[i], discount[i],
                    product.costMinor()));
        }
        return result;
    }
}
