package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who pays a funded lever's running costs once the budget period ends, and so what becomes of its effect. */
public enum LeverAfterBudget {
    /** The partners pay the running costs from then on and the lever keeps the effect it had reached. */
    @JsonProperty("partnersFund") PARTNERS_FUND,
    /** The lever closes: no running costs, and the effect lasts as effectLastsYears says, then ends. */
    @JsonProperty("closes") CLOSES
}
