package org.xieshang.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.identity.Role;
import org.xieshang.identity.UserManagement;
import org.xieshang.identity.domain.AccountChanges;
import org.xieshang.identity.domain.NewAccount;
import org.xieshang.identity.domain.UserAccount;
import org.xieshang.identity.domain.UserAccounts;
import org.xieshang.platform.Spreadsheet;
import org.xieshang.shared.Actor;
import org.xieshang.shared.Paging;
import org.xieshang.shared.RecordNotFound;
import org.xieshang.shared.XieshangException;

/** The administrator's user screens: list, create, edit roles, unlock, reset password. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAuthority('user:manage')")
class UserAdminController {

    private final UserAccounts accounts;
    private final UserManagement users;
    private final AuditTrail audit;
    private final MessageSource messages;

    UserAdminController(UserAccounts accounts, UserManagement users, AuditTrail audit, MessageSource messages) {
        this.accounts = accounts;
        this.users = users;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Integer page,
            Model model) {
        Actor actor = Actor.required();
        model.addAttribute("users", accounts.find(actor.visibleCommitteeIds(), q, role, Paging.of(page, 20)));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("roles", Role.values());
        return "identity/users";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role,
            HttpServletResponse response)
            throws IOException {
        Actor actor = Actor.required();
        var all = accounts.find(actor.visibleCommitteeIds(), q, role, new Paging(1, Integer.MAX_VALUE));
        audit.record(AuditAction.EXPORT, "user", null, "导出用户列表 " + all.total() + " 条", null, null);
        List<String> headers = List.of("用户名", "姓名", "委员会", "角色", "状态", "最近登录");
        Spreadsheet.download(
                response,
                "用户列表",
                "用户",
                headers,
                sink -> all.items()
                        .forEach(u -> sink.row(List.of(
                                u.username(),
                                u.displayName(),
                                u.committeeId(),
                                roleNames(u.id()),
                                u.enabled() ? "启用" : "停用",
                                u.lastLoginAt() == null ? "" : u.lastLoginAt()))));
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", UserForm.empty());
        model.addAttribute("roles", Role.values());
        return "identity/user-form";
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model, RedirectAttributes flash) {
        if (!result.hasErrors()) {
            try {
                Actor actor = Actor.required();
                users.create(
                        new NewAccount(
                                actor.committeeId(),
                                form.username(),
                                form.displayName(),
                                form.memberId(),
                                form.handlingUnitId(),
                                form.staffPost(),
                                form.spansSubtree(),
                                form.roles()),
                        form.password());
                flash.addFlashAttribute("flash", text("form.created"));
                return "redirect:/admin/users";
            } catch (XieshangException e) {
                result.rejectValue(
                        e.code().startsWith("password") ? "password" : "username", e.messageKey(), e.args(), e.code());
            }
        }
        model.addAttribute("roles", Role.values());
        return "identity/user-form";
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        UserAccount account = visible(id);
        model.addAttribute("account", account);
        model.addAttribute(
                "form",
                new UserForm(
                        account.username(),
                        account.displayName(),
                        "",
                        account.memberId(),
                        account.handlingUnitId(),
                        account.staffPost(),
                        account.spansSubtree(),
                        account.enabled(),
                        accounts.roles(id),
                        account.version()));
        model.addAttribute("roles", Role.values());
        return "identity/user-form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes flash) {
        UserAccount account = visible(id);
        if (result.hasErrors()) {
            model.addAttribute("account", account);
            model.addAttribute("roles", Role.values());
            return "identity/user-form";
        }
        users.update(
                id,
                form.version(),
                new AccountChanges(
                        form.displayName(),
                        form.memberId(),
                        form.handlingUnitId(),
                        form.staffPost(),
                        form.spansSubtree(),
                        form.enabled(),
                        form.roles()));
        flash.addFlashAttribute("flash", text("form.saved"));
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes flash) {
        visible(id);
        users.unlock(id);
        flash.addFlashAttribute("flash", text("user.unlocked"));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes flash) {
        visible(id);
        try {
            users.resetPassword(id, password);
            flash.addFlashAttribute("flash", text("user.passwordReset"));
        } catch (XieshangException e) {
            flash.addFlashAttribute(
                    "flashError", messages.getMessage(e.messageKey(), e.args(), java.util.Locale.SIMPLIFIED_CHINESE));
        }
        return "redirect:/admin/users/" + id;
    }

    private UserAccount visible(long id) {
        return accounts.byId(id)
                .filter(a -> Actor.required().visibleCommitteeIds().contains(a.committeeId()))
                .orElseThrow(() -> new RecordNotFound("用户", id));
    }

    private String roleNames(long userId) {
        return String.join(
                "、",
                accounts.roles(userId).stream().map(r -> text(r.messageKey())).toList());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, java.util.Locale.SIMPLIFIED_CHINESE);
    }
}
