package org.xieshang.opinion.remote;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
import org.xieshang.platform.Spreadsheet;
import org.xieshang.shared.Actor;
import org.xieshang.shared.Paging;

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

    /** The filters of the message list, kept in the pager's links and the export's. */
    record MessageFilter(RemoteOutbox.Status status, String q) {

        Map<String, Object> parameters(long committeeId) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("committeeId", committeeId);
            map.put("status", status == null ? null : status.name());
            map.put("q", q);
            return map;
        }
    }

    @GetMapping
    String show(
            @RequestParam(required = false) Long committeeId,
            @ModelAttribute("filter") MessageFilter filter,
            @RequestParam(required = false) Integer page,
            Model model) {
        long committee = committeeId == null ? Actor.required().committeeId() : committeeId;
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    settings.view(committee)
                            .map(v -> new UpperForm(
                                    v.baseUrl(), v.remoteCommitteeId(), null, v.callbackUrl(), null, v.version()))
                            .orElse(new UpperForm(null, null, null, null, null, null)));
        }
        return page(committee, filter, page, model);
    }

    @GetMapping("/export")
    void export(
            @RequestParam long committeeId,
            @ModelAttribute("filter") MessageFilter filter,
            HttpServletResponse response)
            throws IOException {
        List<RemoteOutbox.Message> messages = settings.export(committeeId, filter.status(), filter.q());
        List<String> headers = Stream.of(
                        "kind",
                        "destination",
                        "key",
                        "created",
                        "status",
                        "delivered-at",
                        "attempts",
                        "next-attempt",
                        "last-error")
                .map(h -> texts.get("opinion-remote." + h))
                .toList();
        Spreadsheet.download(
                response,
                texts.get("opinion-remote.export-file"),
                texts.get("opinion-remote.messages"),
                headers,
                sink -> messages.forEach(m -> sink.row(Arrays.asList(
                        texts.get("opinion-remote.kind." + m.kind().name()),
                        m.destination(),
                        m.idempotencyKey(),
                        m.createdAt(),
                        texts.get("opinion-remote.status." + (m.deliveredAt() == null ? "WAITING" : "DELIVERED")),
                        m.deliveredAt(),
                        m.attempts(),
                        m.deliveredAt() == null ? m.nextAttemptAt() : null,
                        m.lastError()))));
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
        return page(committeeId, new MessageFilter(null, null), null, model);
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

    private String page(long committeeId, MessageFilter filter, Integer page, Model model) {
        model.addAttribute("committeeId", committeeId);
        model.addAttribute("current", settings.view(committeeId).orElse(null));
        model.addAttribute("filter", filter);
        model.addAttribute("filters", filter.parameters(committeeId));
        model.addAttribute("statuses", RemoteOutbox.Status.values());
        model.addAttribute(
                "messages", settings.messages(committeeId, filter.status(), filter.q(), Paging.of(page, 20)));
        return PAGE;
    }

    private static String redirect(long committeeId) {
        return "redirect:/opinion/remote?committeeId=" + committeeId;
    }
}
