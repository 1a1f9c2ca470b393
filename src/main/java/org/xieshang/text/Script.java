package org.xieshang.text;

/** The two ways of writing Chinese the platform shows. */
public enum Script {
    SIMPLIFIED,
    TRADITIONAL
}
