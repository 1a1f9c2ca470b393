package org.xieshang.proposal.web.oversight;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.shared.Actor;

/** Names of the handling units of the committees the signed-in user may see, for the lists. */
@Component
class UnitNames {

    private final OrganisationDirectory organisation;

    UnitNames(OrganisationDirectory organisation) {
        this.organisation = organisation;
    }

    Map<Long, String> visible() {
        Map<Long, String> names = new HashMap<>();
        for (long committeeId : Actor.required().visibleCommitteeIds()) {
            organisation.handlingUnits(committeeId).forEach(u -> names.put(u.id(), u.name()));
        }
        return names;
    }
}
