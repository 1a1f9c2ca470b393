package org.xieshang.audit;

/** What kind of thing happened. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    STATE_CHANGE,
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    LOGOUT,
    ACCESS_DENIED,
    EXPORT,
    IMPORT
}
