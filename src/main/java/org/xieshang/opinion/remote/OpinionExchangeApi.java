package org.xieshang.opinion.remote;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.opinion.UpwardReceipt;
import org.xieshang.shared.Actor;

/**
 * The endpoints another installation calls, with the bearer token of an account here holding {@code
 * opinion:exchange}: a report sent up from a lower committee, and a result of a report this installation sent up. Both
 * are idempotent by the {@code Idempotency-Key} header: a repeat answers as the first call did and changes nothing.
 */
@RestController
@RequestMapping("/api/v1/opinion-exchange")
@PreAuthorize("hasAuthority('opinion:exchange')")
class OpinionExchangeApi {

    private final ExchangeReceiving receiving;

    OpinionExchangeApi(ExchangeReceiving receiving) {
        this.receiving = receiving;
    }

    /** 201 with the copy made here, or 200 with the copy made by the first delivery of this key. */
    @PostMapping("/incoming")
    ResponseEntity<UpwardReceipt> incoming(
            @RequestHeader(name = Wire.KEY_HEADER, required = false) String key,
            @Valid @RequestBody Wire.Incoming request) {
        UpwardReceipt receipt = receiving.incoming(Actor.required(), key, request);
        return ResponseEntity.status(receipt.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(receipt);
    }

    @PostMapping("/results")
    Wire.Recorded result(
            @RequestHeader(name = Wire.KEY_HEADER, required = false) String key,
            @Valid @RequestBody Wire.Result request) {
        return new Wire.Recorded(receiving.result(Actor.required(), key, request));
    }
}
