package org.xieshang.opinion;

/** Who submitted a report. PARTY covers the democratic parties and the federation of industry and commerce 工商联; ORGANISATION the other people's organisations. */
public enum SubmitterType {
    MEMBER,
    PARTY,
    ORGANISATION,
    SPECIAL_COMMITTEE,
    INFORMATION_OFFICER;

    public String messageKey() {
        return "opinion.submitter-type." + name();
    }
}
