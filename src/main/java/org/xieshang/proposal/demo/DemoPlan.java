package org.xieshang.proposal.demo;

import static org.xieshang.proposal.ProposalAction.MERGE;
import static org.xieshang.proposal.ProposalAction.MERGE_RECEIVED;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.xieshang.organisation.NamedRef;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.organisation.PartyKind;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalPeriod;
import org.xieshang.proposal.demo.DemoHandling.Outcome;
import org.xieshang.proposal.demo.DemoIntake.Fate;
import org.xieshang.proposal.demo.DemoIntake.Slot;

/**
 * The figures the demo data must show, and how the proposals are spread to reach them: kinds, review decisions, key
 * and good proposals, merges, where each filed proposal's history stops (the latest ones still open), and which units
 * handle it in which mode.
 */
final class DemoPlan {

    static final int COLLECTED = 520;
    static final int FILED = 415;
    static final int KEY = 16;
    static final int PARTY_COLLECTIVE = 46;
    static final int PARTY_COLLECTIVE_KEY = 7;
    private static final int NOT_FILED = 90;
    private static final int RETURNED = 6;
    private static final int MERGED = 12;
    private static final int GOOD = 14;

    private final DemoWorld world;
    private final OrganisationDirectory organisation;
    private final Random random;

    DemoPlan(DemoWorld world, OrganisationDirectory organisation) {
        this.world = world;
        this.organisation = organisation;
        this.random = world.random();
    }

    List<Slot> slots() {
        long committee = world.committeeId();
        List<NamedRef> parties =
                new ArrayList<>(organisation.partyOrganisations(committee, PartyKind.DEMOCRATIC_PARTY));
        List<NamedRef> fic = organisation.partyOrganisations(committee, PartyKind.FEDERATION_OF_INDUSTRY_AND_COMMERCE);
        parties.addAll(fic);
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < PARTY_COLLECTIVE && !parties.isEmpty(); i++) {
            NamedRef org = parties.get(i % parties.size());
            String type = fic.contains(org) ? "ORGANISATION" : "PARTY";
            slots.add(new Slot(ProposalKind.COLLECTIVE, type, org.id(), Fate.FILED, i < PARTY_COLLECTIVE_KEY));
        }
        List<Fate> fates = new ArrayList<>();
        int others = COLLECTED - slots.size();
        int pending = others - (FILED - slots.size()) - NOT_FILED - RETURNED;
        fates.addAll(Collections.nCopies(FILED - slots.size(), Fate.FILED));
        fates.addAll(Collections.nCopies(NOT_FILED, Fate.NOT_FILED));
        fates.addAll(Collections.nCopies(RETURNED, Fate.RETURNED));
        fates.addAll(Collections.nCopies(pending, Fate.PENDING));
        Collections.shuffle(fates, random);
        int keys = KEY - PARTY_COLLECTIVE_KEY;
        List<String> kinds = otherKinds(others);
        for (int i = 0; i < others; i++) {
            boolean key = fates.get(i) == Fate.FILED && keys-- > 0;
            slots.add(slot(kinds.get(i), fates.get(i), key));
        }
        leadsForDemoAccounts(slots);
        return slots;
    }

    /** People's organisations, sectors, special committees and a group propose collectively too; most are members. */
    private List<String> otherKinds(int count) {
        List<String> kinds = new ArrayList<>();
        kinds.addAll(Collections.nCopies(6, "ORGANISATION"));
        kinds.addAll(Collections.nCopies(4, "SECTOR"));
        kinds.addAll(Collections.nCopies(3, "SPECIAL_COMMITTEE"));
        kinds.add("GROUP");
        kinds.addAll(Collections.nCopies(110, "JOINT"));
        kinds.addAll(Collections.nCopies(count - kinds.size(), "INDIVIDUAL"));
        Collections.shuffle(kinds, random);
        return kinds;
    }

    private Slot slot(String kind, Fate fate, boolean key) {
        long committee = world.committeeId();
        return switch (kind) {
            case "JOINT", "INDIVIDUAL" -> new Slot(ProposalKind.valueOf(kind), null, null, fate, key);
            case "ORGANISATION" ->
                new Slot(
                        ProposalKind.COLLECTIVE,
                        kind,
                        pick(organisation.partyOrganisations(committee, PartyKind.PEOPLES_ORGANISATION)),
                        fate,
                        key);
            case "SECTOR" -> new Slot(ProposalKind.COLLECTIVE, kind, pick(organisation.sectors(committee)), fate, key);
            case "SPECIAL_COMMITTEE" ->
                new Slot(ProposalKind.COLLECTIVE, kind, pick(organisation.specialCommittees(committee)), fate, key);
            default -> new Slot(ProposalKind.COLLECTIVE, kind, null, fate, key);
        };
    }

    private Long pick(List<NamedRef> refs) {
        return refs.isEmpty() ? null : refs.get(random.nextInt(refs.size())).id();
    }

    /** The demo accounts member and member2 (the first two members) propose a few themselves. */
    private void leadsForDemoAccounts(List<Slot> slots) {
        int given = 0;
        for (Slot slot : slots) {
            if (slot.kind != ProposalKind.COLLECTIVE && given < 10) {
                slot.lead = world.members().get(given < 6 ? 0 : 1).id();
                given++;
            }
        }
    }

    /** The latest filed proposals are still open; the rest went on to an evaluation, most of them to closing. */
    Map<DemoProposal, Outcome> outcomes(List<DemoProposal> proposals) {
        List<DemoProposal> filed = new ArrayList<>(
                proposals.stream().filter(p -> p.filedAt != null).toList());
        filed.sort(Comparator.comparing((DemoProposal p) -> p.filedAt).reversed());
        List<Outcome> open = new ArrayList<>();
        open.addAll(Collections.nCopies(3, Outcome.ASSIGNED));
        open.addAll(Collections.nCopies(14, Outcome.HANDLING));
        open.addAll(Collections.nCopies(10, Outcome.REPLIED));
        List<Outcome> rest = new ArrayList<>();
        rest.addAll(Collections.nCopies(3, Outcome.REHANDLING));
        rest.add(Outcome.CONSULTATION);
        rest.addAll(Collections.nCopies(8, Outcome.REHANDLED_CLOSED));
        rest.add(Outcome.CONSULTED_CLOSED);
        rest.addAll(Collections.nCopies(70, Outcome.EVALUATED));
        rest.addAll(Collections.nCopies(filed.size() - open.size() - rest.size(), Outcome.CLOSED));
        Collections.shuffle(rest, random);
        open.addAll(rest);
        Map<DemoProposal, Outcome> outcomes = new LinkedHashMap<>();
        for (int i = 0; i < filed.size(); i++) {
            DemoProposal p = filed.get(i);
            outcomes.put(p, open.get(i));
            if (p.key) {
                p.keyLeader = world.texts().any("leader");
                p.keyDecision = world.texts().nth("decision", p.meeting.number() - 1);
            }
        }
        markGood(filed, outcomes);
        return outcomes;
    }

    private void markGood(List<DemoProposal> filed, Map<DemoProposal, Outcome> outcomes) {
        List<DemoProposal> done = new ArrayList<>(filed.stream()
                .filter(p -> outcomes.get(p) == Outcome.CLOSED || outcomes.get(p) == Outcome.EVALUATED)
                .toList());
        Collections.shuffle(done, random);
        done.stream().limit(GOOD).forEach(p -> p.good = true);
    }

    /**
     * Plenary proposals on the same subject merged into an earlier one of the same meeting before the assignment
     * meeting: each keeps its number and gets its own reply. Returns each merged proposal with its primary.
     */
    Map<DemoProposal, DemoProposal> merges(
            List<DemoProposal> proposals,
            Map<DemoProposal, Outcome> outcomes,
            DemoBook book,
            List<DemoProposal.Transition> transitions) {
        List<DemoProposal> candidates = proposals.stream()
                .filter(p -> p.filedAt != null && !p.key && p.period == ProposalPeriod.PLENARY)
                .filter(p -> outcomes.get(p) == Outcome.CLOSED || outcomes.get(p) == Outcome.EVALUATED)
                .toList();
        Map<DemoProposal, DemoProposal> merges = new HashMap<>();
        Set<DemoProposal> used = new HashSet<>();
        for (int i = candidates.size() - 1; i > 0 && merges.size() < MERGED; i -= 7) {
            DemoProposal merged = candidates.get(i);
            DemoProposal primary = candidates.get(i - 1 - random.nextInt(Math.min(i, 5)));
            if (used.contains(merged) || used.contains(primary) || primary.meeting.id() != merged.meeting.id()) {
                continue;
            }
            used.add(merged);
            used.add(primary);
            merge(merged, primary);
            merges.put(merged, primary);
        }
        return merges;
    }

    private void merge(DemoProposal merged, DemoProposal primary) {
        merged.topic = primary.topic;
        merged.title = world.texts().title(primary.topic);
        merged.grounds = world.texts().grounds(primary.topic);
        merged.mergedInto = primary.id;
        OffsetDateTime at = world.day(merged.filedAt.isAfter(primary.filedAt) ? merged.filedAt : primary.filedAt, 1, 0);
        merged.step(MERGE, at, world.staff(), null, null, null, primary.id);
        primary.step(MERGE_RECEIVED, at, world.staff(), null, null, null, merged.id);
    }

    /** Sole unit mostly; a lead with co-units or separate units when the subject spans departments. */
    DemoHandling.Plan assignment(DemoProposal p, Outcome outcome, OffsetDateTime at) {
        List<Long> units = new ArrayList<>(candidateUnits(p));
        if (units.size() > 1 && random.nextInt(100) < 30) {
            Collections.swap(units, 0, 1);
        }
        int draw = random.nextInt(100);
        List<String> roles;
        if (outcome.needsOneUnit() || units.size() < 2 || draw < 62) {
            units = units.subList(0, 1);
            roles = List.of("SOLE");
        } else if (draw < 88) {
            units = units.subList(0, units.size() > 2 && random.nextBoolean() ? 3 : 2);
            roles = new ArrayList<>(Collections.nCopies(units.size(), "CO"));
            roles.set(0, "LEAD");
        } else {
            units = units.subList(0, 2);
            roles = List.of("SEPARATE", "SEPARATE");
        }
        return new DemoHandling.Plan(
                List.copyOf(units), roles, at, world.date(at).toString());
    }

    /** The units that usually handle the proposal's subject; any unit when none of them exists here. */
    List<Long> candidateUnits(DemoProposal p) {
        List<Long> units = new ArrayList<>();
        for (String name : p.topic.unitNames()) {
            Long id = world.unitIds().get(name);
            if (id != null) {
                units.add(id);
            }
        }
        if (units.isEmpty()) {
            units.add(world.units().get((int) (p.id % world.units().size())).id());
        }
        return units;
    }
}
