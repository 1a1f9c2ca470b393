/**
 * Proposal statistics (issue 3, item 12): for a committee and a period (from a plenary meeting on, or a calendar
 * year), every figure is a {@link org.xieshang.proposal.statistics.Metric} condition on the proposal table, counted in
 * one SQL query and listed by the same condition, so each figure links to exactly the proposals it counts. Page
 * {@code /proposals/statistics} (with the list behind each figure and an Excel export) and API
 * {@code /api/v1/proposals/statistics}; permission {@code proposal:statistics}.
 */
package org.xieshang.proposal.statistics;
