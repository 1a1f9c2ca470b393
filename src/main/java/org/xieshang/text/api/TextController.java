package org.xieshang.text.api;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.text.ChineseScript;
import org.xieshang.text.NormalisedText;
import org.xieshang.text.TextNormaliser;

/** The text services for scripts and other systems: normalise imported text, convert between scripts. */
@RestController
@RequestMapping("/api/v1/text")
@PreAuthorize("hasAuthority('text:use')")
class TextController {

    private final TextNormaliser normaliser;
    private final ChineseScript script;

    TextController(TextNormaliser normaliser, ChineseScript script) {
        this.normaliser = normaliser;
        this.script = script;
    }

    @PostMapping("/normalise")
    NormaliseResponse normalise(@Valid @RequestBody NormaliseRequest request) {
        NormalisedText result = normaliser.normalise(request.text(), request.toSimplifiedOrDefault());
        return new NormaliseResponse(result.text(), result.changes());
    }

    @PostMapping("/convert")
    ConvertResponse convert(@Valid @RequestBody ConvertRequest request) {
        return new ConvertResponse(script.convert(request.text(), request.to()), request.to());
    }
}
