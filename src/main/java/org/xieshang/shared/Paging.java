package org.xieshang.shared;

/** A request for one page; out-of-range values are clamped, never trusted. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 200;

    public Paging {
        page = Math.max(1, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static Paging of(Integer page, Integer size) {
        return new Paging(page == null ? 1 : page, size == null ? 20 : size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
