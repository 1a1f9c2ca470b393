package org.xieshang.member.demo;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.xieshang.organisation.CommitteeLevel;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.MeetingView;
import org.xieshang.organisation.NamedRef;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.organisation.PartyKind;
import org.xieshang.platform.DemoDataset;

/**
 * The demo rosters: 450 fictional members of the municipal committee (泸州市政协) spread over its sectors as
 * {@code member/demo-vocabulary.properties} sizes them, about 60 Standing Committee seats, 10–25 members in each
 * special committee, everyone in the current term and about 40% also in the previous one; and 20–40 members for each
 * county committee below it. Does nothing when the organisation's demo data has no such committee.
 */
@Component
class MemberDemoData implements DemoDataset {

    private static final long SEED = 20_221_225L;
    private static final String MOBILE_PREFIX = "139083";

    /** How one committee's roster is made: size (negative: as the sector rules say), seats, special committees. */
    private record Plan(String mobilePrefix, int members, int standingSeats, int minPerSpecial, int maxPerSpecial) {}

    private static final String INSERT = """
            insert into member (committee_id, name, sex, ethnicity, birth_date, political_affiliation,
                                party_organisation_id, sector_id, special_committee_id, standing_committee,
                                employer, post, mobile, email, address, expertise)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int[] TYPES = {
        Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.BIGINT,
        Types.BIGINT, Types.BIGINT, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR
    };

    private final OrganisationDirectory organisation;
    private final JdbcTemplate jdbc;

    MemberDemoData(OrganisationDirectory organisation, JdbcTemplate jdbc) {
        this.organisation = organisation;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void load() {
        DemoVocabulary words = DemoVocabulary.load();
        Optional<CommitteeView> city = organisation.committeeByName(words.municipalCommittee());
        if (city.isEmpty()) {
            return;
        }
        loadFor(city.get().id(), words);
    }

    /** The rosters of the municipal committee {@code cityId} and of the county committees below it. */
    void loadFor(long cityId, DemoVocabulary words) {
        Random random = new Random(SEED);
        DemoPeople people = new DemoPeople(words, random);
        roster(cityId, new Plan(MOBILE_PREFIX + 0, -1, 60, 10, 25), words, people, random);
        int county = 1;
        for (CommitteeView child : organisation.children(cityId)) {
            if (child.level() == CommitteeLevel.COUNTY && county <= 9) {
                int size = 20 + random.nextInt(21);
                roster(
                        child.id(),
                        new Plan(MOBILE_PREFIX + county++, size, size * 15 / 100, 3, 8),
                        words,
                        people,
                        random);
            }
        }
    }

    private void roster(long committeeId, Plan plan, DemoVocabulary words, DemoPeople people, Random random) {
        List<NamedRef> sectors = organisation.sectors(committeeId);
        if (sectors.isEmpty()) {
            return;
        }
        List<NamedRef> parties =
                new ArrayList<>(organisation.partyOrganisations(committeeId, PartyKind.DEMOCRATIC_PARTY));
        parties.addAll(organisation.partyOrganisations(committeeId, PartyKind.FEDERATION_OF_INDUSTRY_AND_COMMERCE));
        List<DemoMember> members = new ArrayList<>();
        for (NamedRef sector : sectorSeats(sectors, plan, words, random)) {
            members.add(people.make(committeeId, sector, parties, plan.mobilePrefix(), members.size() + 1));
        }
        assignSeats(members, plan, organisation.specialCommittees(committeeId), random);
        jdbc.batchUpdate(INSERT, members.stream().map(DemoMember::row).toList(), TYPES);
        joinTerms(committeeId, members);
    }

    /** One entry per member: each sector as often as it has members. */
    private static List<NamedRef> sectorSeats(List<NamedRef> sectors, Plan plan, DemoVocabulary words, Random random) {
        List<NamedRef> seats = new ArrayList<>();
        if (plan.members() < 0) {
            sectors.forEach(
                    s -> seats.addAll(Collections.nCopies(words.sector(s.name()).members(), s)));
            return seats;
        }
        // a small committee draws its members in the municipal proportions
        int total =
                sectors.stream().mapToInt(s -> words.sector(s.name()).members()).sum();
        for (int i = 0; i < plan.members(); i++) {
            int draw = random.nextInt(total);
            for (NamedRef sector : sectors) {
                draw -= words.sector(sector.name()).members();
                if (draw < 0) {
                    seats.add(sector);
                    break;
                }
            }
        }
        seats.sort(Comparator.comparingLong(NamedRef::id));
        return seats;
    }

    private static void assignSeats(List<DemoMember> members, Plan plan, List<NamedRef> specials, Random random) {
        List<DemoMember> shuffled = new ArrayList<>(members);
        Collections.shuffle(shuffled, random);
        shuffled.subList(0, Math.min(plan.standingSeats(), members.size())).forEach(m -> m.standingCommittee = true);
        Collections.shuffle(shuffled, random);
        int next = 0;
        for (NamedRef special : specials) {
            int size = plan.minPerSpecial() + random.nextInt(plan.maxPerSpecial() - plan.minPerSpecial() + 1);
            for (int i = 0; i < size && next < shuffled.size(); i++) {
                shuffled.get(next++).specialCommitteeId = special.id();
            }
        }
        members.forEach(m -> m.previousTerm = random.nextInt(100) < 40);
    }

    /** Everyone serves the current term; those marked also served the one before it. */
    private void joinTerms(long committeeId, List<DemoMember> members) {
        List<MeetingView> meetings = organisation.meetings(committeeId);
        Optional<MeetingView> current = meetings.stream().max(Comparator.comparingInt(MeetingView::termNumber));
        if (current.isEmpty()) {
            return;
        }
        jdbc.update(
                "insert into member_term (member_id, term_id) select id, ? from member where committee_id = ?",
                current.get().termId(),
                committeeId);
        int previousNumber = current.get().termNumber() - 1;
        meetings.stream()
                .filter(m -> m.termNumber() == previousNumber)
                .findFirst()
                .ifPresent(previous -> {
                    String[] mobiles = members.stream()
                            .filter(m -> m.previousTerm)
                            .map(m -> m.mobile)
                            .toArray(String[]::new);
                    jdbc.update(
                            "insert into member_term (member_id, term_id)"
                                    + " select id, ? from member where committee_id = ? and mobile = any(?)",
                            previous.termId(),
                            committeeId,
                            mobiles);
                });
    }
}
