package org.xieshang.portal.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's settings ({@code xieshang.portal.*}): which committee's replies and clues the public pages serve (by
 * the committee's full name, set in application.yml), and how many clues one client address, or one contact, may leave per window.
 */
@ConfigurationProperties("xieshang.portal")
public record PortalSettings(
        String committee,
        @DefaultValue("5") int cluesPerWindow,
        @DefaultValue("PT1H") Duration clueWindow) {}
