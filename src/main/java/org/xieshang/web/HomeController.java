package org.xieshang.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.xieshang.identity.UserManagement;
import org.xieshang.shared.Actor;

/** The workbench start page and the display toggles (large font 大字版, script). */
@Controller
class HomeController {

    private final UserManagement users;

    HomeController(UserManagement users) {
        this.users = users;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home() {
        return "web/home";
    }

    @PostMapping("/preferences/large-font")
    @PreAuthorize("isAuthenticated()")
    String largeFont(@RequestParam boolean on, @RequestHeader(value = "Referer", required = false) String referer) {
        users.setLargeFont(Actor.required().userId(), on);
        return "redirect:" + back(referer);
    }

    @PostMapping("/preferences/script")
    @PreAuthorize("isAuthenticated()")
    String script(
            @RequestParam boolean traditional, @RequestHeader(value = "Referer", required = false) String referer) {
        users.setTraditional(Actor.required().userId(), traditional);
        return "redirect:" + back(referer);
    }

    /** Only a path on this site, never an outside address from the header. */
    private static String back(String referer) {
        if (referer == null) {
            return "/";
        }
        int start = referer.indexOf("://");
        int path = start < 0 ? -1 : referer.indexOf('/', start + 3);
        String target = path < 0 ? "/" : referer.substring(path);
        return target.startsWith("/") && !target.startsWith("//") ? target : "/";
    }
}
