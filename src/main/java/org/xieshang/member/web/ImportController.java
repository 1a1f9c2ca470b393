package org.xieshang.member.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.member.domain.ImportOutcome;
import org.xieshang.member.domain.MemberSettings;
import org.xieshang.member.domain.MemberTexts;
import org.xieshang.member.domain.RosterExport;
import org.xieshang.member.domain.RosterImport;
import org.xieshang.member.domain.UnreadableRoster;
import org.xieshang.platform.Spreadsheet;

/**
 * The roster import: the template, the upload, and either "N members imported" or the table of every bad row with
 * its column and reason (nothing is imported then).
 */
@Controller
@RequestMapping("/members/import")
@PreAuthorize("hasAuthority('member:manage')")
class ImportController {

    private static final String PAGE = "member/import";

    private final RosterImport rosterImport;
    private final RosterExport export;
    private final CommitteeChoices committees;
    private final MemberSettings settings;
    private final MemberTexts texts;

    ImportController(
            RosterImport rosterImport,
            RosterExport export,
            CommitteeChoices committees,
            MemberSettings settings,
            MemberTexts texts) {
        this.rosterImport = rosterImport;
        this.export = export;
        this.committees = committees;
        this.settings = settings;
        this.texts = texts;
    }

    @GetMapping
    String form(Model model) {
        return page(model, null);
    }

    @PostMapping
    String upload(
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(required = false) Long committee,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response)
            throws IOException {
        try {
            ImportOutcome outcome = file == null
                    ? rosterImport.importFile(committee, null, 0, null)
                    : rosterImport.importFile(
                            committee, file.getOriginalFilename(), file.getSize(), file.getInputStream());
            if (outcome.succeeded()) {
                redirect.addFlashAttribute("flash", texts.get("member.import.done", outcome.imported()));
                return "redirect:/members";
            }
            model.addAttribute("problems", outcome.problems());
        } catch (UnreadableRoster e) {
            model.addAttribute("fileError", texts.get(e.messageKey(), e.args()));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(model, committee);
    }

    @GetMapping("/template")
    void template(HttpServletResponse response) throws IOException {
        Spreadsheet.download(
                response,
                texts.get("member.import.templateName"),
                texts.get("member.export.sheet"),
                export.headers(),
                sink -> {});
    }

    private String page(Model model, Long committee) {
        model.addAttribute("committees", committees.visible());
        model.addAttribute("committee", committees.focus(committee));
        model.addAttribute("maxMegabytes", settings.maxImportBytes() / (1024 * 1024));
        model.addAttribute("columns", String.join(texts.get("member.list.separator"), export.headers()));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return PAGE;
    }
}
