package org.xieshang.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Contacts are removed from a published reply; figures, dates and document numbers are left alone. */
class ContactRedactorTests {

    private final ContactRedactor redactor = new ContactRedactor("***", "联系电话|电话|手机|联系方式|通讯地址|家庭住址|住址|地址", "，。；！？、）)");

    @Test
    void removesMobileAndLandlineNumbersAndEmail() {
        assertThat(redactor.redact("请致电13800001234或0830-3190123，邮箱 wang.li@example.cn。"))
                .isEqualTo("请致电***或***，邮箱 ***。");
        assertThat(redactor.redact("经办人 138 0000 1234")).isEqualTo("经办人 ***");
    }

    @Test
    void removesWhatFollowsAnAddressOrPhoneLabelUpToTheEndOfTheClause() {
        assertThat(redactor.redact("联系人：王芳，联系电话：3190123，地址：泸州市江阳区酒城大道一段8号。")).isEqualTo("联系人：王芳，联系电话：***，地址：***。");
    }

    @Test
    void leavesFiguresDatesAndDocumentNumbersAlone() {
        String text = "2022年全市投入资金182000000元，新建学校12所，详见泸发改〔2022〕126号文件。";
        assertThat(redactor.redact(text)).isEqualTo(text);
        assertThat(redactor.redact("")).isEmpty();
        assertThat(redactor.redact(null)).isNull();
    }
}
