package org.xieshang.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.xieshang.identity.UserManagement;
import org.xieshang.identity.UserManagement.Preferences;
import org.xieshang.identity.XieshangUser;
import org.xieshang.notification.Notifications;
import org.xieshang.shared.Actor;
import org.xieshang.shared.NavigationItem;

/**
 * Adds what the layout needs to every rendered page: the signed-in user, the navigation entries their permissions
 * allow, and their display preferences. Runs only when a view is rendered, so API calls pay nothing.
 */
@Component
class LayoutInterceptor implements HandlerInterceptor {

    private final List<NavigationItem> navigation;
    private final UserManagement users;
    private final Notifications notifications;

    LayoutInterceptor(List<NavigationItem> navigation, UserManagement users, Notifications notifications) {
        this.notifications = notifications;
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
        this.users = users;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
            return;
        }
        Optional<Actor> actor = Actor.current();
        view.addObject("currentUser", actor.orElse(null));
        view.addObject("currentPath", request.getRequestURI());
        view.addObject(
                "navigation",
                navigation.stream()
                        .filter(item -> actor.isPresent()
                                && (item.permission() == null || actor.get().hasPermission(item.permission())))
                        .toList());
        Preferences preferences = actor.map(a -> users.preferences(a.userId())).orElse(new Preferences(false, false));
        view.addObject("preferences", preferences);
        view.addObject(
                "unread", actor.map(a -> notifications.unreadCount(a.userId())).orElse(0L));
        view.addObject(
                "roleKeys",
                actor.filter(XieshangUser.class::isInstance)
                        .map(a -> ((XieshangUser) a)
                                .roles().stream().map(r -> r.messageKey()).toList())
                        .orElse(List.of()));
    }
}
