package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * A contractor's terms with the council that commissions it: whether its staff may join the pool, and
 * whether its costs are the council's.
 *
 * @param commissionedBy          the id of the commissioning partner (not itself a contractor)
 * @param staffPoolable           whether the contract lets the contractor's staff into the partnership's
 *                                options; if not, no option reaches them and the contractor pays nothing
 * @param costsFallToCommissioner whether the contractor's costs (its workforce's pay, vacancies, agency
 *                                cover, recruitment and training, and its share of option costs) are
 *                                passed to the commissioning council (an open-book or cost-plus contract)
 */
public record Contract(
        @JsonProperty(required = true) @JsonPropertyDescription("Id of the partner (a council) that commissions "
                + "the contractor.") String commissionedBy,
        @JsonPropertyDescription("Whether the contract lets the contractor's staff into the partnership's options "
                + "(pooling, and the other interventions). Default false: no option reaches them and the "
                + "contractor pays nothing towards one.") Boolean staffPoolable,
        @JsonPropertyDescription("Whether the contractor's costs fall to the commissioning council (open-book or "
                + "cost-plus terms): its pay bill, vacancies, agency cover, recruitment and training, and its share of "
                + "an option's costs are booked to the council in both cases. Default false.")
        Boolean costsFallToCommissioner) {

    public Contract {
        staffPoolable = staffPoolable != null && staffPoolable;
        costsFallToCommissioner = costsFallToCommissioner != null && costsFallToCommissioner;
    }
}
