package org.xieshang.opinion;

/** How a level adopted a report: a single piece 单篇, merged into a composite piece 综合, or forwarded to departments 转送. */
public enum AdoptionKind {
    SINGLE,
    COMPOSITE,
    FORWARDED;

    public String messageKey() {
        return "opinion.adoption-kind." + name();
    }
}
