package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A partner organisation and its workforce. */
public record Partner(
        @JsonProperty(required = true) @JsonPropertyDescription("Short identifier used elsewhere in the file.")
        String id,
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) PartnerType type,
        Location location,
        @JsonPropertyDescription("Whether the partner's staff sit behind a vetting wall and never move to or from "
                + "other partners. Default: true for police, false otherwise.") Boolean vettingWall,
        @JsonProperty(required = true) @JsonPropertyDescription("Staff by job family.") List<Workforce> workforce,
        @JsonPropertyDescription("This partner's recruitment, if it differs from the scenario-wide block.")
        Recruitment recruitment,
        @JsonPropertyDescription("This partner's training, if it differs from the scenario-wide block.")
        Training training,
        @JsonPropertyDescription("Cost of one compulsory redundancy, GBP: the statutory part (or the whole cost when "
                + "redundancyEnhancementGbp is not stated). Default 25000.")
        Uncertain redundancyCostGbp,
        @JsonPropertyDescription("Financial year its money (every field with Gbp, here and in the blocks inside) is "
                + "priced in, e.g. 2022-23; rebased to the price base year with the GDP deflator. Default: the "
                + "price base year.") String priceYear,
        @JsonPropertyDescription("Contractual enhancement paid on top of redundancyCostGbp for one compulsory "
                + "redundancy, GBP (the partner's discretionary compensation policy). Default 0: statutory only.")
        Uncertain redundancyEnhancementGbp,
        @JsonPropertyDescription("Pension strain the partner pays its pension fund for one redundancy of a member "
                + "of staff aged pensionStrainFromAgeYears or over, GBP (in the LGPS, redundancy at 55 or over "
                + "releases an unreduced pension); an average over such cases, members or not. Cash to the "
                + "partner; a transfer, not a resource cost, in the economic case. Default 0: not costed.")
        Uncertain pensionStrainGbp,
        @JsonPropertyDescription("Age from which a redundancy releases the pension (and costs pensionStrainGbp), "
                + "in years. Default 55 (the LGPS; the minimum pension age rises to 57 in April 2028).")
        Integer pensionStrainFromAgeYears) {

    public Partner {
        vettingWall = vettingWall == null ? Boolean.valueOf(type == PartnerType.POLICE) : vettingWall;
        workforce = workforce == null ? null : List.copyOf(workforce);
        redundancyCostGbp = redundancyCostGbp == null ? Defaults.REDUNDANCY_COST_GBP : redundancyCostGbp;
        pensionStrainFromAgeYears = pensionStrainFromAgeYears == null ? 55 : pensionStrainFromAgeYears;
    }

    public int headcount() {
        return workforce == null ? 0 : workforce.stream().mapToInt(Workforce::headcount).sum();
    }
}
