package org.xieshang.identity;

/** The roles of the platform (DOMAIN.md "Who uses it"). The anonymous public has no role. */
public enum Role {
    MEMBER,
    STAFF,
    HANDLING_UNIT,
    SUPERVISOR,
    LEADER,
    ADMIN,
    INFORMATION_OFFICER;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
