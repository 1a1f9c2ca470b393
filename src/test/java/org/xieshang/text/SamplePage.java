package org.xieshang.text;

import java.nio.charset.StandardCharsets;

/** A rendered list page of about the given size in UTF-8: a table of proposal titles in simplified Chinese. */
final class SamplePage {

    private static final String[] TITLES = {
        "关于加快建设新时代区域中心城市的建议",
        "关于推进乡村振兴与巩固脱贫成果有效衔接的提案",
        "关于完善协商议事室建设的建议",
        "关于发展都市现代农业的提案",
        "关于头发护理产业规范发展的建议",
        "关于干部队伍建设和作风改进的提案",
        "关于面条等地方特色食品品牌保护的建议"
    };

    private SamplePage() {}

    static String of(int bytes) {
        StringBuilder page =
                new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><body><table class=\"responsive\">");
        for (int row = 0; page.toString().getBytes(StandardCharsets.UTF_8).length < bytes; row++) {
            page.append("<tr><td data-label=\"编号\">2022-")
                    .append(row)
                    .append("</td><td data-label=\"标题\"><a href=\"/proposals/")
                    .append(row)
                    .append("\">")
                    .append(TITLES[row % TITLES.length])
                    .append("</a></td><td data-label=\"状态\">已立案，承办单位办理中</td></tr>\n");
        }
        return page.append("</table></body></html>").toString();
    }
}
