package org.xieshang.proposal.statistics;

/**
 * Which proposals the statistics cover: a committee's, either from a plenary meeting on (its own and later meetings'
 * proposals), or submitted in a calendar year, or (neither given) all of them.
 */
public record StatisticsFilter(long committeeId, Long sinceMeetingId, Integer year) {}
