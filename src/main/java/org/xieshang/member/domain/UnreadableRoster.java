package org.xieshang.member.domain;

import org.xieshang.shared.XieshangException;

/**
 * The uploaded file cannot be imported at all: empty, too large, not an .xlsx workbook, or damaged. The code says
 * which ({@code member-import-empty}, {@code member-import-too-large}, {@code member-import-not-xlsx},
 * {@code member-import-unreadable}, {@code member-import-no-term}).
 */
public class UnreadableRoster extends XieshangException {

    UnreadableRoster(String code, Object... args) {
        super(Kind.INVALID, code, args);
    }
}
