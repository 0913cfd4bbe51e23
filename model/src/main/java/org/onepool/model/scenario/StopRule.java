package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * A pilot's stop rule: at the review month, in each replication, the intervention stops (its effects end, its
 * running costs are no longer paid, its wind-down cost is paid that month) unless its indicator is down by at
 * least the stated share against business as usual in that same replication, over the staff it covers, from
 * month 0 to the month before the review.
 */
public record StopRule(
        @JsonProperty(required = true) @JsonPropertyDescription("What is reviewed: vacancyMonths (open vacancies "
                + "summed over the months).") StopIndicator indicator,
        @JsonProperty(required = true) @JsonPropertyDescription("Share, 0 to 1: the intervention stops unless the "
                + "indicator is down by at least this against business as usual, e.g. 0.05.") Double reductionBelow,
        @JsonProperty(required = true) @JsonPropertyDescription("Month of the review, counted from the appraisal "
                + "start; after the intervention's start.") Integer reviewMonth,
        @JsonPropertyDescription("One-off cost of winding down, GBP, paid in the review month if it stops. "
                + "Default 0.") Uncertain windDownCostGbp) {

    public StopRule {
        windDownCostGbp = windDownCostGbp == null ? Uncertain.of(0) : windDownCostGbp;
    }

    /** What a stop rule reviews. */
    public enum StopIndicator {
        /** Open vacancies summed over the months reviewed. */
        @JsonProperty("vacancyMonths") VACANCY_MONTHS;

        /** The indicator's name as the scenario file spells it. */
        public String id() {
            return "vacancyMonths";
        }
    }
}
