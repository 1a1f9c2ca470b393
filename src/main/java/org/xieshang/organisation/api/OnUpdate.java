package org.xieshang.organisation.api;

/** Validation group of PUT requests: they must carry the version they were read at. */
interface OnUpdate {}
