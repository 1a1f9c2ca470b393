package org.xieshang.text.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xieshang.text.Script;

/** Text to convert, and the script to convert it to. */
record ConvertRequest(
        @NotNull(message = "{text.input.required}")
        @Size(max = TextLimits.MAX_CHARACTERS, message = "{text.input.too-long}")
        String text,

        @NotNull(message = "{text.script.required}") Script to) {}
