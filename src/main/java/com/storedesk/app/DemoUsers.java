package com.storedesk.app;

import com.storedesk.data.StoreSummary;
import com.storedesk.pos.demo.DemoConnector;
import com.storedesk.security.NewAccount;
import com.storedesk.security.Role;
import com.storedesk.security.UserAccount;
import com.storedesk.security.UserSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo chain's accounts, so that every role can be tried at once: an administrator, a district
 * manager over every demo store, and per store a manager and an associate with a PIN. Their
 * credentials are fixed and listed in the README; they exist only in a database holding the demo chain.
 */
public final class DemoUsers {

    /** The password of every demo manager and of the demo administrator. */
    public static final String PASSWORD = "storedesk-demo";
    /** The PIN of every demo associate. */
    public static final String PIN = "2468";
    public static final String ADMINISTRATOR = "admin";
    public static final String DISTRICT_MANAGER = "district";

    /** Who creates them, in the audit trail. */
    private static final UserSession SYSTEM = UserSession.system();

    private DemoUsers() {
    }

    public static String storeManager(String storeCode) {
        return "manager." + storeCode.toLowerCase(Locale.ROOT);
    }

    public static String associate(String storeCode) {
        return "associate." + storeCode.toLowerCase(Locale.ROOT);
    }

    /**
     * Creates the demo accounts that are missing, once the demo chain's stores are in. Does nothing
     * on a database without demo stores. Blocking: hashing each new secret takes a tenth of a second.
     *
     * @return how many accounts it created
     */
    public static int ensure(AppContext context) {
        List<StoreSummary> stores = context.stores().listStores().stream()
                .filter(store -> store.source().equals(DemoConnector.SOURCE))
                .toList();
        if (stores.isEmpty()) {
            return 0;
        }
        Set<String> existing = context.users().list(SYSTEM).stream().map(UserAccount::username)
                .collect(Collectors.toSet());
        List<NewAccount> missing = accounts(stores).stream()
                .filter(account -> !existing.contains(account.username()))
                .toList();
        missing.forEach(account -> context.users().create(SYSTEM, account));
        return missing.size();
    }

    static List<NewAccount> accounts(List<StoreSummary> stores) {
        Set<Long> all = stores.stream().map(StoreSummary::id).collect(Collectors.toSet());
        List<NewAccount> accounts = new ArrayList<>();
        accounts.add(new NewAccount(ADMINISTRATOR, "Alex Admin", Role.ADMINISTRATOR, PASSWORD, true, Set.of()));
        accounts.add(new NewAccount(DISTRICT_MANAGER, "Dana District", Role.DISTRICT_MANAGER, PASSWORD, false, all));
        for (StoreSummary store : stores) {
            accounts.add(new NewAccount(storeManager(store.code()), "Manager " + store.code(), Role.STORE_MANAGER,
                    PASSWORD, false, Set.of(store.id())));
            accounts.add(new NewAccount(associate(store.code()), "Associate " + store.code(), Role.ASSOCIATE, PIN,
                    false, Set.of(store.id())));
        }
        return accounts;
    }
}
