package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Why staff leave (retirement apart), as shares of leavers. The default follows the order the 2003
 * Oxfordshire leaver survey gives: career development first, then pay, then relocation.
 */
public record LeaverReasons(
        @JsonPropertyDescription("Lack of career development.") Double career,
        Double pay,
        Double relocation,
        Double other) {

    public static final LeaverReasons DEFAULT = new LeaverReasons(0.35, 0.25, 0.15, 0.25);

    public LeaverReasons {
        career = career == null ? 0.0 : career;
        pay = pay == null ? 0.0 : pay;
        relocation = relocation == null ? 0.0 : relocation;
        other = other == null ? 0.0 : other;
    }

    public double total() {
        return career + pay + relocation + other;
    }
}
