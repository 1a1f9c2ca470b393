package org.xieshang.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.identity.domain.ApiTokens;
import org.xieshang.shared.Actor;

/** The user's own API tokens: create (the secret is shown once), list, revoke. */
@Controller
@RequestMapping("/account/tokens")
@PreAuthorize("hasAuthority('token:manage')")
class TokenController {

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** A new token's name and how long it is valid (empty: until revoked). */
    record TokenForm(
            @NotBlank(message = "{token.name.required}") @Size(max = 60, message = "{token.name.size}")
            String name,

            @Min(value = 1, message = "{token.days.range}") @Max(value = 3650, message = "{token.days.range}")
            Integer validDays) {}

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TokenForm("", 365));
        }
        model.addAttribute("tokens", tokens.list(Actor.required().userId()));
        return "identity/tokens";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") TokenForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        if (result.hasErrors()) {
            model.addAttribute("tokens", tokens.list(Actor.required().userId()));
            return "identity/tokens";
        }
        flash.addFlashAttribute(
                "created", tokens.create(Actor.required(), form.name().strip(), form.validDays()));
        return "redirect:/account/tokens";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes flash) {
        tokens.revoke(Actor.required(), id);
        flash.addFlashAttribute("revoked", true);
        return "redirect:/account/tokens";
    }
}
