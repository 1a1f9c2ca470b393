package org.xieshang.shared;

/**
 * An entry of the main navigation, contributed by a module as a bean. Shown to users holding {@code permission}
 * (null: every signed-in user). {@code labelKey} is a message-bundle key.
 */
public record NavigationItem(String labelKey, String href, String permission, int order) {}
