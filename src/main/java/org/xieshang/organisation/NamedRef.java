package org.xieshang.organisation;

/** A sector, special committee, party or unit as other modules refer to it: id, owning committee and name. */
public record NamedRef(long id, long committeeId, String name) {}
