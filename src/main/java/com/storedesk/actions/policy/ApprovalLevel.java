package com.storedesk.actions.policy;

/** Who must say yes before an action goes to the POS, in rising order. */
public enum ApprovalLevel {
    AUTOMATIC,
    STORE_MANAGER,
    DISTRICT_MANAGER;

    public String nameKey() {
        return switch (this) {
            case AUTOMATIC -> "action.level.automatic";
            case STORE_MANAGER -> "action.level.storeManager";
            case DISTRICT_MANAGER -> "action.level.districtManager";
        };
    }
}
