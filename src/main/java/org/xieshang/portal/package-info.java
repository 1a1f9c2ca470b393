/**
 * The public portal 公开门户: pages anyone may read without signing in. It shows the proposal replies the proposers
 * agreed to publish (with contacts redacted once more on the way out) and takes proposal clues from the public through
 * a rate-limited form. It owns no business records except the clue form's rate-limit counts; everything else goes
 * through the proposal module's public API. The committee shown is configured ({@code xieshang.portal.committee}).
 * For the proposal office it also serves the screening of clues into the topic catalogue and the catalogue members
 * read ({@code /proposals/clues}, {@code /proposals/topics}), since the proposal module has no pages of its own yet.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "platform", "audit", "proposal", "organisation"})
package org.xieshang.portal;
