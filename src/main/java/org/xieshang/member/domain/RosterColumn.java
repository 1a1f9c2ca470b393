package org.xieshang.member.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the roster spreadsheet, shared by the export, the import template and the import, so a file exported
 * from one committee has the layout an import expects. Each column names the profile field its problems belong to.
 */
public enum RosterColumn {
    NAME("name"),
    SEX("sex"),
    ETHNICITY("ethnicity"),
    BIRTH_DATE("birthDate"),
    POLITICAL_AFFILIATION("politicalAffiliation"),
    SECTOR("sectorId"),
    SPECIAL_COMMITTEE("specialCommitteeId"),
    STANDING_COMMITTEE("standingCommittee"),
    EMPLOYER("employer"),
    POST("post"),
    MOBILE("mobile"),
    EMAIL("email"),
    ADDRESS("address"),
    EXPERTISE("expertise");

    private final String field;

    RosterColumn(String field) {
        this.field = field;
    }

    public String messageKey() {
        return "member.column." + name();
    }

    public static Optional<RosterColumn> forField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }

    public static List<String> headers(MemberTexts texts) {
        return Arrays.stream(values()).map(c -> texts.get(c.messageKey())).toList();
    }
}
