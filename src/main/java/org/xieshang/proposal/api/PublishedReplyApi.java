package org.xieshang.proposal.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.proposal.HandlingQueries;
import org.xieshang.proposal.PublishedReply;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;
import org.xieshang.shared.PublicEndpoint;

/** The replies a committee published, for anyone (contacts redacted). */
@RestController
class PublishedReplyApi {

    private final HandlingQueries queries;

    PublishedReplyApi(HandlingQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/public/proposal-replies")
    @PublicEndpoint
    PageSlice<PublishedReply> published(
            @RequestParam long committeeId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.published(committeeId, Paging.of(page, size));
    }
}
