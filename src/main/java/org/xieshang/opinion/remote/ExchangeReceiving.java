package org.xieshang.opinion.remote;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.opinion.LevelRef;
import org.xieshang.opinion.OpinionExchange;
import org.xieshang.opinion.OpinionProblems;
import org.xieshang.opinion.Outcome;
import org.xieshang.opinion.UpwardChannel;
import org.xieshang.opinion.UpwardDelivery;
import org.xieshang.opinion.UpwardReceipt;
import org.xieshang.opinion.domain.Upwards;
import org.xieshang.organisation.CommitteeLevel;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.shared.Actor;

/**
 * The receiving end of the API between installations. Who may deliver is decided by the account whose token is used:
 * on the upper installation, an account of the lower committee delivers reports into that committee's upper committee
 * (the copy names the lower committee as this installation knows it); on the lower installation, an account of the
 * committee a report was sent to delivers that report's results. Both then go through the core's idempotent exchange.
 */
@Service
@Transactional
class ExchangeReceiving {

    private final OpinionExchange exchange;
    private final OrganisationDirectory organisation;
    private final RemoteOrigins origins;
    private final RemoteUppers uppers;
    private final Upwards upwards;
    private final SecretBox secrets;
    private final JdbcClient jdbc;
    private final RemoteSettings settings;

    ExchangeReceiving(
            OpinionExchange exchange,
            OrganisationDirectory organisation,
            RemoteOrigins origins,
            RemoteUppers uppers,
            Upwards upwards,
            SecretBox secrets,
            JdbcClient jdbc,
            RemoteSettings settings) {
        this.exchange = exchange;
        this.organisation = organisation;
        this.origins = origins;
        this.uppers = uppers;
        this.upwards = upwards;
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    UpwardReceipt incoming(Actor caller, String key, Wire.Incoming request) {
        checkKey(key);
        CommitteeView lower = committee(caller.committeeId());
        CommitteeView target = committee(request.targetCommitteeId());
        if (!reportsTo(lower, target, request.channel())) {
            throw new RemoteProblems.NotTheUpperCommittee();
        }
        if (!settings.allowsCallback(request.callbackUrl())) {
            throw new RemoteProblems.CallbackNotAllowed();
        }
        // first where it came from: making the copy sends its first result (received) back at once
        long originId = origins.save(new RemoteOrigins.RemoteOrigin(
                0,
                target.id(),
                lower.id(),
                request.originReportId(),
                request.originCommitteeId(),
                key,
                null,
                request.callbackUrl().strip(),
                secrets.seal(request.callbackToken().strip())));
        UpwardReceipt receipt = exchange.receiveUpward(new UpwardDelivery(
                lower.id(),
                lower.name(),
                request.originReportId(),
                target.id(),
                request.channel(),
                key,
                request.report().copied()));
        origins.copyMade(originId, receipt.reportId());
        return receipt;
    }

    boolean result(Actor caller, String key, Wire.Result request) {
        checkKey(key);
        LevelRef level = request.level();
        Outcome outcome = request.outcome();
        if (level.level() == null || outcome.type() == null || outcome.occurredOn() == null) {
            throw new RemoteProblems.IncompleteResult();
        }
        long reportId = request.reportId();
        // only the committee the report was sent to may say what happened to it up there
        if (!upwards.sentTo(reportId, caller.committeeId())) {
            throw OpinionProblems.missing(OpinionProblems.REPORT, reportId);
        }
        return exchange.receiveOutcome(reportId, local(level, reportId, caller.committeeId()), outcome, key);
    }

    /**
     * The level as this installation names it: the upper installation's own committee is the committee the report was
     * sent to here; a level further up is the local committee of the same name and level, when there is one.
     */
    private LevelRef local(LevelRef level, long reportId, long sentTo) {
        long sender = jdbc.sql(
                        "select committee_id from opinion_upward where report_id = ? and target_committee_id = ?")
                .params(reportId, sentTo)
                .query(Long.class)
                .single();
        boolean upperItself = uppers.find(sender)
                .map(u -> u.remoteCommitteeId() == level.committeeId())
                .orElse(false);
        if (upperItself) {
            CommitteeView target = committee(sentTo);
            return new LevelRef(target.id(), target.name(), level.level());
        }
        try {
            return organisation
                    .committeeByName(level.committeeName())
                    .filter(c -> c.level() == level.level())
                    .map(c -> new LevelRef(c.id(), c.name(), c.level()))
                    .orElse(level);
        } catch (IncorrectResultSizeDataAccessException e) {
            return level; // the name is not unique here: keep the level as the other installation names it
        }
    }

    private boolean reportsTo(CommitteeView lower, CommitteeView target, UpwardChannel channel) {
        if (channel == UpwardChannel.NORMAL) {
            return lower.parentId() != null && lower.parentId() == target.id();
        }
        if (!lower.directReportingPoint() || target.level() != CommitteeLevel.NATIONAL) {
            return false;
        }
        CommitteeView step = lower;
        while (step.parentId() != null) {
            step = committee(step.parentId());
            if (step.id() == target.id()) {
                return true;
            }
        }
        return false;
    }

    private CommitteeView committee(long id) {
        return organisation.committee(id).orElseThrow(() -> OpinionProblems.missing(OpinionProblems.COMMITTEE, id));
    }

    private static void checkKey(String key) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw new RemoteProblems.BadKey();
        }
    }
}
