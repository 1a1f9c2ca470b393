package org.xieshang.proposal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xieshang.identity.XieshangUser;
import org.xieshang.proposal.AssignmentMode;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalReview;
import org.xieshang.proposal.ProposalSubmission.Draft;
import org.xieshang.proposal.ProposalTestKit;
import org.xieshang.proposal.ProposalTestKit.World;
import org.xieshang.search.SearchHit;
import org.xieshang.support.IntegrationTest;

/**
 * Every change of a proposal a reader would notice reaches the index in the same transaction, with the visibility of
 * {@code ProposalScope}: a draft for its signers, a submitted one for the office, a filed one with consent for every
 * member, an assigned one for its units; a rolled-back change leaves no trace in the index.
 */
@IntegrationTest
class ProposalIndexingTests {

    @Autowired
    ProposalTestKit kit;

    @Autowired
    SearchProbe probe;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ProposalReview review;

    @Test
    void aDraftIsFoundByItsSignersOnly() {
        World w = kit.world(2, 0);
        String word = SearchProbe.word();
        long id = draft(w, w.members().get(0), word, true);

        assertThat(finds(w.members().get(0), word, id)).isTrue();
        assertThat(finds(w.members().get(1), word, id)).isFalse();
        assertThat(finds(w.staff(), word, id)).isFalse();
    }

    @Test
    void submittingShowsItToTheOfficeAndFilingWithConsentToEveryMember() {
        World w = kit.world(2, 1);
        String word = SearchProbe.word();
        long id = draft(w, w.members().get(0), word, true);
        kit.as(w.members().get(0), () -> kit.submission().submit(id));
        assertThat(finds(w.staff(), word, id)).isTrue();
        assertThat(finds(w.members().get(1), word, id)).isFalse();

        fileIt(id, w);
        assertThat(finds(w.members().get(1), word, id)).isTrue();
        assertThat(finds(w.units().get(0), word, id)).isFalse();
        assertThat(hit(w.staff(), word).facets()).containsEntry("status", "已立案").containsKey("number");
    }

    @Test
    void withoutConsentAFiledProposalStaysWithItsSignersAndTheOffice() {
        World w = kit.world(2, 0);
        String word = SearchProbe.word();
        long id = draft(w, w.members().get(0), word, false);
        kit.as(w.members().get(0), () -> kit.submission().submit(id));
        fileIt(id, w);

        assertThat(finds(w.members().get(0), word, id)).isTrue();
        assertThat(finds(w.staff(), word, id)).isTrue();
        assertThat(finds(w.members().get(1), word, id)).isFalse();
    }

    @Test
    void assignmentShowsItToTheAssignedUnitsOnlyWithTheLeadUnitAsFacet() {
        World w = kit.world(1, 3);
        String word = SearchProbe.word();
        long id = kit.filed(w, "关于" + word + "的建议");
        kit.assigned(
                w,
                id,
                AssignmentMode.LEAD_WITH_CO,
                List.of(w.unitIds().get(1), w.unitIds().get(0)));

        assertThat(finds(w.units().get(1), word, id)).isTrue();
        assertThat(finds(w.units().get(0), word, id)).isTrue();
        assertThat(finds(w.units().get(2), word, id)).isFalse();
        assertThat(hit(w.staff(), word).facets())
                .containsEntry("unit", "unit-" + w.committeeId() + "-1")
                .containsEntry("status", "已交办");
    }

    @Test
    void anEditChangesWhatIsFound() {
        World w = kit.world(1, 0);
        XieshangUser member = w.members().get(0);
        String before = SearchProbe.word();
        String after = SearchProbe.word();
        long id = draft(w, member, before, true);
        int version = jdbc.sql("select version from proposal where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        kit.as(member, () -> kit.submission().update(id, version, draftOf("关于" + after + "的建议", true)));

        assertThat(finds(member, before, id)).isFalse();
        assertThat(finds(member, after, id)).isTrue();
    }

    @Test
    void aRolledBackChangeLeavesNoDocument() {
        World w = kit.world(1, 0);
        XieshangUser member = w.members().get(0);
        AtomicLong created = new AtomicLong();
        assertThatThrownBy(() -> kit.as(
                        member,
                        () -> transaction.executeWithoutResult(status -> {
                            long id = kit.submission()
                                    .create(draftOf("关于" + SearchProbe.word() + "的建议", true))
                                    .id();
                            created.set(id);
                            assertThat(probe.documents("proposal", id))
                                    .as("inside the transaction")
                                    .isEqualTo(1);
                            throw new IllegalStateException("something later in the transaction fails");
                        })))
                .isInstanceOf(IllegalStateException.class);

        assertThat(created.get()).isPositive();
        assertThat(probe.documents("proposal", created.get())).isZero();
        assertThat(jdbc.sql("select count(*) from proposal where id = ?")
                        .param(created.get())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long draft(World w, XieshangUser member, String word, boolean consent) {
        return kit.as(
                member,
                () -> kit.submission()
                        .create(draftOf("关于" + word + "的建议", consent))
                        .id());
    }

    private Draft draftOf(String title, boolean consent) {
        return ProposalTestKit.draft(ProposalKind.INDIVIDUAL, title, consent, List.of());
    }

    private void fileIt(long id, World w) {
        kit.as(w.staff(), () -> review.file(id));
    }

    private boolean finds(XieshangUser user, String word, long id) {
        return probe.firstHits(user, "proposal", word).stream().anyMatch(h -> h.id() == id);
    }

    private SearchHit hit(XieshangUser user, String word) {
        return probe.firstHits(user, "proposal", word).get(0);
    }
}
