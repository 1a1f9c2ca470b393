package org.xieshang.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.xieshang.platform.DatabaseSettings;
import org.xieshang.platform.DemoSettings;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PublicEndpoint;

/** The sign-in page. In demo mode it lists the demo accounts so a visitor can try each role. */
@Controller
class LoginController {

    private final boolean demo;

    LoginController(DemoSettings demo, DatabaseSettings database) {
        this.demo = demo.demoAccountsShown(database);
    }

    @GetMapping("/login")
    @PublicEndpoint
    String login(Model model) {
        if (Actor.current().isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("demo", demo);
        return "identity/login";
    }
}
