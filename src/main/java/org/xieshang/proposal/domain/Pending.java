package org.xieshang.proposal.domain;

import java.util.ArrayList;
import java.util.List;
import org.xieshang.proposal.ProposalEvent;

/** The steps a proposal took and the events it raised since it was loaded, until the journal commits them. */
final class Pending {

    private final List<Step> steps = new ArrayList<>();
    private final List<ProposalEvent> events = new ArrayList<>();

    void step(Step step) {
        steps.add(step);
    }

    void event(ProposalEvent event) {
        events.add(event);
    }

    List<Step> steps() {
        return List.copyOf(steps);
    }

    List<ProposalEvent> events() {
        return List.copyOf(events);
    }

    List<Step> pullSteps() {
        List<Step> taken = List.copyOf(steps);
        steps.clear();
        return taken;
    }

    List<ProposalEvent> pullEvents() {
        List<ProposalEvent> raised = List.copyOf(events);
        events.clear();
        return raised;
    }
}
