package org.xieshang.shared;

/** A request for one page; out-of-range values are clamped, never trusted. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 200;

    public Paging {
        page = Math.max(1, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    /** A page asked for by a user: a page below 1 or a size outside 1..200 is refused, not silently changed. */
    public static Paging of(Integer page, Integer size) {
        if (page != null && page < 1) {
            throw new InvalidInput("page", "paging.page");
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw new InvalidInput("size", "paging.size", MAX_SIZE);
        }
        return new Paging(page == null ? 1 : page, size == null ? 20 : size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
