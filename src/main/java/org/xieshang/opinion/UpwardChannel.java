package org.xieshang.opinion;

/** How a report goes up: to the committee directly above, or from a direct-reporting point 直报点 straight to the national committee. */
public enum UpwardChannel {
    NORMAL,
    DIRECT;

    public String messageKey() {
        return "opinion.upward-channel." + name();
    }
}
