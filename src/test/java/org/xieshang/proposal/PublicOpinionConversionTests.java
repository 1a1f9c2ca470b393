package org.xieshang.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.support.IntegrationTest;

/** 不立案转社情民意: the report is handed to the information office in the same step, linked both ways. */
@IntegrationTest
class PublicOpinionConversionTests {

    @Autowired
    ProposalTestKit kit;

    @Autowired
    ProposalReview review;

    @Autowired
    ProposalQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProposalNotFiledAsPublicOpinionBecomesASubmittedReportLinkedToIt() {
        ProposalTestKit.World w = kit.world(1, 0);
        long id = kit.submitted(w, "ferries on the Chishui", true);

        kit.as(w.staff(), () -> review.notFile(id, "VAGUE", null, Conversion.PUBLIC_OPINION));

        Map<String, Object> report = jdbc.sql(
                        "select * from opinion_report where origin_type = 'PROPOSAL'" + " and origin_id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(report.get("state")).isEqualTo("SUBMITTED");
        assertThat(report.get("committee_id")).isEqualTo(w.committeeId());
        assertThat(report.get("title")).isEqualTo("ferries on the Chishui");
        assertThat((String) report.get("facts")).startsWith("Grounds:");
        assertThat((String) report.get("suggestions")).startsWith("Suggestions:");
        assertThat(report.get("category")).as("社会建设 is filed under 社会治理").isEqualTo("GOVERNANCE");
        assertThat(report.get("author_names")).isEqualTo("member-0");

        ProposalDetails details = kit.as(w.staff(), () -> queries.details(id));
        assertThat(details.summary().status()).isEqualTo(ProposalStatus.NOT_FILED);
        assertThat(details.review().conversion()).isEqualTo(Conversion.PUBLIC_OPINION);
        assertThat(details.review().conversionRef()).isEqualTo(report.get("serial_number"));
        assertThat(kit.count(
                        "select count(*) from proposal_transition where proposal_id = ? and action = 'CONVERSION_LINKED'",
                        id))
                .isEqualTo(1);
    }

    @Test
    void otherConversionsCreateNoReport() {
        ProposalTestKit.World w = kit.world(1, 0);
        long id = kit.submitted(w, "a letter, not a report", true);

        kit.as(w.staff(), () -> review.notFile(id, "VAGUE", null, Conversion.MEMBER_LETTER));

        assertThat(kit.count(
                        "select count(*) from opinion_report where origin_type = 'PROPOSAL' and origin_id = ?", id))
                .isZero();
    }
}
