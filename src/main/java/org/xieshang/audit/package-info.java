/**
 * The audit trail: who did what, when, from where, with a before/after summary, for every change, login, permission
 * denial and export. Entries are append-only (a database trigger refuses changes). Other modules record through
 * {@link org.xieshang.audit.AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
package org.xieshang.audit;
