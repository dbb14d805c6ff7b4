package com.storedesk.core.event;

/**
 * A member of staff.
 *
 * @param homeStoreExternalId the store they mostly work at; null for staff who float between stores
 * @param jobRole upper-case role code such as CASHIER, SUPERVISOR, MANAGER
 */
public record EmployeeUpserted(
        String source,
        String externalId,
        String homeStoreExternalId,
        String displayName,
        String jobRole,
        boolean active) implements RetailEvent {

    public EmployeeUpserted {
        Events.requireIds(source, externalId);
        Events.requireText(displayName, "displayName");
        Events.requireText(jobRole, "jobRole");
    }
}
