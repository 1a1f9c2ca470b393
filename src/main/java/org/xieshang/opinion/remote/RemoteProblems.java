package org.xieshang.opinion.remote;

import org.xieshang.shared.XieshangException;

/** Business failures of the exchange between installations; messages are {@code error.<code>} in the bundle. */
final class RemoteProblems {

    private RemoteProblems() {}

    /** The delivering account's committee does not report to the committee named as the target. */
    static final class NotTheUpperCommittee extends XieshangException {
        NotTheUpperCommittee() {
            super(Kind.FORBIDDEN, "opinion-remote.not-the-upper-committee");
        }
    }

    /** The callback address is not one this installation sends results to. */
    static final class CallbackNotAllowed extends XieshangException {
        CallbackNotAllowed() {
            super(Kind.FORBIDDEN, "opinion-remote.callback-not-allowed");
        }
    }

    /** The idempotency key is missing or too long. */
    static final class BadKey extends XieshangException {
        BadKey() {
            super(Kind.INVALID, "opinion-remote.bad-key");
        }
    }

    /** A result without its level or outcome type or date. */
    static final class IncompleteResult extends XieshangException {
        IncompleteResult() {
            super(Kind.INVALID, "opinion-remote.incomplete-result");
        }
    }

    /** A committee cannot be its own upper committee. */
    static final class OwnCommittee extends XieshangException {
        OwnCommittee() {
            super(Kind.INVALID, "opinion-remote.own-committee");
        }
    }

    /** A new configuration needs both tokens; a change may leave them out to keep the stored ones. */
    static final class TokensRequired extends XieshangException {
        TokensRequired() {
            super(Kind.INVALID, "opinion-remote.tokens-required");
        }
    }
}
