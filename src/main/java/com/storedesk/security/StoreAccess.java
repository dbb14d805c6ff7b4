package com.storedesk.security;

import com.storedesk.data.StoreSummary;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The checks every service makes before it reads or changes a store's data, so that a store
 * manager of one store cannot reach another through any screen or command, and an associate
 * approves nothing.
 */
public final class StoreAccess {

    private StoreAccess() {
    }

    /** Throws unless the session's scope includes {@code storeId}. */
    public static void require(UserSession session, long storeId) {
        if (!session.canSeeStore(storeId)) {
            throw new AccessDeniedException("security.denied.store");
        }
    }

    /** Throws unless the session's role is one of {@code roles}. */
    public static void requireRole(UserSession session, Role... roles) {
        if (!Arrays.asList(roles).contains(session.role())) {
            throw new AccessDeniedException("security.denied.role");
        }
    }

    /** Whether the session may approve an action on {@code storeId}: any manager or administrator of it, never an associate. */
    public static boolean canApprove(UserSession session, long storeId) {
        return session.role() != Role.ASSOCIATE && session.canSeeStore(storeId);
    }

    /** Throws unless {@link #canApprove} says yes. */
    public static void requireApprover(UserSession session, long storeId) {
        if (!canApprove(session, storeId)) {
            throw new AccessDeniedException("security.denied.approve");
        }
    }

    /** The stores of {@code allStores} the session may see, in their order. */
    public static List<StoreSummary> visibleStores(UserSession session, Collection<StoreSummary> allStores) {
        return visible(session, allStores, StoreSummary::id);
    }

    /** The items of {@code items} whose store the session may see, in their order. */
    public static <T> List<T> visible(UserSession session, Collection<T> items, ToLongFunction<T> storeId) {
        return items.stream().filter(item -> session.canSeeStore(storeId.applyAsLong(item))).toList();
    }
}
