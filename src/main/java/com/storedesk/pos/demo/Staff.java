package com.storedesk.pos.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The chain's employees: per store a manager, two supervisors, cashiers and associates (how many
 * depends on the profile), plus a district manager without a home store.
 */
final class Staff {

    static final int SUPERVISORS = 2;

    private final List<DemoEmployee> all;
    private final List<List<DemoEmployee>> byStore;

    private Staff(List<DemoEmployee> all, List<List<DemoEmployee>> byStore) {
        this.all = List.copyOf(all);
        this.byStore = byStore.stream().map(List::copyOf).toList();
    }

    static Staff hire(long seed, List<DemoStore> stores, DemoNames names, String discountHappyId) {
        SplittableRandom random = Seeds.random(seed, Seeds.STAFF);
        Set<String> taken = new HashSet<>();
        List<DemoEmployee> all = new ArrayList<>();
        List<List<DemoEmployee>> byStore = new ArrayList<>();
        for (DemoStore store : stores) {
            List<DemoEmployee> team = new ArrayList<>();
            StoreProfile profile = store.profile();
            List<String> roles = new ArrayList<>();
            roles.add(DemoEmployee.MANAGER);
            roles.addAll(List.of(DemoEmployee.SUPERVISOR, DemoEmployee.SUPERVISOR));
            roles.addAll(Collections.nCopies(profile.cashiers(), DemoEmployee.CASHIER));
            roles.addAll(Collections.nCopies(profile.associates(), DemoEmployee.ASSOCIATE));
            for (int i = 0; i < roles.size(); i++) {
                int number = i + 1;
                String id = employeeId(store, number);
                team.add(new DemoEmployee(id, store.index(), number, uniqueName(random, names, taken), roles.get(i),
                        id.equals(discountHappyId)));
            }
            all.addAll(team);
            byStore.add(team);
        }
        all.add(new DemoEmployee("emp-D01", -1, 0, uniqueName(random, names, taken), DemoEmployee.DISTRICT_MANAGER,
                false));
        return new Staff(all, byStore);
    }

    static String employeeId(DemoStore store, int number) {
        return "emp-" + store.code() + "-" + String.format("%02d", number);
    }

    /** The store's {@code nth} (1-based) employee with the role, by list position. */
    static int numberOf(StoreProfile profile, String role, int nth) {
        return switch (role) {
            case DemoEmployee.MANAGER -> 1;
            case DemoEmployee.SUPERVISOR -> 1 + nth;
            case DemoEmployee.CASHIER -> 1 + SUPERVISORS + nth;
            case DemoEmployee.ASSOCIATE -> 1 + SUPERVISORS + profile.cashiers() + nth;
            default -> throw new IllegalArgumentException(role);
        };
    }

    private static String uniqueName(SplittableRandom random, DemoNames names, Set<String> taken) {
        while (true) {
            String name = Draws.oneOf(random, names.given()) + " " + Draws.oneOf(random, names.family());
            if (taken.add(name)) {
                return name;
            }
        }
    }

    List<DemoEmployee> all() {
        return all;
    }

    List<DemoEmployee> at(int storeIndex) {
        return byStore.get(storeIndex);
    }

    List<DemoEmployee> at(int storeIndex, String role) {
        return byStore.get(storeIndex).stream().filter(e -> e.role().equals(role)).toList();
    }

    DemoEmployee manager(int storeIndex) {
        return byStore.get(storeIndex).get(0);
    }
}
