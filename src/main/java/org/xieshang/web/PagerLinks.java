package org.xieshang.web;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds a list's page links keeping its filters (used by the pager fragment as {@code @pagerLinks}). */
@Component("pagerLinks")
public class PagerLinks {

    public String href(String path, Map<String, ?> filters, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (filters != null) {
            filters.forEach((name, value) -> {
                if (value != null && !value.toString().isBlank()) {
                    uri.queryParam(name, value);
                }
            });
        }
        return uri.queryParam("page", page).encode().build().toUriString();
    }
}
