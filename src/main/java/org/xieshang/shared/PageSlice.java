package org.xieshang.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a pager needs. Pages are numbered from 1. */
public record PageSlice<T>(List<T> items, int page, int size, long total) {

    public int totalPages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public <R> PageSlice<R> map(Function<T, R> mapper) {
        return new PageSlice<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
