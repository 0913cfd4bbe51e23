package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * The invest-to-save question: how to spread a budget over an option's levers (interventions with a
 * dose-response), its partners and the first years, in tranches, under an annual cap. The command line
 * may override any of these.
 */
public record BudgetSplit(
        @JsonProperty(required = true) @JsonPropertyDescription("Id of the option whose levers share the budget.")
        String option,
        @JsonProperty(required = true) @JsonPropertyDescription("The budget, GBP.") Double budgetGbp,
        @JsonProperty(required = true) @JsonPropertyDescription("Years, from the appraisal start, it is spent over.")
        Integer years,
        @JsonPropertyDescription("Size of one tranche, GBP: the unit the budget is split in. Default 10000.")
        Double trancheGbp,
        @JsonPropertyDescription("Most that may be spent in any one year, GBP. Default: no cap.") Double annualCapGbp,
        @JsonPropertyDescription("Financial year its money (every field with Gbp, here and in the blocks inside) is "
                + "priced in, e.g. 2022-23; rebased to the price base year with the GDP deflator. Default: the "
                + "price base year.") String priceYear) {

    public BudgetSplit {
        trancheGbp = trancheGbp == null ? 10_000.0 : trancheGbp;
    }
}
