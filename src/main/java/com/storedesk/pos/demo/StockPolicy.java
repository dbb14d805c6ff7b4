package com.storedesk.pos.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * How much of each product each store keeps: the level the Monday delivery fills up to (a
 * week's expected sales, give or take: some items are kept too lean and run out before the
 * next delivery), the level that triggers a purchase order, and the case size orders round up
 * to. Bakery items are filled up every morning to a little over a day's sales. All in
 * thousandths of a unit, like every stock quantity in the demo.
 */
final class StockPolicy {

    static final double LINES_PER_SALE = 2.65;
    static final int DAYS_OF_COVER = 7;
    static final int REORDER_DAYS = 3;
    static final long MIN_PAR = 4 * DemoProduct.UNIT;
    static final long MIN_REORDER = 2 * DemoProduct.UNIT;

    private final long[][] par;
    private final long[][] reorderPoint;
    private final long[] casePack;

    StockPolicy(long seed, List<DemoStore> stores, DemoCatalog catalog) {
        par = new long[stores.size()][catalog.size()];
        reorderPoint = new long[stores.size()][catalog.size()];
        casePack = new long[catalog.size()];
        for (DemoProduct product : catalog.products()) {
            casePack[product.index()] = casePack(product);
        }
        double[] categoryPopularity = new double[DemoCategory.values().length];
        for (DemoProduct product : catalog.products()) {
            categoryPopularity[product.category().ordinal()] += product.popularity();
        }
        for (DemoStore store : stores) {
            StoreProfile profile = store.profile();
            double categoryTotal = 0;
            for (DemoCategory category : DemoCategory.values()) {
                categoryTotal += profile.categoryWeight(category);
            }
            for (DemoProduct product : catalog.products()) {
                double share = profile.categoryWeight(product.category()) / categoryTotal
                        * product.popularity() / categoryPopularity[product.category().ordinal()];
                double perDay = profile.dailySales() * LINES_PER_SALE * share * unitsPerLine(product)
                        * DemoProduct.UNIT;
                SplittableRandom random = Seeds.random(seed, Seeds.STOCK, store.index(), product.index());
                int s = store.index();
                int p = product.index();
                if (product.category().bakedDaily()) {
                    par[s][p] = wholeUnits(Math.max(MIN_PAR, (long) Math.ceil(perDay * 1.15)));
                } else {
                    double cover = 0.75 + 0.65 * random.nextDouble();
                    par[s][p] = wholeUnits(Math.max(MIN_PAR, (long) Math.ceil(perDay * DAYS_OF_COVER * cover)));
                }
                reorderPoint[s][p] = wholeUnits(Math.max(MIN_REORDER, (long) Math.ceil(perDay * REORDER_DAYS)));
            }
        }
    }

    long par(int store, int product) {
        return par[store][product];
    }

    long reorderPoint(int store, int product) {
        return reorderPoint[store][product];
    }

    /** An order quantity rounded up to whole cases. */
    long orderQuantity(int product, long shortfall) {
        long pack = casePack[product];
        return (shortfall + pack - 1) / pack * pack;
    }

    private static double unitsPerLine(DemoProduct product) {
        if (product.weighed()) {
            return 0.7;
        }
        return product.category().bakedDaily() ? 1.6 : 1.25;
    }

    private static long casePack(DemoProduct product) {
        if (product.weighed()) {
            return 5 * DemoProduct.UNIT;
        }
        if (product.priceMinor() < 2000) {
            return 6 * DemoProduct.UNIT;
        }
        return (product.priceMinor() < 6000 ? 4 : 2) * DemoProduct.UNIT;
    }

    private static long wholeUnits(long milli) {
        return (milli + DemoProduct.UNIT - 1) / DemoProduct.UNIT * DemoProduct.UNIT;
    }
}
