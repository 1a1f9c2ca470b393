package org.xieshang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xieshang.portal.domain.Redaction;

/** What the public never sees of a reply: phone numbers, mobiles, e-mail and street addresses. */
class RedactionTests {

    static final String MASK = "［已隐去］";
    final Redaction redaction = new Redaction(MASK, "大道|路|街|巷|弄|胡同", "号", "号楼|栋|幢|单元|楼|层|室|号");

    @Test
    void landlinesWithAnAreaCodeAreRemoved() {
        assertThat(redaction.redact("请致电0830-1234567咨询")).isEqualTo("请致电" + MASK + "咨询");
        assertThat(redaction.redact("电话(028)86123456转")).isEqualTo("电话" + MASK + "转");
        assertThat(redaction.redact("总机 0830 3190123-801。")).isEqualTo("总机 " + MASK + "。");
    }

    @Test
    void mobileNumbersAreRemovedButOtherNumbersStay() {
        assertThat(redaction.redact("联系人王芳13812345678")).isEqualTo("联系人王芳" + MASK);
        assertThat(redaction.redact("手机 +86 138-1234-5678。")).isEqualTo("手机 " + MASK + "。");
        assertThat(redaction.redact("2022年投入资金12345678元，新增线路2条")).isEqualTo("2022年投入资金12345678元，新增线路2条");
        assertThat(redaction.redact("泸交函〔2022〕12号")).isEqualTo("泸交函〔2022〕12号");
    }

    @Test
    void emailAddressesAreRemoved() {
        assertThat(redaction.redact("来函请寄 office@lzjt.gov.cn 。")).isEqualTo("来函请寄 " + MASK + " 。");
    }

    @Test
    void streetAddressesWithAHouseNumberAreRemoved() {
        assertThat(redaction.redact("办公地点：江阳区酒城大道三段18号3栋2单元501室，欢迎来访"))
                .isEqualTo("办公地点：" + MASK + "，欢迎来访")
                .doesNotContain("501");
        assertThat(redaction.redact("家住龙马潭区春雨路12号。")).doesNotContain("12号").contains(MASK);
        assertThat(redaction.redact("拟改造城区道路3条")).isEqualTo("拟改造城区道路3条");
    }

    @Test
    void redactingTwiceChangesNothingMore() {
        String text = "联系人：王芳，电话0830-3190123，手机13912345678，邮箱wf@lz.gov.cn，地址：江阳区滨江路88号。";
        String once = redaction.redact(text);
        assertThat(once).doesNotContain("3190123", "13912345678", "wf@", "88号");
        assertThat(redaction.redact(once)).isEqualTo(once);
        assertThat(redaction.redact(null)).isNull();
        assertThat(redaction.redact("")).isEmpty();
    }
}
