package org.xieshang.member.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.xieshang.organisation.MeetingView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.organisation.PartyKind;

/** Reads a committee's references from the organisation module. */
@Component
public class CommitteeCatalogue {

    private final OrganisationDirectory organisation;

    CommitteeCatalogue(OrganisationDirectory organisation) {
        this.organisation = organisation;
    }

    public CommitteeReferences of(long committeeId) {
        return new CommitteeReferences(
                committeeId,
                organisation.sectors(committeeId),
                organisation.specialCommittees(committeeId),
                organisation.partyOrganisations(committeeId),
                organisation.partyOrganisations(committeeId, PartyKind.DEMOCRATIC_PARTY),
                terms(committeeId));
    }

    /**
     * The organisation module's facade names terms only through their meetings; every term holds its first plenary
     * meeting when it starts, so this finds every term in use.
     */
    private List<TermRef> terms(long committeeId) {
        Map<Long, TermRef> terms = new LinkedHashMap<>();
        for (MeetingView meeting : organisation.meetings(committeeId)) {
            terms.putIfAbsent(meeting.termId(), new TermRef(meeting.termId(), meeting.termNumber()));
        }
        return List.copyOf(terms.values());
    }
}
