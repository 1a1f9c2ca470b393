package org.xieshang.text;

/** Clean text and what was fixed to get it. */
public record NormalisedText(String text, TextChanges changes) {}
