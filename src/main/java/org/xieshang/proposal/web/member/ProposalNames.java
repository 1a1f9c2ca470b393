package org.xieshang.proposal.web.member;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xieshang.member.MemberDirectory;
import org.xieshang.member.MemberSummary;
import org.xieshang.organisation.MeetingView;
import org.xieshang.organisation.NamedRef;
import org.xieshang.organisation.OrganisationDirectory;

/**
 * Names the proposal pages show instead of ids: members, handling units, meetings (九届一次会议) and bundle texts. Used
 * by the member and staff pages and the Word document.
 */
@Component
public class ProposalNames {

    private final MemberDirectory members;
    private final OrganisationDirectory organisation;
    private final MessageSource messages;

    ProposalNames(MemberDirectory members, OrganisationDirectory organisation, MessageSource messages) {
        this.members = members;
        this.organisation = organisation;
        this.messages = messages;
    }

    public Map<Long, String> members(Collection<Long> ids) {
        return members.byIds(ids).stream().collect(Collectors.toMap(MemberSummary::id, MemberSummary::name));
    }

    /** Members a proposer may invite to co-sign (the committee's active members, in registration order). */
    public List<MemberSummary> committeeMembers(long committeeId) {
        return members.list(committeeId, 1000);
    }

    public List<NamedRef> units(long committeeId) {
        return organisation.handlingUnits(committeeId);
    }

    public Map<Long, String> unitNames(long committeeId) {
        return units(committeeId).stream().collect(Collectors.toMap(NamedRef::id, NamedRef::name));
    }

    public List<NamedRef> partyOrganisations(long committeeId) {
        return organisation.partyOrganisations(committeeId);
    }

    public List<MeetingView> meetings(long committeeId) {
        return organisation.meetings(committeeId);
    }

    public Map<Long, String> meetingNames(long committeeId) {
        return meetings(committeeId).stream().collect(Collectors.toMap(MeetingView::id, this::meeting));
    }

    /** 九届一次会议. */
    public String meeting(MeetingView m) {
        return text("proposal.pages.meeting", numeral(m.termNumber()), numeral(m.number()));
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }

    public <E extends Enum<E>> String label(String prefix, E value) {
        return value == null ? "" : text(prefix + value.name());
    }

    public String code(String prefix, String code) {
        return code == null ? "" : text(prefix + code);
    }

    /** Chinese numerals up to 99, from the core's digit list. */
    String numeral(int n) {
        String digits = text("proposal.numerals");
        Function<Integer, String> d = i -> String.valueOf(digits.charAt(i));
        if (n <= 10) {
            return d.apply(n);
        }
        if (n < 20) {
            return d.apply(10) + d.apply(n - 10);
        }
        return d.apply(n / 10) + d.apply(10) + (n % 10 == 0 ? "" : d.apply(n % 10));
    }
}
