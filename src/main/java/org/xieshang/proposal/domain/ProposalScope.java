package org.xieshang.proposal.domain;

import java.util.ArrayList;
import java.util.List;
import org.xieshang.shared.Actor;

/**
 * Which proposals a user may see, in one place (every list, detail and change goes through it). Always only the
 * committees the user may see; within them:
 *
 * <ul>
 *   <li>{@code proposal:read-all} (staff, supervisors, leaders, administrators): every proposal ever submitted;
 *   <li>a handling unit: the proposals assigned to it (not withdrawn), nothing else;
 *   <li>a member: the proposals they sign or were invited to co-sign, drafts included;
 *   <li>anyone who is not a handling unit: filed proposals whose proposers agreed to disclosure.
 * </ul>
 *
 * Anything outside reads as "not found".
 */
public final class ProposalScope {

    private ProposalScope() {}

    /** A condition on the proposal table aliased {@code p}, with its parameters. */
    public record Clause(String sql, List<Object> params) {}

    public static Clause of(Actor actor) {
        List<Object> params = new ArrayList<>();
        params.add(actor.visibleCommitteeIds().toArray(Long[]::new));
        List<String> any = new ArrayList<>();
        if (actor.hasPermission("proposal:read-all")) {
            any.add("p.submitted_at is not null");
        }
        actor.handlingUnitId().ifPresent(unit -> {
            any.add("exists (select 1 from proposal_assignment a where a.proposal_id = p.id and a.unit_id = ?"
                    + " and a.status <> 'WITHDRAWN')");
            params.add(unit);
        });
        actor.memberId().ifPresent(member -> {
            any.add("exists (select 1 from proposal_signer s where s.proposal_id = p.id and s.member_id = ?)");
            params.add(member);
        });
        boolean handlingUnit = actor.handlingUnitId().isPresent() || actor.hasPermission("proposal:handle");
        if (!handlingUnit) {
            any.add("(p.filed_at is not null and p.disclosure_consent)");
        }
        String visible = any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")";
        return new Clause("p.committee_id = any(?) and " + visible, params);
    }
}
