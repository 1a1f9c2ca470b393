package org.xieshang.proposal.search;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.proposal.ProposalReview;

/**
 * A merge suggested at review: the proposal waiting there is not filed yet, and only filed proposals merge, so the
 * office files it and merges it into the suggested primary in one transaction — with the module's own two steps, each
 * checking its rules, audited and in the history; if the merge is refused, the filing is undone too.
 */
@Service
class MergeSuggested {

    private final ProposalReview review;
    private final MessageSource messages;

    MergeSuggested(ProposalReview review, MessageSource messages) {
        this.review = review;
        this.messages = messages;
    }

    /** Returns the official number the proposal got. */
    @Transactional
    String fileAndMerge(long id, long primaryId) {
        ProposalReview.Filed filed = review.file(id);
        review.merge(id, primaryId);
        return filed.officialNumber();
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
