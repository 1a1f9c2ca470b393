package org.xieshang.opinion.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.opinion.BeneficiaryType;
import org.xieshang.opinion.CatalogueEntry;
import org.xieshang.opinion.MyPoints;
import org.xieshang.opinion.OpinionCatalogue;
import org.xieshang.opinion.OpinionPoints;
import org.xieshang.opinion.PointsEntryView;
import org.xieshang.opinion.PointsRuleView;
import org.xieshang.opinion.RankingRow;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/** Points and rankings, the points table, and the configurable lists (categories, recipients). */
@RestController
@RequestMapping("/api/v1")
class OpinionPointsApi {

    private final OpinionPoints points;
    private final OpinionCatalogue catalogue;
    private final OrganisationDirectory organisation;

    OpinionPointsApi(OpinionPoints points, OpinionCatalogue catalogue, OrganisationDirectory organisation) {
        this.points = points;
        this.catalogue = catalogue;
        this.organisation = organisation;
    }

    record RuleRequest(
            @NotNull(message = "{opinion.points.required}") BigDecimal points,
            @NotNull(message = "{opinion.version.required}") Integer version) {}

    @GetMapping("/opinion-rankings/members")
    @PreAuthorize("hasAuthority('opinion:read')")
    List<RankingRow> members(
            @RequestParam(required = false) Long committeeId, @RequestParam(required = false) Integer year) {
        return points.members(OpinionStatisticsApi.committee(committeeId), OpinionStatisticsApi.year(year));
    }

    @GetMapping("/opinion-rankings/units")
    @PreAuthorize("hasAuthority('opinion:read')")
    List<RankingRow> units(
            @RequestParam(required = false) Long committeeId, @RequestParam(required = false) Integer year) {
        return points.units(OpinionStatisticsApi.committee(committeeId), OpinionStatisticsApi.year(year));
    }

    /** Committees among their siblings; by default the signed-in user's committee and its siblings. */
    @GetMapping("/opinion-rankings/committees")
    @PreAuthorize("hasAuthority('opinion:read')")
    List<RankingRow> committees(
            @RequestParam(required = false) Long parentId, @RequestParam(required = false) Integer year) {
        Long parent = parentId != null
                ? parentId
                : organisation
                        .committee(Actor.required().committeeId())
                        .map(CommitteeView::parentId)
                        .orElse(null);
        return parent == null ? List.of() : points.committees(parent, OpinionStatisticsApi.year(year));
    }

    @GetMapping("/opinion-points/mine")
    @PreAuthorize("hasAuthority('opinion:read')")
    MyPoints mine(@RequestParam(required = false) Integer year) {
        return points.mine(OpinionStatisticsApi.year(year));
    }

    @GetMapping("/opinion-points")
    @PreAuthorize("hasAuthority('opinion:statistics')")
    PageSlice<PointsEntryView> ledger(
            @RequestParam(required = false) Long committeeId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) BeneficiaryType beneficiaryType,
            @RequestParam(required = false) Long beneficiaryId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return points.ledger(
                OpinionStatisticsApi.committee(committeeId),
                year,
                beneficiaryType,
                beneficiaryId,
                Paging.of(page, size));
    }

    @GetMapping("/opinion-points/rules")
    @PreAuthorize("hasAuthority('opinion:read')")
    List<PointsRuleView> rules(@RequestParam(required = false) Long committeeId) {
        return points.rules(OpinionStatisticsApi.committee(committeeId));
    }

    @PutMapping("/opinion-points/rules/{code}")
    @PreAuthorize("hasAuthority('opinion:manage')")
    List<PointsRuleView> setRule(@PathVariable String code, @Valid @RequestBody RuleRequest request) {
        points.setRule(code, request.points(), request.version());
        return points.rules(Actor.required().committeeId());
    }

    @GetMapping("/opinion-categories")
    @PreAuthorize("hasAuthority('opinion:read')")
    List<CatalogueEntry> categories() {
        return catalogue.categories(Actor.required().committeeId());
    }

    @GetMapping("/opinion-recipients")
    @PreAuthorize("hasAuthority('opinion:read')")
    List<CatalogueEntry> recipients() {
        return catalogue.recipients(Actor.required().committeeId());
    }
}
