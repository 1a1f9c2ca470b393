package org.xieshang.opinion;

/** An issue of the periodical is compiled as a draft and numbered when it is published. */
public enum IssueState {
    DRAFT,
    PUBLISHED;

    public String messageKey() {
        return "opinion.issue-state." + name();
    }
}
