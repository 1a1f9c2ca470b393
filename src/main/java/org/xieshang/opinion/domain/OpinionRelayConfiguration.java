package org.xieshang.opinion.domain;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xieshang.opinion.LevelRef;
import org.xieshang.opinion.OpinionExchange;
import org.xieshang.opinion.OpinionRelay;
import org.xieshang.opinion.Outcome;
import org.xieshang.opinion.UpwardDelivery;
import org.xieshang.opinion.UpwardReceipt;

/**
 * Delivers within this installation, in the sender's transaction: the upper committee's exchange is called directly.
 * A transport to remote installations declares a {@code @Primary} {@link OpinionRelay} that sends to remote
 * committees and hands the others to this bean ({@code localOpinionRelay}).
 */
@Configuration(proxyBeanMethods = false)
class OpinionRelayConfiguration {

    @Bean
    OpinionRelay localOpinionRelay(ObjectProvider<OpinionExchange> exchange) {
        // the exchange records outcomes through this relay, so it is looked up when first used, not at start-up
        return new OpinionRelay() {
            @Override
            public UpwardReceipt deliverUpward(UpwardDelivery delivery) {
                return exchange.getObject().receiveUpward(delivery);
            }

            @Override
            public void deliverOutcome(
                    long toCommitteeId, long reportId, LevelRef level, Outcome outcome, String idempotencyKey) {
                exchange.getObject().receiveOutcome(reportId, level, outcome, idempotencyKey);
            }
        };
    }
}
