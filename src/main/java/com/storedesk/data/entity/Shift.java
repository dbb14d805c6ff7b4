package com.storedesk.data.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A shift that is planned (scheduled start/end), worked (clock in/out), or both. Unscheduled
 * clock-ins have no schedule; future shifts have no clock-in yet. At least one start is required.
 */
@Entity
@Table(name = "shift")
public class Shift extends SourcedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "store_id", nullable = false)
    private Store store;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    /** Store-local date of the scheduled start, or of the clock-in for unscheduled shifts. */
    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(name = "scheduled_start")
    private Instant scheduledStart;

    @Column(name = "scheduled_end")
    private Instant scheduledEnd;

    @Column(name = "clock_in")
    private Instant clockIn;

    @Column(name = "clock_out")
    private Instant clockOut;

    /** The role worked on this shift when it differs from the job role, e.g. CASHIER for a supervisor. */
    @Column(name = "shift_role", length = 32)
    private String shiftRole;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Shift() {
    }

    public static Shift scheduled(String source, String externalId, Store store, Employee employee,
            LocalDate businessDate, Instant scheduledStart, Instant scheduledEnd) {
        Shift shift = new Shift(source, externalId, store, employee, businessDate);
        shift.setSchedule(Require.nonNull(scheduledStart, "scheduledStart"), scheduledEnd);
        return shift;
    }

    public static Shift clockedIn(String source, String externalId, Store store, Employee employee,
            LocalDate businessDate, Instant clockIn) {
        Shift shift = new Shift(source, externalId, store, employee, businessDate);
        shift.setClock(Require.nonNull(clockIn, "clockIn"), null);
        return shift;
    }

    private Shift(String source, String externalId, Store store, Employee employee, LocalDate businessDate) {
        super(source, externalId);
        this.store = Require.nonNull(store, "store");
        this.employee = Require.nonNull(employee, "employee");
        this.businessDate = Require.nonNull(businessDate, "businessDate");
    }

    public void setSchedule(Instant scheduledStart, Instant scheduledEnd) {
        requireOrdered(scheduledStart, scheduledEnd, "scheduled");
        this.scheduledStart = Require.instant(scheduledStart);
        this.scheduledEnd = Require.instant(scheduledEnd);
    }

    public void setClock(Instant clockIn, Instant clockOut) {
        requireOrdered(clockIn, clockOut, "clock");
        this.clockIn = Require.instant(clockIn);
        this.clockOut = Require.instant(clockOut);
    }

    private static void requireOrdered(Instant start, Instant end, String what) {
        if (end != null && (start == null || end.isBefore(start))) {
            throw new IllegalArgumentException("The " + what + " end needs a start before it");
        }
    }

    public Store getStore() {
        return store;
    }

    public Employee getEmployee() {
        return employee;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public void setBusinessDate(LocalDate businessDate) {
        this.businessDate = Require.nonNull(businessDate, "businessDate");
    }

    public Instant getScheduledStart() {
        return scheduledStart;
    }

    public Instant getScheduledEnd() {
        return scheduledEnd;
    }

    public Instant getClockIn() {
        return clockIn;
    }

    public Instant getClockOut() {
        return clockOut;
    }

    public String getShiftRole() {
        return shiftRole;
    }

    public void setShiftRole(String shiftRole) {
        this.shiftRole = Require.maxLength(shiftRole, "shiftRole", 32);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
