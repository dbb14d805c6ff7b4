package com.storedesk.insight.kpi;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Every tile of a store-day, in {@link KpiName} order, and the hours (their store-local starts) in
 * which the store sold but its door counter counted nobody.
 */
public record StoreDayKpis(List<Kpi> kpis, List<Instant> darkHours) {

    public StoreDayKpis {
        kpis = List.copyOf(kpis);
        darkHours = List.copyOf(darkHours);
    }

    public Kpi get(KpiName name) {
        return kpis.stream().filter(kpi -> kpi.name() == name).findFirst()
                .orElseThrow(() -> new NoSuchElementException(name.name()));
    }
}
