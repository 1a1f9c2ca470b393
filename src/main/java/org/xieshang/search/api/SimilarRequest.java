package org.xieshang.search.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Text to compare with the records of one type: {@code committeeId} defaults to the caller's committee, {@code scope}
 * holds facet values the records must share ({@code {"meeting": "12"}}), {@code limit} defaults to 10.
 */
public record SimilarRequest(
        @NotBlank(message = "{search.invalid.required}")
        @Pattern(regexp = "|[a-z][a-z0-9_-]{0,39}", message = "{search.invalid.type}")
        String type,

        Long committeeId,

        @Size(max = 10, message = "{search.invalid.scope}")
        Map<
                        @Pattern(regexp = "[a-z][a-zA-Z0-9_-]{0,39}", message = "{search.invalid.scope}") String,
                        @Size(max = 100, message = "{search.invalid.scope}") String>
                scope,

        @Size(max = 500, message = "{search.invalid.title}") String title,

        @Size(max = 20000, message = "{search.invalid.body}")
        String body,

        @Min(value = 1, message = "{search.invalid.limit}") @Max(value = 50, message = "{search.invalid.limit}")
        Integer limit) {

    int limitOrDefault() {
        return limit == null ? 10 : limit;
    }
}
