package org.xieshang.proposal.web.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.xieshang.proposal.ProposalDetails;
import org.xieshang.proposal.ProposalFilter;
import org.xieshang.proposal.ProposalQueries;
import org.xieshang.proposal.ProposalSettings;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.ProposalSummary;
import org.xieshang.proposal.TimelineEntry;
import org.xieshang.shared.Actor;
import org.xieshang.shared.Paging;

/**
 * Fills the model of the proposal page ({@code proposal/shared/proposal}); the staff controllers use it too, to show
 * the page again with the errors of an action's form.
 */
@Component
public class ProposalPageModel {

    private final ProposalQueries queries;
    private final ProposalNames names;
    private final ProposalSettings settings;

    ProposalPageModel(ProposalQueries queries, ProposalNames names, ProposalSettings settings) {
        this.queries = queries;
        this.names = names;
        this.settings = settings;
    }

    /** Puts everything the page shows into the model and returns the view name. */
    public String fill(long id, Model model) {
        ProposalDetails details = queries.details(id);
        List<TimelineEntry> timeline = queries.timeline(id);
        long committeeId = details.summary().committeeId();
        List<Long> memberIds = new ArrayList<>();
        details.signers().forEach(s -> memberIds.add(s.memberId()));
        timeline.stream().filter(t -> t.memberId() != null).forEach(t -> memberIds.add(t.memberId()));
        details.evaluations().stream().filter(e -> e.memberId() != null).forEach(e -> memberIds.add(e.memberId()));
        PageActions can = PageActions.of(Actor.required(), details);
        model.addAttribute("p", details);
        model.addAttribute("timeline", timeline);
        model.addAttribute("memberNames", names.members(memberIds));
        model.addAttribute("unitNames", names.unitNames(committeeId));
        model.addAttribute("meetingNames", names.meetingNames(committeeId));
        model.addAttribute("can", can);
        model.addAttribute("notFiledReasons", settings.notFiledReasons());
        model.addAttribute("lengthLimit", settings.lengthWarning());
        model.addAttribute("mergeCandidates", can.merge() ? mergeCandidates(details.summary()) : List.of());
        return "proposal/shared/proposal";
    }

    /** Filed proposals of the same meeting a proposal may be merged into. */
    private List<ProposalSummary> mergeCandidates(ProposalSummary proposal) {
        ProposalFilter filed = new ProposalFilter(
                null, Set.of(ProposalStatus.FILED), null, null, proposal.meetingId(), null, null, null, null, null);
        return queries.find(filed, new Paging(1, Paging.MAX_SIZE)).items().stream()
                .filter(c -> c.id() != proposal.id())
                .toList();
    }
}
