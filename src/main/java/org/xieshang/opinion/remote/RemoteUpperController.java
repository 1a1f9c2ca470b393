package org.xieshang.opinion.remote;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.shared.Actor;

/**
 * The page where a committee's staff (or an administrator) set the remote upper committee and follow the messages
 * exchanged with other installations. Tokens are typed in but never shown; left blank they stay as stored.
 */
@Controller
@RequestMapping("/opinion/remote")
@PreAuthorize("hasAuthority('opinion:remote')")
class RemoteUpperController {

    private static final String URL = "https?://\\S+";
    private static final String PAGE = "opinion-remote/settings";

    private final RemoteUpperSettings settings;
    private final OpinionTexts texts;

    RemoteUpperController(RemoteUpperSettings settings, OpinionTexts texts) {
        this.settings = settings;
        this.texts = texts;
    }

    record UpperForm(
            @NotBlank(message = "{opinion-remote.base-url.required}")
            @Size(max = 500, message = "{opinion-remote.field.size}")
            @Pattern(regexp = URL, message = "{opinion-remote.url.pattern}")
            String baseUrl,

            @NotNull(message = "{opinion-remote.remote-committee.required}")
            @Positive(message = "{opinion-remote.remote-committee.required}")
            Long remoteCommitteeId,

            @Size(max = 200, message = "{opinion-remote.field.size}")
            String token,

            @NotBlank(message = "{opinion-remote.callback-url.required}")
            @Size(max = 500, message = "{opinion-remote.field.size}")
            @Pattern(regexp = URL, message = "{opinion-remote.url.pattern}")
            String callbackUrl,

            @Size(max = 200, message = "{opinion-remote.field.size}")
            String callbackToken,

            Integer version) {}

    @GetMapping
    String show(@RequestParam(required = false) Long committeeId, Model model) {
        long committee = committeeId == null ? Actor.required().committeeId() : committeeId;
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    settings.view(committee)
                            .map(v -> new UpperForm(
                                    v.baseUrl(), v.remoteCommitteeId(), null, v.callbackUrl(), null, v.version()))
                            .orElse(new UpperForm(null, null, null, null, null, null)));
        }
        return page(committee, model);
    }

    @PostMapping
    String save(
            @RequestParam long committeeId,
            @Valid @ModelAttribute("form") UpperForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        if (!result.hasErrors()) {
            try {
                settings.save(
                        committeeId,
                        new RemoteUpperSettings.Change(
                                form.baseUrl(),
                                form.remoteCommitteeId(),
                                form.token(),
                                form.callbackUrl(),
                                form.callbackToken(),
                                form.version()));
                flash.addFlashAttribute("flash", texts.get("opinion-remote.saved"));
                return redirect(committeeId);
            } catch (RemoteProblems.TokensRequired e) {
                result.rejectValue(
                        "token", "opinion-remote.tokens-required", texts.get("error.opinion-remote.tokens-required"));
            }
        }
        return page(committeeId, model);
    }

    @PostMapping("/remove")
    String remove(@RequestParam long committeeId, @RequestParam int version, RedirectAttributes flash) {
        settings.remove(committeeId, version);
        flash.addFlashAttribute("flash", texts.get("opinion-remote.removed"));
        return redirect(committeeId);
    }

    @PostMapping("/retry")
    String retry(@RequestParam long committeeId, RedirectAttributes flash) {
        flash.addFlashAttribute("flash", texts.get("opinion-remote.retried", settings.retryNow(committeeId)));
        return redirect(committeeId);
    }

    private String page(long committeeId, Model model) {
        model.addAttribute("committeeId", committeeId);
        model.addAttribute("current", settings.view(committeeId).orElse(null));
        model.addAttribute("messages", settings.outbox(committeeId));
        return PAGE;
    }

    private static String redirect(long committeeId) {
        return "redirect:/opinion/remote?committeeId=" + committeeId;
    }
}
