package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a ledger line is made of: money a budget pays out (cash), staff time valued at pay and on-costs
 * (time that is freed is not money saved unless posts are removed), or the value of service lost or gained
 * (never in any budget).
 */
public enum ResourceType {
    @JsonProperty("cash") CASH("cash"),
    @JsonProperty("staffTime") STAFF_TIME("staffTime"),
    @JsonProperty("serviceValue") SERVICE_VALUE("serviceValue");

    private final String id;

    ResourceType(String id) {
        this.id = id;
    }

    /** The name used in outputs. */
    public String id() {
        return id;
    }
}
