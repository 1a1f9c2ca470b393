/**
 * Proposals 提案: from draft and co-signature through review (file, return, not file, merge), assignment to handling
 * units, handling and reply, supervisors' review, evaluation and re-handling, to closing; key and good proposals with
 * their supervision, disclosure of replies, deadlines on a working-day calendar, and the public's clues screened into a
 * topic catalogue. Other modules use the facade services of this package and listen to its events (every step
 * publishes one, each implementing {@link org.xieshang.proposal.ProposalEvent}); see README.md in this folder.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "platform",
            "audit",
            "organisation",
            "member",
            "notification",
            "identity",
            "opinion",
            "search"
        })
package org.xieshang.proposal;
