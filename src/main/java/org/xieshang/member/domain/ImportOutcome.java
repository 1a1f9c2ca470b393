package org.xieshang.member.domain;

import java.util.List;

/** Either every row was imported ({@code imported} of them), or none was and {@code problems} says why. */
public record ImportOutcome(int imported, List<ImportProblem> problems) {

    public ImportOutcome {
        problems = List.copyOf(problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
