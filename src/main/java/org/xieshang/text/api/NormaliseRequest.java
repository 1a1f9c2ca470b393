package org.xieshang.text.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Text to clean; {@code toSimplified} (default true) also converts traditional characters to simplified. */
record NormaliseRequest(
        @NotNull(message = "{text.input.required}")
        @Size(max = TextLimits.MAX_CHARACTERS, message = "{text.input.too-long}")
        String text,

        Boolean toSimplified) {

    boolean toSimplifiedOrDefault() {
        return toSimplified == null || toSimplified;
    }
}
