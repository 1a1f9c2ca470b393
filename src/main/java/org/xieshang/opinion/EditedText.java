package org.xieshang.opinion;

/** The information office's edit 核稿: the standard title, the edited body and suggestions. */
public record EditedText(String title, String body, String suggestions) {}
