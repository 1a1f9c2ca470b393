package org.xieshang.organisation.domain;

/** A division in the tree with how many divisions hang directly under it and how many two levels down. */
public record DivisionNode(Division division, long children, long grandchildren) {

    public long descendants() {
        return children + grandchildren;
    }
}
