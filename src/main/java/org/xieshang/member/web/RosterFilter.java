package org.xieshang.member.web;

import java.util.Optional;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;
import org.xieshang.member.domain.MemberQuery;

/**
 * The roster's search form as query parameters. {@code standing}: yes / no / empty for any; {@code status}: active
 * (the default), inactive or all.
 */
public record RosterFilter(
        String q,
        Long committee,
        Long sector,
        Long specialCommittee,
        Long party,
        String standing,
        String status,
        Integer page) {

    public RosterFilter {
        status = status == null ? "active" : status;
    }

    MemberQuery query(Set<Long> visibleCommittees) {
        Set<Long> committees = committee == null ? visibleCommittees : Set.of(committee);
        return new MemberQuery(committees, q, sector, specialCommittee, party, yesNo(standing), active());
    }

    private Boolean active() {
        return switch (status) {
            case "inactive" -> false;
            case "all" -> null;
            default -> true;
        };
    }

    private static Boolean yesNo(String value) {
        if ("yes".equals(value)) {
            return true;
        }
        return "no".equals(value) ? false : null;
    }

    /** A link to {@code path} with this filter (and {@code toPage}, when given), for the pager and the export. */
    public String link(String path, Integer toPage) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .queryParamIfPresent("committee", Optional.ofNullable(committee))
                .queryParamIfPresent("sector", Optional.ofNullable(sector))
                .queryParamIfPresent("specialCommittee", Optional.ofNullable(specialCommittee))
                .queryParamIfPresent("party", Optional.ofNullable(party))
                .queryParamIfPresent("standing", Optional.ofNullable(standing).filter(s -> !s.isBlank()))
                .queryParam("status", status)
                .queryParamIfPresent("page", Optional.ofNullable(toPage))
                .encode()
                .build()
                .toUriString();
    }
}
