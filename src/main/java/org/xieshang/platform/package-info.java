/**
 * Infrastructure every module stands on: the embedded PostgreSQL server that runs by default (or the external database
 * named by {@code XIESHANG_DB_URL}), and the ordered loading of the demo dataset that each module contributes to.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.xieshang.platform;
