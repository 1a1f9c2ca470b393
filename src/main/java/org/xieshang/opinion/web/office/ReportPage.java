package org.xieshang.opinion.web.office;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.xieshang.opinion.AdoptionKind;
import org.xieshang.opinion.CatalogueEntry;
import org.xieshang.opinion.InstructionRank;
import org.xieshang.opinion.OpinionAction;
import org.xieshang.opinion.OpinionCatalogue;
import org.xieshang.opinion.OpinionQueries;
import org.xieshang.opinion.OpinionSettings;
import org.xieshang.opinion.OpinionState;
import org.xieshang.opinion.OpinionUpward;
import org.xieshang.opinion.OriginType;
import org.xieshang.opinion.ReportDetail;
import org.xieshang.opinion.UpwardChannel;
import org.xieshang.opinion.domain.ChinaTime;
import org.xieshang.opinion.web.office.ActionForms.AdoptionForm;
import org.xieshang.opinion.web.office.ActionForms.DepartmentForm;
import org.xieshang.opinion.web.office.ActionForms.InstructionForm;
import org.xieshang.opinion.web.office.ActionForms.ReasonForm;
import org.xieshang.opinion.web.office.ActionForms.RevokeForm;
import org.xieshang.opinion.web.office.ActionForms.UpwardForm;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.shared.Actor;

/**
 * The model of a report's page: the report (original and edited text, levels, history, attachments), what the user
 * may do with it now, and an empty form for each of those actions unless a refused one is being shown again.
 */
@Component
class ReportPage {

    private final OpinionQueries queries;
    private final OpinionUpward upward;
    private final OrganisationDirectory organisation;
    private final OpinionCatalogue catalogue;
    private final OpinionSettings settings;

    ReportPage(
            OpinionQueries queries,
            OpinionUpward upward,
            OrganisationDirectory organisation,
            OpinionCatalogue catalogue,
            OpinionSettings settings) {
        this.queries = queries;
        this.upward = upward;
        this.organisation = organisation;
        this.catalogue = catalogue;
        this.settings = settings;
    }

    /** What the signed-in user may do with the report in its present state. */
    record Can(
            boolean editDraft,
            boolean attach,
            boolean edit,
            boolean signOff,
            boolean accept,
            boolean file,
            boolean upward,
            boolean direct,
            boolean adopt,
            boolean revoke,
            boolean instruct) {

        public boolean any() {
            return edit || signOff || accept || file || upward || adopt || revoke || instruct;
        }
    }

    String show(long id, Model model) {
        ReportDetail r = queries.detail(id);
        Can can = can(r);
        model.addAttribute("report", r);
        model.addAttribute("can", can);
        model.addAttribute("copy", r.originType() == OriginType.LOWER_COMMITTEE);
        model.addAttribute("upwards", upward.upwards(id));
        model.addAttribute(
                "channels", can.direct() ? UpwardChannel.values() : new UpwardChannel[] {UpwardChannel.NORMAL});
        model.addAttribute("adoptionKinds", AdoptionKind.values());
        model.addAttribute("ranks", InstructionRank.values());
        model.addAttribute("categoryNames", categoryNames(r.committeeId()));
        model.addAttribute("lengthLimit", settings.lengthWarning());
        defaults(model, r);
        return "opinion/report";
    }

    Map<String, String> categoryNames(long committeeId) {
        return catalogue.categories(committeeId).stream()
                .collect(Collectors.toMap(CatalogueEntry::code, CatalogueEntry::name));
    }

    private void defaults(Model model, ReportDetail r) {
        var today = ChinaTime.today();
        putIfAbsent(model, "fileForm", new ReasonForm("", r.version()));
        putIfAbsent(model, "revokeForm", new RevokeForm("", r.version()));
        putIfAbsent(model, "upwardForm", new UpwardForm(UpwardChannel.NORMAL));
        putIfAbsent(model, "adoptionForm", new AdoptionForm(AdoptionKind.SINGLE, "", "", today, r.version()));
        putIfAbsent(model, "instructionForm", new InstructionForm(null, "", "", today));
        putIfAbsent(model, "departmentForm", new DepartmentForm("", today));
    }

    private static void putIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    private Can can(ReportDetail r) {
        Actor actor = Actor.required();
        boolean edit = actor.hasPermission("opinion:edit");
        boolean manage = actor.hasPermission("opinion:manage");
        List<OpinionAction> legal = r.legalActions();
        boolean copy = r.originType() == OriginType.LOWER_COMMITTEE;
        boolean acceptedHere = r.state() == OpinionState.ACCEPTED || r.state() == OpinionState.ADOPTED;
        boolean draft = r.state() == OpinionState.DRAFT;
        boolean direct = organisation
                .committee(r.committeeId())
                .map(c -> c.directReportingPoint())
                .orElse(false);
        return new Can(
                draft,
                actor.hasPermission("opinion:submit") && (draft || edit || manage),
                edit && legal.contains(OpinionAction.EDIT),
                edit && legal.contains(OpinionAction.SIGN_OFF),
                manage && legal.contains(OpinionAction.ACCEPT),
                manage && legal.contains(OpinionAction.FILE),
                manage && acceptedHere,
                direct,
                manage && legal.contains(OpinionAction.ADOPT),
                manage && legal.contains(OpinionAction.REVOKE_ADOPTION),
                manage && (copy ? r.state() == OpinionState.ADOPTED : r.state() == OpinionState.ACCEPTED));
    }
}
