package org.xieshang.opinion.remote;

import java.time.OffsetDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xieshang.opinion.OpinionRelay;
import tools.jackson.databind.ObjectMapper;

/** Wires the transport between installations in front of the in-process relay, and the job that sends the outbox. */
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
