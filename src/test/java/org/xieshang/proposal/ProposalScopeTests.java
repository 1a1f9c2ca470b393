package org.xieshang.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.proposal.domain.Refusals;
import org.xieshang.shared.Paging;
import org.xieshang.support.IntegrationTest;

/**
 * Data scope per role: a handling unit sees only what is assigned to it; a member their own, co-signed and public
 * (filed and disclosure agreed) proposals; staff, supervisors and leaders the committee's submitted proposals but no
 * one's drafts; nobody another committee's. Outside the scope a proposal reads as not found.
 */
@IntegrationTest
class ProposalScopeTests {

    @Autowired
    ProposalTestKit kit;

    @Autowired
    ProposalSubmission submission;

    @Autowired
    ProposalQueries queries;

    ProposalTestKit.World w;
    long publicOne;
    long privateOne;
    long coSigned;
    long draft;
    long assignedToFirstUnit;

    @BeforeEach
    void setUp() {
        w = kit.world(3, 2);
        publicOne = kit.filed(w, "public and filed");
        privateOne = kit.filed(w, "filed, disclosure refused", false);
        assignedToFirstUnit = kit.filed(w, "assigned to the first unit");
        kit.assigned(
                w, assignedToFirstUnit, AssignmentMode.SOLE, List.of(w.unitIds().get(0)));
        XieshangUser second = w.members().get(1);
        coSigned = kit.as(
                second,
                () -> submission
                        .create(ProposalTestKit.draft(
                                ProposalKind.JOINT,
                                "second's joint draft",
                                true,
                                List.of(w.memberIds().get(2))))
                        .id());
        draft = kit.as(
                second,
                () -> submission
                        .create(ProposalTestKit.draft(
                                ProposalKind.INDIVIDUAL, "second's private draft", true, List.of()))
                        .id());
    }

    @Test
    void aHandlingUnitSeesOnlyWhatIsAssignedToIt() {
        assertThat(visible(w.units().get(0))).containsExactly(assignedToFirstUnit);
        assertThat(visible(w.units().get(1))).isEmpty();
        assertThatThrownBy(() -> kit.as(w.units().get(1), () -> queries.details(publicOne)))
                .isInstanceOf(Refusals.NotFound.class);
    }

    @Test
    void aMemberSeesOwnCoSignedAndPublicProposals() {
        assertThat(visible(w.members().get(0)))
                .as("the first member's own, whatever their disclosure")
                .containsExactlyInAnyOrder(publicOne, privateOne, assignedToFirstUnit);
        assertThat(visible(w.members().get(1)))
                .as("the second's drafts and the others' public, filed ones")
                .containsExactlyInAnyOrder(coSigned, draft, publicOne, assignedToFirstUnit);
        assertThat(visible(w.members().get(2)))
                .as("invited to co-sign, plus the public ones")
                .containsExactlyInAnyOrder(coSigned, publicOne, assignedToFirstUnit);
        assertThatThrownBy(() -> kit.as(w.members().get(2), () -> queries.details(privateOne)))
                .isInstanceOf(Refusals.NotFound.class);
    }

    @Test
    void staffSupervisorsAndLeadersSeeTheCommitteesSubmittedProposalsButNoDrafts() {
        for (XieshangUser user : List.of(w.staff(), w.supervisor(), w.leader())) {
            assertThat(visible(user)).containsExactlyInAnyOrder(publicOne, privateOne, assignedToFirstUnit);
        }
    }

    @Test
    void nobodySeesAnotherCommitteesProposals() {
        ProposalTestKit.World other = kit.world(1, 1);
        XieshangUser otherStaff = kit.user(other.committeeId(), Role.STAFF, null, null);
        assertThat(visible(otherStaff)).isEmpty();
        assertThatThrownBy(() -> kit.as(otherStaff, () -> queries.details(publicOne)))
                .isInstanceOf(Refusals.NotFound.class);
        XieshangUser officer = kit.user(w.committeeId(), Role.INFORMATION_OFFICER, null, null);
        assertThat(visible(officer)).containsExactlyInAnyOrder(publicOne, assignedToFirstUnit);
    }

    private List<Long> visible(XieshangUser user) {
        return kit.as(
                user,
                () -> queries.find(ProposalFilter.none(), new Paging(1, 200)).items().stream()
                        .map(ProposalSummary::id)
                        .toList());
    }
}
