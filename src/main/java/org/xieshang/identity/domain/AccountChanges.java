package org.xieshang.identity.domain;

import java.util.Set;
import org.xieshang.identity.Role;

/** The editable part of an account. */
public record AccountChanges(
        String displayName,
        Long memberId,
        Long handlingUnitId,
        String staffPost,
        boolean spansSubtree,
        boolean enabled,
        Set<Role> roles) {}
