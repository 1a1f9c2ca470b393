/**
 * The web shell: page layout and navigation by role, display preferences, message bundles, and the translation of
 * every failure into a Chinese error page or an RFC 9457 problem document that never shows an exception message.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "platform", "identity", "audit", "text", "notification"})
package org.xieshang.web;
