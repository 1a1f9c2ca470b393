package org.xieshang.organisation.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xieshang.organisation.CommitteeLevel;
import org.xieshang.organisation.domain.CommitteeDetails;

/**
 * A committee to create (with {@code parentId} and {@code level}, which must be one level below the parent) or the new
 * state of one (with {@code version}; parent and level cannot change). Left out, the flag is false and the order 0.
 */
record CommitteeRequest(
        @NotNull(groups = OnCreate.class, message = "{organisation.validation.parent}")
        Long parentId,

        @NotNull(groups = OnCreate.class, message = "{organisation.validation.level}")
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

        @Min(value = 0, message = "{organisation.validation.sortOrder}")
        Integer sortOrder,

        @NotNull(groups = OnUpdate.class, message = "{organisation.validation.version}")
        Integer version) {

    CommitteeDetails details() {
        return new CommitteeDetails(
                name.strip(),
                shortName.strip(),
                region.strip(),
                Boolean.TRUE.equals(directReportingPoint),
                sortOrder == null ? 0 : sortOrder);
    }
}
