package com.storedesk.core;

/** Why stock changed; stored as text in {@code stock_movement.movement_type}. */
public enum MovementType {
    SALE,
    RETURN,
    RECEIPT,
    ADJUSTMENT,
    /** A physical count; the delta is counted minus expected. */
    COUNT,
    TRANSFER
}
