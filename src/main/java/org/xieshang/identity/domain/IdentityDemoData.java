package org.xieshang.identity.domain;

import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.xieshang.identity.Role;
import org.xieshang.member.MemberDirectory;
import org.xieshang.member.MemberSummary;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.NamedRef;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.platform.DemoDataset;

/**
 * One demo account per role in 泸州市政协, plus a staff account of 四川省政协 for work reported upward. The accounts
 * and their common password are listed in the README; they exist only in demo mode.
 */
@Component
class IdentityDemoData implements DemoDataset {

    static final String PASSWORD = "Xieshang@2022";

    private final UserAccounts accounts;
    private final OrganisationDirectory organisation;
    private final PasswordEncoder encoder;
    private final MemberDirectory members;

    IdentityDemoData(
            UserAccounts accounts,
            OrganisationDirectory organisation,
            PasswordEncoder encoder,
            MemberDirectory members) {
        this.accounts = accounts;
        this.organisation = organisation;
        this.encoder = encoder;
        this.members = members;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void load() {
        organisation.committeeByName("政协泸州市委员会").ifPresent(this::loadLuzhou);
        organisation
                .committeeByName("中国人民政治协商会议四川省委员会")
                .ifPresent(c -> add(c.id(), "sc-staff", "省政协信息处工作人员", null, null, "信息处", false, Role.STAFF));
    }

    private void loadLuzhou(CommitteeView luzhou) {
        long id = luzhou.id();
        List<Long> memberIds =
                members.list(id, 2).stream().map(MemberSummary::id).toList();
        List<NamedRef> units = organisation.handlingUnits(id);
        add(id, "admin", "平台管理员", null, null, "办公室", true, Role.ADMIN);
        add(id, "staff", "提案委工作人员", null, null, "提案委员会办公室", false, Role.STAFF);
        add(id, "info", "信息处工作人员", null, null, "研究室（信息处）", false, Role.STAFF);
        add(id, "member", "委员（演示）", first(memberIds, 0), null, null, false, Role.MEMBER);
        add(id, "member2", "委员二（演示）", first(memberIds, 1), null, null, false, Role.MEMBER);
        add(id, "unit", "市发展改革委经办人", null, unit(units, "市发展改革委"), null, false, Role.HANDLING_UNIT);
        add(id, "unit2", "市教育局经办人", null, unit(units, "市教育局"), null, false, Role.HANDLING_UNIT);
        add(id, "supervisor", "市政府督查室", null, null, "市政府督查室", false, Role.SUPERVISOR);
        add(id, "leader", "秘书长（演示）", null, null, "秘书长", true, Role.LEADER);
        add(id, "officer", "特邀信息员（演示）", null, null, null, false, Role.INFORMATION_OFFICER);
    }

    private void add(
            long committeeId,
            String username,
            String name,
            Long memberId,
            Long unitId,
            String post,
            boolean spans,
            Role role) {
        if (accounts.byUsername(username).isEmpty()) {
            accounts.insert(
                    new NewAccount(committeeId, username, name, memberId, unitId, post, spans, Set.of(role)),
                    encoder.encode(PASSWORD));
        }
    }

    private static Long first(List<Long> ids, int index) {
        return ids.size() > index ? ids.get(index) : null;
    }

    private static Long unit(List<NamedRef> units, String name) {
        return units.stream()
                .filter(u -> u.name().equals(name))
                .map(NamedRef::id)
                .findFirst()
                .orElse(units.isEmpty() ? null : units.get(0).id());
    }
}
