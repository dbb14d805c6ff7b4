package com.storedesk.ui.shell;

import static com.storedesk.security.Role.ADMINISTRATOR;
import static com.storedesk.security.Role.DISTRICT_MANAGER;
import static com.storedesk.security.Role.STORE_MANAGER;

import com.storedesk.security.Role;
import com.storedesk.ui.audit.AuditController;
import com.storedesk.ui.copilot.CopilotController;
import com.storedesk.ui.count.CountController;
import com.storedesk.ui.dashboard.DashboardController;
import com.storedesk.ui.district.DistrictController;
import com.storedesk.ui.home.HomeController;
import com.storedesk.ui.inbox.InboxBadge;
import com.storedesk.ui.inbox.InboxController;
import com.storedesk.ui.planogram.PlanogramController;
import com.storedesk.ui.settings.SettingsController;
import com.storedesk.ui.users.UsersController;
import java.util.List;
import java.util.Set;
import org.kordamp.ikonli.feather.Feather;

/**
 * Every screen of StoreDesk, in navigation order, with the roles that may open it. A new
 * capability adds its screen here and nowhere else; the first entry is the home screen.
 */
public final class Screens {

    public static final String HOME = "home";
    public static final String COPILOT = "copilot";
    public static final String COUNT = "count";
    public static final String DASHBOARD = "dashboard";
    public static final String PLANOGRAM = "planogram";
    public static final String DISTRICT = "district";
    public static final String INBOX = "inbox";
    public static final String AUDIT = "audit";
    public static final String USERS = "users";
    public static final String SETTINGS = "settings";

    private static final Set<Role> EVERYONE = Set.of(Role.values());
    private static final Set<Role> MANAGERS = Set.of(STORE_MANAGER, DISTRICT_MANAGER, ADMINISTRATOR);
    /** Who decides proposed actions (decision 0009): administrators follow them, but do not decide. */
    private static final Set<Role> DECIDERS = Set.of(STORE_MANAGER, DISTRICT_MANAGER);
    /** Across stores: the district manager, and IT, who answers for every store. */
    private static final Set<Role> ACROSS_STORES = Set.of(DISTRICT_MANAGER, ADMINISTRATOR);
    /** Accounts and roles are IT's: the user service refuses everyone else anyway. */
    private static final Set<Role> ADMINISTRATORS = Set.of(ADMINISTRATOR);

    private Screens() {
    }

    public static List<ScreenSpec> all() {
        return List.of(
                new ScreenSpec(HOME, "screen.home", Feather.HOME, EVERYONE, HomeController::new),
                new ScreenSpec(COPILOT, "copilot.nav", Feather.USER_CHECK, EVERYONE, CopilotController::new),
                new ScreenSpec(PLANOGRAM, "planogram.nav", Feather.GRID, EVERYONE, PlanogramController::new),
                new ScreenSpec(COUNT, "count.nav", Feather.CLIPBOARD, EVERYONE, CountController::new),
                new ScreenSpec(DASHBOARD, "screen.dashboard", Feather.BAR_CHART_2, MANAGERS, DashboardController::new),
                new ScreenSpec(DISTRICT, "district.nav", Feather.LAYERS, ACROSS_STORES, DistrictController::new),
                new ScreenSpec(INBOX, "inbox.nav", Feather.INBOX, DECIDERS, InboxController::new, InboxBadge::new),
                new ScreenSpec(AUDIT, "audit.screen", Feather.SHIELD, ACROSS_STORES, AuditController::new),
                new ScreenSpec(USERS, "users.nav", Feather.USERS, ADMINISTRATORS, UsersController::new),
                new ScreenSpec(SETTINGS, "screen.settings", Feather.SETTINGS, MANAGERS, SettingsController::new));
    }

    /** The screens {@code role} may open; a kiosk shows associate screens only. */
    public static List<ScreenSpec> forRole(List<ScreenSpec> screens, Role role) {
        return screens.stream().filter(s -> s.allows(role)).toList();
    }
}
