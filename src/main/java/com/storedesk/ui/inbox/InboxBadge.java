package com.storedesk.ui.inbox;

import com.storedesk.actions.ActionText;
import com.storedesk.actions.ProposedAction;
import com.storedesk.ui.UiContext;
import com.storedesk.ui.shell.Badge;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * The inbox's count in the navigation: the actions awaiting this user's decision. When a read finds
 * one that the previous read did not, a notification says so, so a new item is seen while the user
 * is on another screen. The first read only sets what is known: nothing is new at sign-in.
 */
public final class InboxBadge implements Badge {

    private static final Duration SHOWN_FOR = Duration.seconds(8);

    private final UiContext ui;
    private volatile List<ProposedAction> awaiting = List.of();
    private Set<Long> known;

    public InboxBadge(UiContext ui) {
        this.ui = ui;
    }

    @Override
    public int read() {
        awaiting = ui.app().actions().awaitingDecision(ui.app().session());
        return awaiting.size();
    }

    @Override
    public void shown(Node window) {
        List<ProposedAction> now = awaiting;
        Set<Long> ids = now.stream().map(ProposedAction::id).collect(Collectors.toSet());
        List<ProposedAction> arrived = known == null ? List.of()
                : now.stream().filter(a -> !known.contains(a.id())).toList();
        known = ids;
        if (!arrived.isEmpty() && window.getScene() != null && window.getScene().getWindow() != null) {
            notification(arrived).owner(window.getScene().getWindow()).showInformation();
        }
    }

    /** The newest new action in words, or how many arrived. */
    Notifications notification(List<ProposedAction> arrived) {
        ActionText text = new ActionText(ui.messages());
        String body = arrived.size() == 1 ? text.type(arrived.get(0).type()) + ": " + text.change(arrived.get(0).change())
                : ui.messages().get("inbox.notify.many", arrived.size());
        return Notifications.create().title(ui.messages().get("inbox.notify.title")).text(body)
                .position(Pos.BOTTOM_RIGHT).hideAfter(SHOWN_FOR);
    }
}
