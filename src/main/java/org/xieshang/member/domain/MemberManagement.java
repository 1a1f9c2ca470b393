package org.xieshang.member.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.member.MemberProfileChanged;
import org.xieshang.member.MemberRegistered;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;
import org.xieshang.shared.RecordNotFound;

/**
 * Registering, editing, deactivating and reading members within the signed-in user's data scope. Every change is
 * checked against {@link MemberRules}, audited and announced as an event in the same transaction.
 */
@Service
@Transactional
public class MemberManagement {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Members members;
    private final CommitteeCatalogue catalogue;
    private final MemberRules rules;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MemberTexts texts;
    private final Clock clock;

    MemberManagement(
            Members members,
            CommitteeCatalogue catalogue,
            MemberSettings settings,
            AuditTrail audit,
            ApplicationEventPublisher events,
            MemberTexts texts,
            Clock clock) {
        this.members = members;
        this.catalogue = catalogue;
        this.rules = new MemberRules(settings);
        this.audit = audit;
        this.events = events;
        this.texts = texts;
        this.clock = clock;
    }

    /** Registers a member in {@code committeeId} (null: the user's own committee); returns the new id. */
    public long register(Long committeeId, MemberProfile profile) {
        long committee = writableCommittee(committeeId);
        check(committee, profile, null);
        long id = members.insert(committee, profile);
        audit.record(
                AuditAction.CREATE, "member", id, texts.get("member.audit.registered", profile.name()), null, profile);
        events.publishEvent(new MemberRegistered(id, committee));
        return id;
    }

    public void update(long id, int version, MemberProfile profile) {
        Member before = get(id);
        check(before.committeeId(), profile, id);
        members.update(id, version, profile);
        audit.record(
                AuditAction.UPDATE,
                "member",
                id,
                texts.get("member.audit.updated", before.name()),
                Map.of("profile", before, "termIds", members.termIds(id)),
                profile);
        events.publishEvent(new MemberProfileChanged(id, before.committeeId()));
    }

    /** Deactivates a member who left (or brings one back); members are never deleted, their records refer to them. */
    public void setActive(long id, int version, boolean active) {
        Member before = get(id);
        members.setActive(id, version, active);
        String key = active ? "member.audit.reactivated" : "member.audit.deactivated";
        audit.record(
                AuditAction.STATE_CHANGE,
                "member",
                id,
                texts.get(key, before.name()),
                Map.of("active", before.active()),
                Map.of("active", active));
        events.publishEvent(new MemberProfileChanged(id, before.committeeId()));
    }

    /** A member the user may see; any other reads as not found. */
    @Transactional(readOnly = true)
    public Member get(long id) {
        return members.byId(id)
                .filter(m -> Actor.required().visibleCommitteeIds().contains(m.committeeId()))
                .orElseThrow(() -> new RecordNotFound(texts.recordType(), id));
    }

    @Transactional(readOnly = true)
    public List<Long> termIds(long id) {
        return members.termIds(get(id).id());
    }

    /** The terms of members the caller has already read (ids from {@link #find}). */
    @Transactional(readOnly = true)
    public Map<Long, List<Long>> termIds(java.util.Collection<Long> memberIds) {
        return members.termIds(memberIds);
    }

    @Transactional(readOnly = true)
    public PageSlice<Member> find(MemberQuery query, Paging paging) {
        return members.find(scoped(query), paging);
    }

    /** The committee a write goes to: the user's own, or one they may see; naming any other is refused as unknown. */
    public long writableCommittee(Long requested) {
        Actor actor = Actor.required();
        if (requested == null) {
            return actor.committeeId();
        }
        if (!actor.visibleCommitteeIds().contains(requested)) {
            throw new RecordNotFound(texts.get("member.committee.recordType"), requested);
        }
        return requested;
    }

    /** Cuts a query's committees to those the user may see. */
    static MemberQuery scoped(MemberQuery query) {
        var visible = Actor.required().visibleCommitteeIds();
        var committees = query.committeeIds().stream().filter(visible::contains).toList();
        return new MemberQuery(
                new java.util.HashSet<>(committees),
                query.text(),
                query.sectorId(),
                query.specialCommitteeId(),
                query.partyOrganisationId(),
                query.standingCommittee(),
                query.active());
    }

    private void check(long committeeId, MemberProfile profile, Long memberId) {
        List<Violation> violations =
                new ArrayList<>(rules.check(profile, catalogue.of(committeeId), LocalDate.now(clock.withZone(CHINA))));
        if (profile.mobile() != null && members.mobileTaken(committeeId, profile.mobile(), memberId)) {
            violations.add(new Violation("mobile", "mobile-taken"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidMemberProfile(violations);
        }
    }
}
