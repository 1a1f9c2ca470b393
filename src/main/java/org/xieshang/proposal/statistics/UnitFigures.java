package org.xieshang.proposal.statistics;

/**
 * A handling unit's figures: proposals assigned to it, replied by it, overdue with it; and of the first proposers'
 * ratings of its replies (current round), how many and the share (basically) satisfied.
 */
public record UnitFigures(
        long unitId,
        String name,
        Figure assigned,
        Figure replied,
        Figure overdue,
        long rated,
        Double satisfiedPercent) {}
