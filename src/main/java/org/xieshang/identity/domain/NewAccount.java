package org.xieshang.identity.domain;

import java.util.Set;
import org.xieshang.identity.Role;

/** What creating an account needs. */
public record NewAccount(
        long committeeId,
        String username,
        String displayName,
        Long memberId,
        Long handlingUnitId,
        String staffPost,
        boolean spansSubtree,
        Set<Role> roles) {}
