package org.xieshang.opinion.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xieshang.opinion.EditedText;
import org.xieshang.opinion.OpinionAction;
import org.xieshang.opinion.OpinionProblems.IllegalTransition;
import org.xieshang.opinion.OpinionProblems.NotADraft;
import org.xieshang.opinion.OpinionState;
import org.xieshang.shared.XieshangException;

/** Every action in every state: the legal moves of the spec go through, everything else is a 409 and changes nothing. */
class OpinionReportTransitionTests {

    private static final Who STAFF = new Who(1L, "staff");
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2022-05-01T10:00:00+08:00");

    /** The workflow of DOMAIN.md §3, written out by hand: action, from, to. */
    private static final List<String> SPEC = List.of(
            "SUBMIT DRAFT SUBMITTED",
            "EDIT SUBMITTED EDITED",
            "EDIT EDITED EDITED",
            "SIGN_OFF EDITED SIGNED_OFF",
            "ACCEPT SIGNED_OFF ACCEPTED",
            "FILE SUBMITTED FILED",
            "FILE EDITED FILED",
            "FILE SIGNED_OFF FILED",
            "FILE RECEIVED FILED",
            "ADOPT RECEIVED ADOPTED",
            "REVOKE_ADOPTION ADOPTED RECEIVED");

    @Test
    void theTransitionTableIsTheWorkflowOfTheSpec() {
        List<String> table = new ArrayList<>();
        for (OpinionAction action : OpinionAction.values()) {
            for (OpinionState state : OpinionState.values()) {
                action.from(state).ifPresent(to -> table.add(action + " " + state + " " + to));
            }
        }
        assertThat(table).containsExactlyInAnyOrderElementsOf(SPEC);
    }

    static Stream<Arguments> everyActionInEveryState() {
        return Stream.of(OpinionAction.values())
                .flatMap(a -> Stream.of(OpinionState.values()).map(s -> Arguments.of(a, s)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyActionInEveryState")
    void anActionMovesAReportOnlyWhereTheTableAllowsIt(OpinionAction action, OpinionState state) {
        OpinionReport report = Reports.in(state);
        Optional<OpinionState> expected = action.from(state);
        if (expected.isPresent()) {
            perform(report, action);
            assertThat(report.state()).isEqualTo(expected.get());
            Transition step = report.drainTransitions().get(0);
            assertThat(step.action()).isEqualTo(action);
            assertThat(step.from()).isEqualTo(state);
            assertThat(step.to()).isEqualTo(expected.get());
            assertThat(step.who()).isEqualTo(STAFF);
        } else {
            assertThatThrownBy(() -> perform(report, action))
                    .isInstanceOf(IllegalTransition.class)
                    .extracting(e -> ((XieshangException) e).kind())
                    .isEqualTo(XieshangException.Kind.CONFLICT);
            assertThat(report.state()).isEqualTo(state);
            assertThat(report.drainTransitions()).isEmpty();
        }
    }

    @Test
    void editingKeepsTheOriginalBesideTheEditedTextWithEditorAndTime() {
        OpinionReport report = Reports.in(OpinionState.SUBMITTED);
        report.edit(new EditedText("edited title", "edited body", "edited suggestions"), STAFF, NOW);
        assertThat(report.row().title()).isEqualTo("title");
        assertThat(report.row().facts()).isEqualTo("facts");
        assertThat(report.row().editedTitle()).isEqualTo("edited title");
        assertThat(report.row().editedBody()).isEqualTo("edited body");
        assertThat(report.row().editedByName()).isEqualTo("staff");
        assertThat(report.row().editedAt()).isEqualTo(NOW);
        assertThat(report.publishedTitle()).isEqualTo("edited title");
    }

    @Test
    void keepingOnFileRecordsTheReason() {
        OpinionReport report = Reports.in(OpinionState.SIGNED_OFF);
        report.keepOnFile("duplicate", STAFF, NOW);
        assertThat(report.row().filedReason()).isEqualTo("duplicate");
        assertThat(report.drainTransitions().get(0).reason()).isEqualTo("duplicate");
    }

    @Test
    void onlyADraftsContentCanBeReplaced() {
        OpinionReport submitted = Reports.in(OpinionState.SUBMITTED);
        CheckedContent content = new CheckedContent(
                "t",
                "f",
                "a",
                "s",
                "ECONOMY",
                org.xieshang.opinion.SubmitterType.MEMBER,
                null,
                null,
                null,
                "m7",
                submitted.persons());
        assertThatThrownBy(() -> submitted.replaceContent(content)).isInstanceOf(NotADraft.class);
        OpinionReport draft = Reports.in(OpinionState.DRAFT);
        draft.replaceContent(content);
        assertThat(draft.row().title()).isEqualTo("t");
    }

    private static void perform(OpinionReport report, OpinionAction action) {
        switch (action) {
            case SUBMIT -> report.submit("2022-0002", 2022, STAFF, NOW);
            case EDIT -> report.edit(new EditedText("t", "b", "s"), STAFF, NOW);
            case SIGN_OFF -> report.signOff(STAFF, NOW);
            case ACCEPT -> report.accept(STAFF, NOW);
            case FILE -> report.keepOnFile("reason", STAFF, NOW);
            case ADOPT -> report.adopt(STAFF, NOW);
            case REVOKE_ADOPTION -> report.revokeAdoption("reason", STAFF, NOW);
        }
    }
}
