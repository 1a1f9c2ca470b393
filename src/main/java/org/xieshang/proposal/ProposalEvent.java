package org.xieshang.proposal;

/**
 * Every event of the proposal workflow. Published in the transaction of the step (Spring Modulith's registry delivers
 * it at least once, so listeners must be idempotent). {@code proposerMemberIds}, where an event has it, lists the
 * signers who confirmed (the people a notification goes to).
 */
public interface ProposalEvent {

    long proposalId();

    long committeeId();
}
