package com.storedesk.pos.demo;

import java.time.ZoneId;
import java.util.List;

/**
 * Where the demo chain ("Hearth & Pantry", a fictional specialty-food and home-goods retailer)
 * has its stores. The first four are the default chain, one of each profile in two time zones;
 * more stores repeat the profiles in other towns. Tax rates are illustrative.
 */
final class StoreSites {

    static final int MAX_STORES = 8;

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private static final List<DemoStore> SITES = List.of(
            new DemoStore(0, "S01", "Hearth & Pantry Hudson Street", "New York", "NY", NEW_YORK,
                    StoreProfile.DOWNTOWN, 8875, "NYC"),
            new DemoStore(1, "S02", "Hearth & Pantry Lakeshore Galleria", "Schaumburg", "IL", CHICAGO,
                    StoreProfile.MALL, 10000, "CHI"),
            new DemoStore(2, "S03", "Hearth & Pantry Maple Avenue", "White Plains", "NY", NEW_YORK,
                    StoreProfile.SUBURBAN, 8375, "NYC"),
            new DemoStore(3, "S04", "Hearth & Pantry Prairie Outlets", "Aurora", "IL", CHICAGO,
                    StoreProfile.OUTLET, 8250, "CHI"),
            new DemoStore(4, "S05", "Hearth & Pantry Wacker Drive", "Chicago", "IL", CHICAGO,
                    StoreProfile.DOWNTOWN, 10250, "CHI"),
            new DemoStore(5, "S06", "Hearth & Pantry Riverside Square", "Hackensack", "NJ", NEW_YORK,
                    StoreProfile.MALL, 6625, "NYC"),
            new DemoStore(6, "S07", "Hearth & Pantry Elm Street", "Naperville", "IL", CHICAGO,
                    StoreProfile.SUBURBAN, 7750, "CHI"),
            new DemoStore(7, "S08", "Hearth & Pantry Harbor Outlets", "Riverhead", "NY", NEW_YORK,
                    StoreProfile.OUTLET, 8625, "NYC"));

    private StoreSites() {
    }

    static DemoStore site(int index) {
        return SITES.get(index);
    }

    static List<DemoStore> first(int count) {
        return SITES.subList(0, count);
    }
}
