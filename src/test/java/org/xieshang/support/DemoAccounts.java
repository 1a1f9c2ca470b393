package org.xieshang.support;

import java.util.List;

/** The demo accounts the README lists (password {@code Xieshang@2022}), for tests that go through all of them. */
public final class DemoAccounts {

    public static final List<String> ALL = List.of(
            "admin",
            "staff",
            "info",
            "member",
            "member2",
            "unit",
            "unit2",
            "supervisor",
            "leader",
            "officer",
            "sc-staff");

    private DemoAccounts() {}
}
