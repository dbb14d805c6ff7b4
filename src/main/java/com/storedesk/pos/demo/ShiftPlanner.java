package com.storedesk.pos.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Schedules a store-day and plays out the clock: long days get an opening and a closing team,
 * short days one team; people clock in a few minutes early, sometimes late, rarely not at all,
 * and now and then someone comes in unscheduled.
 */
final class ShiftPlanner {

    static final double NO_SHOW = 0.02;
    static final double LATE = 0.07;
    static final double STAYS_LATE = 0.12;
    static final double UNSCHEDULED = 0.04;
    private static final long SPLIT_DAY_MINUTES = 9 * 60;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final long seed;
    private final Staff staff;
    private final DemoCalendar calendar;

    ShiftPlanner(long seed, Staff staff, DemoCalendar calendar) {
        this.seed = seed;
        this.staff = staff;
        this.calendar = calendar;
    }

    ShiftPlan plan(DemoStore store, LocalDate date) {
        if (calendar.closed(date)) {
            return new ShiftPlan(List.of());
        }
        SplittableRandom random = Seeds.random(seed, Seeds.SHIFTS, store.index(), date.toEpochDay());
        ZonedDateTime opening = store.opening(date);
        ZonedDateTime closing = store.closing(date);
        boolean split = Duration.between(opening, closing).toMinutes() > SPLIT_DAY_MINUTES;
        Window early = new Window(opening.minusMinutes(30), split ? opening.plusHours(8) : closing.plusMinutes(30));
        Window late = split ? new Window(closing.minusHours(8), closing.plusMinutes(30)) : early;
        DayOfWeek day = date.getDayOfWeek();
        List<Slot> slots = new ArrayList<>();
        DemoEmployee manager = staff.manager(store.index());
        if (manager.worksOn(day)) {
            slots.add(new Slot(manager, new Window(opening.minusHours(1), opening.plusHours(8)), 0));
        }
        addTeam(slots, working(store, DemoEmployee.SUPERVISOR, day, null), early, late, 0);
        addTeam(slots, working(store, DemoEmployee.CASHIER, day, random), early, late, store.profile().registers());
        addTeam(slots, working(store, DemoEmployee.ASSOCIATE, day, random), early, late, 0);
        String prefix = "shift-" + store.code() + "-" + DAY.format(date) + "-";
        List<PlannedShift> shifts = new ArrayList<>();
        for (Slot slot : slots) {
            shifts.add(clock(random, prefix + String.format("%02d", shifts.size() + 1), slot));
        }
        if (random.nextDouble() < UNSCHEDULED) {
            List<DemoEmployee> off = staff.at(store.index()).stream()
                    .filter(e -> !e.worksOn(day) && !e.role().equals(DemoEmployee.MANAGER)).toList();
            if (!off.isEmpty()) {
                DemoEmployee extra = Draws.oneOf(random, off);
                Instant in = opening.plusHours(3).toInstant().plusSeconds(random.nextInt(3600));
                shifts.add(new PlannedShift(prefix + String.format("%02d", shifts.size() + 1), extra, extra.role(),
                        null, null, in, in.plus(Duration.ofHours(4)), 0));
            }
        }
        return new ShiftPlan(shifts);
    }

    private List<DemoEmployee> working(DemoStore store, String role, DayOfWeek day, SplittableRandom shuffle) {
        List<DemoEmployee> working = new ArrayList<>(staff.at(store.index(), role).stream()
                .filter(e -> e.worksOn(day)).toList());
        if (shuffle != null) {
            for (int i = working.size() - 1; i > 0; i--) {
                int j = shuffle.nextInt(i + 1);
                DemoEmployee swap = working.get(i);
                working.set(i, working.get(j));
                working.set(j, swap);
            }
        }
        return working;
    }

    /** The first half opens, the rest closes; cashiers take the registers in turn within each team. */
    private static void addTeam(List<Slot> slots, List<DemoEmployee> team, Window early, Window late, int registers) {
        int opening = (team.size() + 1) / 2;
        for (int i = 0; i < team.size(); i++) {
            boolean first = i < opening;
            int seat = first ? i : i - opening;
            slots.add(new Slot(team.get(i), first ? early : late, registers == 0 ? 0 : seat % registers + 1));
        }
    }

    private static PlannedShift clock(SplittableRandom random, String id, Slot slot) {
        Instant start = slot.window.start.toInstant();
        Instant end = slot.window.end.toInstant();
        double draw = random.nextDouble();
        double gaussian = random.nextGaussian();
        boolean staysLate = random.nextDouble() < STAYS_LATE;
        long overtime = 15 * 60 + random.nextInt(30 * 60);
        Instant in;
        if (draw < NO_SHOW) {
            return new PlannedShift(id, slot.employee, slot.employee.role(), start, end, null, null, slot.register);
        } else if (draw < NO_SHOW + LATE) {
            in = start.plusSeconds(8 * 60 + random.nextInt(17 * 60));
        } else {
            in = start.plusSeconds(Math.round(gaussian * 180 - 240));
        }
        Instant out = staysLate ? end.plusSeconds(overtime) : end.plusSeconds(Math.round(random.nextGaussian() * 240 + 180));
        if (!out.isAfter(in)) {
            out = in.plus(Duration.ofHours(1));
        }
        return new PlannedShift(id, slot.employee, slot.employee.role(), start, end, in, out, slot.register);
    }

    private record Window(ZonedDateTime start, ZonedDateTime end) {
    }

    private record Slot(DemoEmployee employee, Window window, int register) {
    }
}
