package org.xieshang.organisation.api;

/** Validation group of POST requests that place the new record (a committee's parent and level). */
interface OnCreate {}
