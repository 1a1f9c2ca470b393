package org.xieshang.organisation;

/** What sort of body a handling unit is: a government department, a Party organ, a court or procuratorate, … */
public enum HandlingUnitKind {
    GOVERNMENT,
    PARTY,
    JUDICIAL,
    ENTERPRISE,
    OTHER
}
