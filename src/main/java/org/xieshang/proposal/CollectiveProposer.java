package org.xieshang.proposal;

/**
 * Who submits a collective proposal: a democratic party, a people's organisation (工商联, 工会 …), a sector, a group of
 * members or a special committee.
 */
public enum CollectiveProposer {
    PARTY,
    ORGANISATION,
    SECTOR,
    GROUP,
    SPECIAL_COMMITTEE
}
