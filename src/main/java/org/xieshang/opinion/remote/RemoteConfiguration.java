package org.xieshang.opinion.remote;

import java.net.http.HttpClient;
import java.time.OffsetDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.xieshang.opinion.OpinionRelay;
import tools.jackson.databind.ObjectMapper;

/**
 * Wires the transport between installations in front of the in-process relay, and the HTTP client it sends with
 * (timeouts, so a peer that hangs cannot stall the sender).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RemoteSettings.class)
class RemoteConfiguration {

    @Bean
    @Primary
    OpinionRelay remoteOpinionRelay(
            @Qualifier("localOpinionRelay") OpinionRelay local,
            RemoteUppers uppers,
            RemoteOrigins origins,
            RemoteOutbox outbox,
            ObjectMapper json) {
        return new RemoteRelay(local, uppers, origins, outbox, json);
    }

    @Bean
    RestClient remoteHttp(RemoteSettings settings) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(settings.readTimeout());
        return RestClient.builder().requestFactory(factory).build();
    }

    /** Sends the outbox at a short interval, on one node at a time. */
    @Component
    static class RemoteJob {

        private final RemoteSender sender;

        RemoteJob(RemoteSender sender) {
            this.sender = sender;
        }

        @Scheduled(
                fixedDelayString = "${xieshang.opinion-remote.interval:PT10S}",
                initialDelayString = "${xieshang.opinion-remote.interval:PT10S}")
        @SchedulerLock(name = "opinion-remote-outbox", lockAtMostFor = "PT10M")
        public void send() {
            sender.sendDue(OffsetDateTime.now());
        }
    }
}
