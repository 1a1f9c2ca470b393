package org.xieshang.member.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.organisation.NamedRef;

/**
 * What a member of one committee may refer to: that committee's sectors, special committees, parties and
 * organisations (democratic parties listed apart, to match an affiliation), and terms. Looked up by id for
 * validation and display, by name for imports.
 */
public record CommitteeReferences(
        long committeeId,
        List<NamedRef> sectors,
        List<NamedRef> specialCommittees,
        List<NamedRef> partyOrganisations,
        List<NamedRef> democraticParties,
        List<TermRef> terms) {

    public CommitteeReferences {
        sectors = List.copyOf(sectors);
        specialCommittees = List.copyOf(specialCommittees);
        partyOrganisations = List.copyOf(partyOrganisations);
        democraticParties = List.copyOf(democraticParties);
        terms = terms.stream().sorted(Comparator.comparingInt(TermRef::number)).toList();
    }

    public boolean hasSector(Long id) {
        return find(sectors, id).isPresent();
    }

    public boolean hasSpecialCommittee(Long id) {
        return find(specialCommittees, id).isPresent();
    }

    public boolean hasPartyOrganisation(Long id) {
        return find(partyOrganisations, id).isPresent();
    }

    public boolean hasTerm(Long id) {
        return id != null && terms.stream().anyMatch(t -> t.id() == id);
    }

    public String sectorName(Long id) {
        return find(sectors, id).map(NamedRef::name).orElse(null);
    }

    public String specialCommitteeName(Long id) {
        return find(specialCommittees, id).map(NamedRef::name).orElse(null);
    }

    public String partyOrganisationName(Long id) {
        return find(partyOrganisations, id).map(NamedRef::name).orElse(null);
    }

    public Optional<Long> sectorId(String name) {
        return byName(sectors, name);
    }

    public Optional<Long> specialCommitteeId(String name) {
        return byName(specialCommittees, name);
    }

    /** The latest term: imported members join it. */
    public Optional<TermRef> currentTerm() {
        return terms.isEmpty() ? Optional.empty() : Optional.of(terms.get(terms.size() - 1));
    }

    /**
     * The democratic party an affiliation belongs to. Every affiliation of a democratic party starts with the party's
     * two-character short name (as 民革党员 starts with 民革), and so does the name of its committee's organisation.
     */
    public Optional<Long> partyFor(String affiliation) {
        if (affiliation == null || affiliation.length() < 2) {
            return Optional.empty();
        }
        String prefix = affiliation.substring(0, 2);
        return democraticParties.stream()
                .filter(p -> p.name().startsWith(prefix))
                .map(NamedRef::id)
                .findFirst();
    }

    private static Optional<NamedRef> find(List<NamedRef> refs, Long id) {
        return id == null
                ? Optional.empty()
                : refs.stream().filter(r -> r.id() == id).findFirst();
    }

    private static Optional<Long> byName(List<NamedRef> refs, String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return refs.stream()
                .filter(r -> r.name().equals(wanted))
                .map(NamedRef::id)
                .findFirst();
    }
}
