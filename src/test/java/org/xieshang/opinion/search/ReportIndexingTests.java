package org.xieshang.opinion.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xieshang.identity.XieshangUser;
import org.xieshang.opinion.EditedText;
import org.xieshang.opinion.OpinionEditing;
import org.xieshang.opinion.OpinionSubmission;
import org.xieshang.opinion.PersonType;
import org.xieshang.opinion.ReportContent;
import org.xieshang.opinion.ReportPerson;
import org.xieshang.opinion.SubmitterType;
import org.xieshang.proposal.ProposalTestKit;
import org.xieshang.proposal.ProposalTestKit.World;
import org.xieshang.proposal.search.SearchProbe;
import org.xieshang.support.IntegrationTest;
import org.xieshang.support.SignedIn;

/**
 * A report reaches the index as it is written, with the visibility of {@code ReportScope}: a draft for its creator
 * alone, a submitted report for the creator, the members named on it and the committee's information office; a
 * discarded draft leaves the index, and a rolled-back report leaves no document.
 */
@IntegrationTest
class ReportIndexingTests {

    @Autowired
    ProposalTestKit kit;

    @Autowired
    SearchProbe probe;

    @Autowired
    OpinionSubmission submission;

    @Autowired
    OpinionEditing editing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aDraftIsItsCreatorsAndASubmittedReportTheOfficesToo() {
        World w = kit.world(3, 0);
        XieshangUser writer = w.members().get(0);
        String word = SearchProbe.word();
        long id = SignedIn.as(
                writer, () -> submission.createDraft(content(word, w.memberIds().get(0))));
        assertThat(finds(writer, word, id)).isTrue();
        assertThat(finds(w.staff(), word, id)).isFalse();

        SignedIn.run(writer, () -> submission.submit(id, version(id)));
        assertThat(finds(writer, word, id)).isTrue();
        assertThat(finds(w.staff(), word, id)).isTrue();
        assertThat(finds(w.members().get(1), word, id)).isFalse();
        assertThat(probe.firstHits(w.staff(), "opinion", word).get(0).facets())
                .containsEntry("status", "已提交")
                .containsKey("number");
    }

    @Test
    void aMemberNamedOnSomeoneElsesReportFindsIt() {
        World w = kit.world(2, 0);
        String word = SearchProbe.word();
        long id = SignedIn.as(
                w.staff(),
                () -> submission.submitNew(content(word, w.memberIds().get(1))).id());
        assertThat(finds(w.members().get(1), word, id)).isTrue();
        assertThat(finds(w.members().get(0), word, id)).isFalse();
    }

    @Test
    void anEditedReportShowsTheEditedTitleAndIsFoundByBothTitles() {
        World w = kit.world(1, 0);
        String written = SearchProbe.word();
        String edited = SearchProbe.word();
        long id = SignedIn.as(
                w.members().get(0),
                () -> submission
                        .submitNew(content(written, w.memberIds().get(0)))
                        .id());
        SignedIn.run(
                w.staff(),
                () -> editing.edit(
                        id, version(id), new EditedText("关于" + edited + "的建议", "城区停车位缺口较大，规划配建不足。", "统筹规划，盘活存量。")));

        assertThat(probe.firstHits(w.staff(), "opinion", edited).get(0).title()).isEqualTo("关于" + edited + "的建议");
        assertThat(finds(w.staff(), edited, id)).isTrue();
        assertThat(finds(w.members().get(0), written, id)).isTrue();
    }

    @Test
    void aDiscardedDraftLeavesTheIndex() {
        World w = kit.world(1, 0);
        XieshangUser writer = w.members().get(0);
        String word = SearchProbe.word();
        long id = SignedIn.as(
                writer, () -> submission.createDraft(content(word, w.memberIds().get(0))));
        SignedIn.run(writer, () -> submission.discardDraft(id, version(id)));
        assertThat(probe.documents("opinion", id)).isZero();
    }

    @Test
    void aRolledBackReportLeavesNoDocument() {
        World w = kit.world(1, 0);
        AtomicLong created = new AtomicLong();
        assertThatThrownBy(() -> SignedIn.run(
                        w.members().get(0),
                        () -> transaction.executeWithoutResult(status -> {
                            created.set(submission.createDraft(
                                    content(SearchProbe.word(), w.memberIds().get(0))));
                            assertThat(probe.documents("opinion", created.get()))
                                    .as("inside the transaction")
                                    .isEqualTo(1);
                            throw new IllegalStateException("something later in the transaction fails");
                        })))
                .isInstanceOf(IllegalStateException.class);
        assertThat(created.get()).isPositive();
        assertThat(probe.documents("opinion", created.get())).isZero();
    }

    private static ReportContent content(String word, long memberId) {
        return new ReportContent(
                "关于" + word + "停车难的建议",
                "近年来城区停车位缺口较大。",
                "规划配建不足，管理分散。",
                "一是统筹规划；二是盘活存量。",
                "URBAN",
                SubmitterType.MEMBER,
                null,
                null,
                List.of(new ReportPerson(PersonType.MEMBER, memberId, "张晓", null)));
    }

    private boolean finds(XieshangUser user, String word, long id) {
        return probe.firstHits(user, "opinion", word).stream().anyMatch(h -> h.id() == id);
    }

    private int version(long id) {
        return jdbc.sql("select version from opinion_report where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }
}
