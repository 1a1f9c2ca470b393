package org.xieshang.text.api;

import org.xieshang.text.Script;

/** The converted text and the script it is now in. */
record ConvertResponse(String text, Script script) {}
