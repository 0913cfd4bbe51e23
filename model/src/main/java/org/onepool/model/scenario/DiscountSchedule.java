package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which discount-rate schedule the appraisal uses. */
public enum DiscountSchedule {
    /** HM Treasury Green Book social time preference rate: 3.5% for years 0-30, declining after. */
    @JsonProperty("greenBook") GREEN_BOOK("greenBook"),
    /** Green Book health variant: 1.5% for years 0-30, declining after. */
    @JsonProperty("greenBookHealth") GREEN_BOOK_HEALTH("greenBookHealth"),
    /** The scenario's own bands. */
    @JsonProperty("custom") CUSTOM("custom");

    private final String id;

    DiscountSchedule(String id) {
        this.id = id;
    }

    /** The name used in scenario files and outputs. */
    public String id() {
        return id;
    }
}
