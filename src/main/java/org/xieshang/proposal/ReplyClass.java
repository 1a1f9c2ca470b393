package org.xieshang.proposal;

/** A: solved or adopted 已解决或采纳; B: being solved or planned 正在解决或列入计划; C: kept for reference 留作参考. */
public enum ReplyClass {
    A,
    B,
    C
}
