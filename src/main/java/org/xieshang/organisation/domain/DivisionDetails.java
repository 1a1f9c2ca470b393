package org.xieshang.organisation.domain;

import org.xieshang.organisation.DivisionKind;

/** The editable part of a division; its level follows from the kind. */
public record DivisionDetails(String code, String name, DivisionKind kind) {}
