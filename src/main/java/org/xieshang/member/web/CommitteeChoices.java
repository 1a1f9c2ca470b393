package org.xieshang.member.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.shared.Actor;

/** The committees a user may pick from (their visible set, top-down), and the committee whose lists a page shows. */
@Component
class CommitteeChoices {

    private final OrganisationDirectory organisation;

    CommitteeChoices(OrganisationDirectory organisation) {
        this.organisation = organisation;
    }

    List<CommitteeView> visible() {
        var ids = Actor.required().visibleCommitteeIds();
        return organisation.committees().stream()
                .filter(c -> ids.contains(c.id()))
                .toList();
    }

    Map<Long, String> names() {
        return visible().stream().collect(Collectors.toMap(CommitteeView::id, CommitteeView::shortName));
    }

    /** The requested committee if the user may see it, else their own. */
    long focus(Long requested) {
        Actor actor = Actor.required();
        return requested != null && actor.visibleCommitteeIds().contains(requested) ? requested : actor.committeeId();
    }

    String name(long committeeId) {
        return organisation.committee(committeeId).map(CommitteeView::shortName).orElse(String.valueOf(committeeId));
    }
}
