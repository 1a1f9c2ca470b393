package org.xieshang.text.api;

import org.xieshang.text.TextChanges;

/** The clean text and the counts of what was fixed. */
record NormaliseResponse(String text, TextChanges changes) {}
