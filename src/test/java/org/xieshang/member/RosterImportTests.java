package org.xieshang.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.identity.UserManagement;
import org.xieshang.identity.XieshangUser;
import org.xieshang.member.MemberFixtures.Org;
import org.xieshang.platform.Spreadsheet;
import org.xieshang.support.IntegrationTest;

@IntegrationTest
@Transactional
class RosterImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    Org org;
    XieshangUser staff;

    @BeforeEach
    void setUp() {
        org = new MemberFixtures(jdbc, users).committee();
        staff = new MemberFixtures(jdbc, users).staff(org.committeeId());
    }

    List<Object> row(String name, String sector, Object mobile) {
        return new ArrayList<>(Arrays.asList(
                name,
                "男",
                "汉族",
                "1972-06-18",
                "民盟盟员",
                sector,
                "提案委员会",
                "是",
                "泸州职业技术学院",
                "教授",
                mobile,
                "t@example.com",
                "四川省泸州市龙马潭区",
                "职业教育"));
    }

    byte[] workbook(List<List<Object>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Spreadsheet.write(out, "委员名册", RosterPageTests.COLUMNS, sink -> rows.forEach(sink::row));
        return out.toByteArray();
    }

    ResultActions upload(String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/members/import")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .with(user(staff))
                .with(csrf()));
    }

    long members() {
        return jdbc.sql("select count(*) from member where committee_id = ?")
                .param(org.committeeId())
                .query(Long.class)
                .single();
    }

    @Test
    void aGoodImportAddsEveryRowToTheCurrentTerm() throws Exception {
        byte[] file = workbook(List.of(
                row("张建国", "经济界", "13600000001"), row("李秀英", "教育界", 13600000002L), row("王志强", "经济界", "13600000003")));

        upload("名册.xlsx", file)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/members"))
                .andExpect(flash().attribute("flash", "已导入 3 名委员"));

        assertThat(members()).isEqualTo(3);
        assertThat(jdbc.sql("select mobile from member where committee_id = ? and name = '李秀英'")
                        .param(org.committeeId())
                        .query(String.class)
                        .single())
                .isEqualTo("13600000002");
        assertThat(jdbc.sql("select count(*) from member_term t join member m on m.id = t.member_id"
                                + " where m.committee_id = ? and t.term_id = ?")
                        .params(org.committeeId(), org.termId())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("select summary from audit_entry where action = 'IMPORT' and actor_id = ?")
                        .param(staff.userId())
                        .query(String.class)
                        .list())
                .containsExactly("导入委员名册 3 名（文件 名册.xlsx）");
    }

    @Test
    void anImportWithOneBadRowImportsNothingAndReportsThatRowsColumnAndReason() throws Exception {
        byte[] file = workbook(
                List.of(row("张建国", "经济界", "13600000011"), row("李秀英", "教育界", "1234"), row("王志强", "经济界", "13600000013")));

        upload("名册.xlsx", file)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("本次未导入任何委员")))
                .andExpect(content()
                        .string(containsString("<td data-label=\"行号\">3</td>\n          <td data-label=\"列名\">手机</td>\n"
                                + "          <td data-label=\"原因\">手机号应为 1 开头的 11 位数字。</td>")));
        assertThat(members()).isZero();
    }

    @Test
    void everyKindOfBadValueIsReportedInChinese() throws Exception {
        register("13600000020");
        List<Object> unknownSector = row("赵敏", "不存在界", "13600000021");
        List<Object> badDate = row("周芷若", "经济界", "13600000022");
        badDate.set(3, "1975/3/8");
        List<Object> badSex = row("宋青书", "经济界", "13600000023");
        badSex.set(1, "未知");
        byte[] file = workbook(List.of(
                unknownSector, badDate, badSex, row("殷六", "经济界", "13600000021"), row("莫七", "经济界", "13600000020")));

        String page = upload("名册.xlsx", file)
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("“不存在界”不是本委员会的界别。")
                .contains("“1975/3/8”不是 yyyy-MM-dd 格式的日期（如 1975-03-08）。")
                .contains("“未知”不是有效的性别，请填写“男”或“女”。")
                .contains("与第 2 行的手机号重复。")
                .contains("该手机号已登记在本委员会的其他委员名下。");
        assertThat(members()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotAWorkbookOrTooLargeGetsAClearMessage() throws Exception {
        upload("名册.csv", "姓名,性别\n张三,男\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("只能导入 Excel 2007 及以上版本的 .xlsx 文件")));
        upload("名册.xlsx", new byte[0])
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择要导入的 .xlsx 文件")));
        upload("名册.xlsx", new byte[5 * 1024 * 1024 + 1])
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("文件超过 5 MB，请拆分后分批导入。")));
        assertThat(members()).isZero();
    }

    @Test
    void theTemplateHasTheHeaderRow() throws Exception {
        byte[] xlsx = mvc.perform(get("/members/import/template").with(user(staff)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).stream().map(c -> c.getText()).toList()).isEqualTo(RosterPageTests.COLUMNS);
        }
    }

    @Test
    void onlyRosterManagersMayImport() throws Exception {
        XieshangUser reader = new MemberFixtures(jdbc, users).user(org.committeeId(), "member:read");
        mvc.perform(get("/members/import").with(user(reader))).andExpect(status().isForbidden());
    }

    private void register(String mobile) throws Exception {
        upload("one.xlsx", workbook(List.of(row("已登记", "经济界", mobile)))).andExpect(status().is3xxRedirection());
    }
}
