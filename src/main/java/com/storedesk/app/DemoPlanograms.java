package com.storedesk.app;

import com.storedesk.data.StoreSummary;
import com.storedesk.planogram.model.Planogram;
import com.storedesk.planogram.model.PlanogramCsv;
import com.storedesk.planogram.model.PlanogramImportException;
import com.storedesk.planogram.model.PlanogramJson;
import com.storedesk.planogram.store.PlanogramRepository;
import com.storedesk.planogram.store.VersionOrigin;
import com.storedesk.pos.demo.DemoConnector;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo chain's planograms: the coffee and the chocolate bay of {@code assets/planograms}, given
 * to every demo store under its own code (S01-COFFEE-1, S02-COFFEE-1...), so the planogram screen
 * has something true to show. Only stores without any planogram get them.
 */
public final class DemoPlanograms {

    static final String COFFEE = "/assets/planograms/demo-coffee-bay.csv";
    static final String CHOCOLATE = "/assets/planograms/demo-chocolate-bay.json";
    /** The shipped files are S01's; other stores get the same bays under their own prefix. */
    private static final String SHIPPED_PREFIX = "S01-";

    private DemoPlanograms() {
    }

    /** @return how many fixtures it added */
    public static int ensure(AppContext context) {
        PlanogramRepository planograms = new PlanogramRepository(context.database());
        // Runs on every start before sign-in: the shipped files are read only when a store needs them.
        List<StoreSummary> without = context.stores().listStores().stream()
                .filter(store -> store.source().equals(DemoConnector.SOURCE))
                .filter(store -> planograms.fixtures(store.id()).isEmpty())
                .toList();
        if (without.isEmpty()) {
            return 0;
        }
        List<Planogram> shipped = shipped();
        Instant now = context.clock().instant();
        int added = 0;
        for (StoreSummary store : without) {
            List<Planogram> own = shipped.stream().map(planogram -> forStore(planogram, store.code())).toList();
            planograms.addVersions(store.id(), own, VersionOrigin.DEMO, null, "system", now);
            added += own.size();
        }
        return added;
    }

    static List<Planogram> shipped() {
        List<Planogram> planograms = new ArrayList<>();
        try {
            try (Reader csv = resource(COFFEE)) {
                planograms.addAll(PlanogramCsv.read(csv, COFFEE));
            }
            try (Reader json = resource(CHOCOLATE)) {
                planograms.addAll(PlanogramJson.read(json, CHOCOLATE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PlanogramImportException e) {
            throw new IllegalStateException("A shipped demo planogram does not read: " + e.getMessage(), e);
        }
        return planograms;
    }

    private static Planogram forStore(Planogram planogram, String storeCode) {
        String fixture = planogram.fixture().startsWith(SHIPPED_PREFIX)
                ? storeCode + "-" + planogram.fixture().substring(SHIPPED_PREFIX.length())
                : planogram.fixture();
        return new Planogram(fixture, planogram.shelves());
    }

    private static Reader resource(String name) throws IOException {
        InputStream in = DemoPlanograms.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Missing resource " + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
