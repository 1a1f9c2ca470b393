package org.xieshang.organisation.demo;

import org.xieshang.organisation.CommitteeLevel;

/** A committee of the demo file once inserted: its key in the files, id, level and the prefix of its bodies' names. */
record DemoCommittee(String key, long id, CommitteeLevel level, String prefix) {}
