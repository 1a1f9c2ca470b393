package org.xieshang.search.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A WHERE clause assembled from conditions with named parameters; values are always bound, never spliced. */
final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    Where and(String condition, String name, Object value) {
        conditions.add(condition);
        params.put(name, value);
        return this;
    }

    Where param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    String sql() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    Map<String, Object> params() {
        return params;
    }
}
