package org.xieshang.opinion.remote;

import java.net.http.HttpClient;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.xieshang.opinion.UpwardDelivery;
import org.xieshang.opinion.UpwardReceipt;
import tools.jackson.databind.ObjectMapper;

/**
 * Sends the outbox: each message with its key and the bearer token of the other installation, outside any transaction
 * (a slow peer must not hold a connection); a confirmed message is marked in a short transaction of its own. A failure
 * puts the message off with a growing back-off and holds back the later messages to the same place, so an adoption
 * never overtakes the receipt before it, nor a revocation its adoption. A confirmation lost on the way back only
 * causes a resend, which the other side answers from its keys.
 */
@Component
class RemoteSender {

    private static final Logger log = LoggerFactory.getLogger(RemoteSender.class);
    private static final int BATCH = 200;

    private final RemoteOutbox outbox;
    private final RemoteUppers uppers;
    private final RemoteOrigins origins;
    private final SecretBox secrets;
    private final RestClient http;
    private final ObjectMapper json;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final RemoteSettings settings;

    RemoteSender(
            RemoteOutbox outbox,
            RemoteUppers uppers,
            RemoteOrigins origins,
            SecretBox secrets,
            ObjectMapper json,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            RemoteSettings settings) {
        this.outbox = outbox;
        this.uppers = uppers;
        this.origins = origins;
        this.secrets = secrets;
        this.http = client(settings);
        this.json = json;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settings = settings;
    }

    /** Sends what is due at {@code now}; returns how many messages the other side confirmed. */
    int sendDue(OffsetDateTime now) {
        Set<String> heldBack = new HashSet<>();
        int sent = 0;
        for (RemoteOutbox.Message message : outbox.pending(BATCH)) {
            if (heldBack.contains(message.destination())) {
                continue;
            }
            if (message.nextAttemptAt().isAfter(now)) {
                heldBack.add(message.destination()); // keep the order: nothing to this place before this one
                continue;
            }
            try {
                send(message);
                sent++;
            } catch (RuntimeException e) {
                heldBack.add(message.destination());
                String error = describe(e);
                log.info(
                        "Opinion exchange message {} to {} not delivered: {}",
                        message.id(),
                        message.destination(),
                        error);
                outbox.failed(message.id(), now.plus(settings.backOff(message.attempts() + 1)), error);
            }
        }
        return sent;
    }

    private void send(RemoteOutbox.Message message) {
        if (message.kind() == RemoteOutbox.Kind.UPWARD) {
            sendUpward(message);
        } else {
            sendResult(message);
        }
    }

    private void sendUpward(RemoteOutbox.Message message) {
        RemoteUppers.RemoteUpper upper =
                uppers.find(message.committeeId()).orElseThrow(() -> new NotSendable("no remote upper configured"));
        UpwardDelivery delivery = json.readValue(message.payload(), UpwardDelivery.class);
        Wire.Incoming incoming = Wire.Incoming.of(
                delivery, upper.remoteCommitteeId(), upper.callbackUrl(), secrets.open(upper.callbackTokenCipher()));
        String answer = post(
                upper.baseUrl(),
                Wire.INCOMING_PATH,
                secrets.open(upper.tokenCipher()),
                message,
                json.writeValueAsString(incoming));
        UpwardReceipt receipt = json.readValue(answer, UpwardReceipt.class);
        transaction.executeWithoutResult(status -> {
            outbox.delivered(message.id());
            jdbc.sql("""
                    update opinion_upward set remote_report_id = ?, delivered_at = now()
                     where idempotency_key = ? and committee_id = ?""")
                    .params(receipt.reportId(), delivery.idempotencyKey(), message.committeeId())
                    .update();
        });
    }

    private void sendResult(RemoteOutbox.Message message) {
        RemoteOrigins.RemoteOrigin origin = Optional.ofNullable(message.remoteOriginId())
                .flatMap(origins::byId)
                .orElseThrow(() -> new NotSendable("origin missing"));
        post(
                origin.callbackUrl(),
                Wire.RESULTS_PATH,
                secrets.open(origin.callbackTokenCipher()),
                message,
                message.payload());
        outbox.delivered(message.id());
    }

    private String post(String base, String path, String token, RemoteOutbox.Message message, String body) {
        String answer = http.post()
                .uri(strip(base) + path)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + token)
                .header(Wire.KEY_HEADER, message.idempotencyKey())
                .body(body)
                .retrieve()
                .body(String.class);
        return answer == null ? "" : answer;
    }

    /** Its own client with timeouts, so a peer that hangs cannot stall the sender. */
    private static RestClient client(RemoteSettings settings) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(settings.readTimeout());
        return RestClient.builder().requestFactory(factory).build();
    }

    private static String strip(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String describe(RuntimeException e) {
        if (e instanceof RestClientResponseException response) {
            String body = response.getResponseBodyAsString();
            return "HTTP " + response.getStatusCode().value() + " "
                    + (body.length() > 300 ? body.substring(0, 300) : body);
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** The message cannot be sent as things stand (its configuration is gone); it waits like a failed one. */
    static final class NotSendable extends RuntimeException {
        NotSendable(String reason) {
            super(reason);
        }
    }
}
