/**
 * Small value types every module may use: the business exception with its stable code, the signed-in actor, paging,
 * and navigation entries. Nothing here touches the database.
 */
@org.springframework.modulith.ApplicationModule
package org.xieshang.shared;
