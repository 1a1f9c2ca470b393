package org.xieshang.shared;

/** Someone else saved the record after this user loaded it (optimistic locking). */
public class StaleRecord extends XieshangException {

    public StaleRecord(String recordType, Object id) {
        super(Kind.CONFLICT, "stale", recordType, id);
    }
}
