package com.storedesk.pos.demo;

import com.storedesk.core.event.StoreUpserted;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * One store of the demo chain.
 *
 * @param index position in the chain, 0-based; drives its random streams
 * @param taxRate sales tax in thousandths of a percent (8875 = 8.875 %); illustrative, not legal advice
 * @param weatherRegion stores in the same region share the weather
 */
record DemoStore(int index, String code, String name, String city, String region, ZoneId zone,
        StoreProfile profile, int taxRate, String weatherRegion) {

    String externalId() {
        return "store-" + code;
    }

    String registerId(int number) {
        return "reg-" + code + "-" + number;
    }

    ZonedDateTime opening(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return date.atTime(profile.openingHours().open(day), 0).atZone(zone);
    }

    ZonedDateTime closing(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return date.atTime(profile.openingHours().close(day), 0).atZone(zone);
    }

    /** Tax on a net amount, rounded half up to the cent. */
    long taxOn(long netMinor) {
        return (netMinor * taxRate + 50_000) / 100_000;
    }

    StoreUpserted toEvent(String source, Currency currency) {
        List<StoreUpserted.Register> registers = new ArrayList<>();
        for (int n = 1; n <= profile.registers(); n++) {
            registers.add(new StoreUpserted.Register(registerId(n), "Register " + n));
        }
        return new StoreUpserted(source, externalId(), code, name, zone, currency, city, region, "US",
                profile.name(), registers);
    }
}
