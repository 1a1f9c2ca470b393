/**
 * The organisation a committee works in: the committee tree (national → provincial → municipal → county) with terms
 * and meetings, sectors, special committees, parties and people's organisations, handling units, and the
 * administrative-division tree. Other modules read it through {@link org.xieshang.organisation.OrganisationDirectory}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "audit"})
package org.xieshang.organisation;
