package org.xieshang.organisation.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xieshang.organisation.CommitteeLevel;
import org.xieshang.organisation.domain.Committee;
import org.xieshang.organisation.domain.CommitteeDetails;

/** The committee form; {@code level} is fixed by the parent on creation and not editable afterwards. */
record CommitteeForm(
        CommitteeLevel level,

        @NotBlank(message = "{organisation.validation.name}")
        @Size(max = 100, message = "{organisation.validation.size}")
        String name,

        @NotBlank(message = "{organisation.validation.shortName}")
        @Size(max = 40, message = "{organisation.validation.size}")
        String shortName,

        @NotBlank(message = "{organisation.validation.region}")
        @Size(max = 60, message = "{organisation.validation.size}")
        String region,

        Boolean directReportingPoint,

        @NotNull(message = "{organisation.validation.sortOrder}")
        @Min(value = 0, message = "{organisation.validation.sortOrder}")
        Integer sortOrder,

        Integer version) {

    static CommitteeForm of(Committee c) {
        return new CommitteeForm(
                c.level(), c.name(), c.shortName(), c.region(), c.directReportingPoint(), c.sortOrder(), c.version());
    }

    static CommitteeForm below(Committee parent) {
        return new CommitteeForm(parent.level().below(), "", "", "", false, 0, null);
    }

    CommitteeDetails details() {
        return new CommitteeDetails(
                name.strip(), shortName.strip(), region.strip(), Boolean.TRUE.equals(directReportingPoint), sortOrder);
    }
}
