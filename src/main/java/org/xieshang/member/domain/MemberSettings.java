package org.xieshang.member.domain;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lists a locality may change: the political affiliations offered for a member, and the ethnic groups (the 56
 * nationalities). Defaults live in {@code member/defaults.properties}; {@code xieshang.member.*} in the application
 * configuration overrides them. Imports are bounded so one upload cannot tie up the server.
 */
@ConfigurationProperties("xieshang.member")
public record MemberSettings(
        List<String> affiliations, List<String> ethnicities, long maxImportBytes, int maxImportRows) {

    public MemberSettings {
        affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
        ethnicities = ethnicities == null ? List.of() : List.copyOf(ethnicities);
        maxImportBytes = maxImportBytes <= 0 ? 5L * 1024 * 1024 : maxImportBytes;
        maxImportRows = maxImportRows <= 0 ? 5000 : maxImportRows;
    }
}
