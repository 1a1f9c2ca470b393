package org.xieshang.opinion.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.xieshang.member.MemberDirectory;
import org.xieshang.member.MemberSummary;
import org.xieshang.opinion.OpinionCatalogue;
import org.xieshang.opinion.domain.PointsTable;
import org.xieshang.opinion.domain.Who;
import org.xieshang.organisation.CommitteeLevel;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.NamedRef;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.organisation.PartyKind;
import org.xieshang.platform.DemoDataset;

/**
 * The public-opinion year 2022 of the demo: 泸州市政协's reports (see {@link DemoPlan#luzhou()}) and smaller years for
 * the other municipal committees of the same province, each taken up to the provincial and national committees. All
 * figures then come from these records. Does nothing when the organisation's demo data has no 泸州市政协.
 */
@Component
class OpinionDemoData implements DemoDataset {

    private static final Logger log = LoggerFactory.getLogger(OpinionDemoData.class);
    private static final long SEED = 20_221_231L;
    private static final int OFFICERS_PER_CITY = 30;

    private final OrganisationDirectory organisation;
    private final MemberDirectory members;
    private final OpinionCatalogue catalogue;
    private final PointsTable points;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    OpinionDemoData(
            OrganisationDirectory organisation,
            MemberDirectory members,
            OpinionCatalogue catalogue,
            PointsTable points,
            JdbcTemplate jdbc,
            MessageSource messages) {
        this.organisation = organisation;
        this.members = members;
        this.catalogue = catalogue;
        this.points = points;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void load() {
        long started = System.nanoTime();
        Random random = new Random(SEED);
        DemoTexts texts = DemoTexts.load(random);
        Optional<CommitteeView> luzhou = organisation.committeeByName(texts.first("city"));
        Optional<CommitteeView> province = luzhou.map(CommitteeView::parentId).flatMap(organisation::committee);
        if (luzhou.isEmpty() || province.isEmpty()) {
            return;
        }
        CommitteeView nation = Optional.ofNullable(province.get().parentId())
                .flatMap(organisation::committee)
                .orElse(null);
        DemoRows rows = new DemoRows(jdbc);
        Who staff = new Who(null, texts.first("staff"));
        DemoContext context =
                new DemoContext(texts, new DemoFlow(rows, random, staff, points::rules), rows, random, staff);
        city(luzhou.get(), province.get(), nation, DemoPlan.luzhou(), context);
        for (CommitteeView sibling : organisation.children(province.get().id())) {
            if (sibling.level() == CommitteeLevel.MUNICIPAL
                    && sibling.id() != luzhou.get().id()) {
                city(sibling, province.get(), nation, DemoPlan.drawn(random), context);
            }
        }
        long built = System.nanoTime();
        rows.flush();
        int audited = new DemoAudit(jdbc, messages).write();
        log.info(
                "Opinion demo data built in {} ms, written with {} audit entries in {} ms",
                (built - started) / 1_000_000,
                audited,
                (System.nanoTime() - built) / 1_000_000);
    }

    private void city(
            CommitteeView city, CommitteeView province, CommitteeView nation, DemoPlan plan, DemoContext context) {
        List<MemberSummary> roster = members.list(city.id(), 10_000);
        List<NamedRef> parties =
                new ArrayList<>(organisation.partyOrganisations(city.id(), PartyKind.DEMOCRATIC_PARTY));
        parties.addAll(organisation.partyOrganisations(city.id(), PartyKind.FEDERATION_OF_INDUSTRY_AND_COMMERCE));
        List<String> officers = new ArrayList<>();
        for (int i = 0; i < OFFICERS_PER_CITY; i++) {
            officers.add(context.texts().personName());
        }
        DemoAuthors authors = new DemoAuthors(
                roster,
                parties,
                organisation.partyOrganisations(city.id(), PartyKind.PEOPLES_ORGANISATION),
                organisation.specialCommittees(city.id()),
                officers,
                context.random());
        // the demo accounts member and member2 are the first two members of the roster
        List<MemberSummary> showcase = roster.subList(0, Math.min(2, roster.size()));
        List<DemoItem> items =
                new DemoCity(city, plan, authors, showcase, catalogue.categories(city.id()), context).run();
        new DemoUpward(city, province, nation, plan, context).run(items);
    }
}
