package org.xieshang.member.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.xieshang.member.demo.DemoVocabulary.Job;
import org.xieshang.member.demo.DemoVocabulary.SectorRule;
import org.xieshang.member.demo.DemoVocabulary.WorkPool;
import org.xieshang.organisation.NamedRef;

/**
 * Makes fictional people for one committee: a name drawn from surname and given-name lists, sex, ethnicity, an
 * affiliation that fits the sector, work from the sector's pool, and a mobile numbered in sequence after a fixed
 * prefix, so the numbers are plainly generated.
 */
final class DemoPeople {

    private static final LocalDate OLDEST = LocalDate.of(1958, 1, 1);
    private static final int BIRTH_SPAN_DAYS = 365 * 32;

    private final DemoVocabulary words;
    private final Random random;
    private final List<String> surnames;
    private final List<String> male;
    private final List<String> female;
    private final List<String> minorities;
    private final List<String> districts;
    private final List<String> roads;

    DemoPeople(DemoVocabulary words, Random random) {
        this.words = words;
        this.random = random;
        this.surnames = words.list("surnames");
        this.male = words.list("given.male");
        this.female = words.list("given.female");
        this.minorities = words.list("minorities");
        this.districts = words.list("districts");
        this.roads = words.list("roads");
    }

    /**
     * A member of {@code sector}; {@code parties} are the committee's democratic parties and federation, matched to the
     * sector by name (民革 → 民革泸州市委会).
     */
    DemoMember make(long committeeId, NamedRef sector, List<NamedRef> parties, String mobilePrefix, int sequence) {
        SectorRule rule = words.sector(sector.name());
        boolean female = random.nextInt(100) < (rule.pool().equals("women") ? 85 : 30);
        boolean minority = sector.name().equals(minoritySector()) || random.nextInt(100) < 5;
        String ethnicity = minority ? DemoVocabulary.pick(minorities, random) : hanEthnicity();
        String[] person = {name(female), female ? "FEMALE" : "MALE", ethnicity, affiliation(rule)};
        WorkPool pool = words.pool(rule.pool(), random);
        Job job = pool.jobs().get(random.nextInt(pool.jobs().size()));
        String[] work = {
            job.employer(), DemoVocabulary.pick(job.posts(), random), DemoVocabulary.pick(pool.expertise(), random)
        };
        String mobile = mobilePrefix + String.format("%04d", sequence);
        String[] contacts = {
            mobile,
            random.nextInt(100) < 45 ? "m" + mobile + "@example.com" : null,
            words.list("address.province").get(0)
                    + DemoVocabulary.pick(districts, random)
                    + DemoVocabulary.pick(roads, random)
        };
        LocalDate birth = OLDEST.plusDays(random.nextInt(BIRTH_SPAN_DAYS));
        return new DemoMember(committeeId, sector.id(), person, birth, party(sector, parties), work, contacts);
    }

    private String name(boolean female) {
        // squaring the draw favours the common surnames at the front of the list
        double draw = random.nextDouble();
        String surname = surnames.get((int) (draw * draw * surnames.size()));
        List<String> given = female ? this.female : male;
        String first = DemoVocabulary.pick(given, random);
        return random.nextInt(100) < 25 ? surname + first : surname + first + DemoVocabulary.pick(given, random);
    }

    private String affiliation(SectorRule rule) {
        return DemoVocabulary.pickWeighted(rule.affiliations(), random);
    }

    private String hanEthnicity() {
        return words.list("ethnicity.majority").get(0);
    }

    private String minoritySector() {
        return words.list("minority.sector").get(0);
    }

    private static Long party(NamedRef sector, List<NamedRef> parties) {
        return parties.stream()
                .filter(p -> p.name().contains(sector.name()))
                .map(NamedRef::id)
                .findFirst()
                .orElse(null);
    }
}
