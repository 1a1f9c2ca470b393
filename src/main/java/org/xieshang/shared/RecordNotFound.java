package org.xieshang.shared;

/** The record asked for does not exist, or lies outside what the user may see (both read the same to the user). */
public class RecordNotFound extends XieshangException {

    public RecordNotFound(String recordType, Object id) {
        super(Kind.NOT_FOUND, "not-found", recordType, id);
    }
}
