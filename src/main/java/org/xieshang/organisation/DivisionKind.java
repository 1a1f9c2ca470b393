package org.xieshang.organisation;

/** What a division is; each kind belongs to exactly one level (a park sits among the towns and streets). */
public enum DivisionKind {
    DISTRICT(DivisionLevel.COUNTY),
    COUNTY(DivisionLevel.COUNTY),
    PARK(DivisionLevel.TOWN),
    TOWN(DivisionLevel.TOWN),
    TOWNSHIP(DivisionLevel.TOWN),
    STREET(DivisionLevel.TOWN),
    VILLAGE(DivisionLevel.VILLAGE),
    COMMUNITY(DivisionLevel.VILLAGE);

    private final DivisionLevel level;

    DivisionKind(DivisionLevel level) {
        this.level = level;
    }

    public DivisionLevel level() {
        return level;
    }
}
