package org.xieshang.portal.domain;

import org.xieshang.shared.XieshangException;

/** The client or the contact left as many clues as the window allows; the form names the limit. */
public class TooManyClues extends XieshangException {

    public TooManyClues(int limit, long minutes) {
        super(Kind.CONFLICT, "portal.too-many-clues", limit, minutes);
    }
}
