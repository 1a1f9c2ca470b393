package org.xieshang.organisation;

/** Democratic party, the federation of industry and commerce (工商联), or another people's organisation. */
public enum PartyKind {
    DEMOCRATIC_PARTY,
    FEDERATION_OF_INDUSTRY_AND_COMMERCE,
    PEOPLES_ORGANISATION
}
