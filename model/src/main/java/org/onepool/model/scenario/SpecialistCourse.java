package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A course that grants a skill. */
public record SpecialistCourse(
        @JsonProperty(required = true) String id,
        String name,
        @JsonProperty(required = true) @JsonPropertyDescription("Skill the course grants.") String skill,
        @JsonProperty(required = true) @JsonPropertyDescription("Cost per learner, GBP.") Uncertain costGbp,
        @JsonPropertyDescription("Months to complete. Default 3.") Integer months) {

    public SpecialistCourse {
        months = months == null ? 3 : months;
    }
}
