package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kind of public body a partner is. */
public enum PartnerType {
    @JsonProperty("county") COUNTY,
    @JsonProperty("district") DISTRICT,
    @JsonProperty("unitary") UNITARY,
    @JsonProperty("nhs") NHS,
    @JsonProperty("police") POLICE,
    @JsonProperty("fire") FIRE,
    @JsonProperty("college") COLLEGE,
    @JsonProperty("university") UNIVERSITY,
    @JsonProperty("thirdSector") THIRD_SECTOR,
    /** A company a council commissions: in the partnership only on its contract's terms ({@link Contract}). */
    @JsonProperty("contractor") CONTRACTOR
}
