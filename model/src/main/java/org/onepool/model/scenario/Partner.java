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
        Integer pensionStrainFromAgeYears,
        @JsonPropertyDescription("For a contractor (required): the terms of its contract with the council that "
                + "commissions it.") Contract contract) {

    /** A partner that is not a contractor. */
    public Partner(String id, String name, PartnerType type, Location location, Boolean vettingWall,
                   List<Workforce> workforce, Recruitment recruitment, Training training, Uncertain redundancyCostGbp,
                   String priceYear) {
        this(id, name, type, location, vettingWall, workforce, recruitment, training, redundancyCostGbp, priceYear,
                null, null, null, null);
    }

    public Partner {
        vettingWall = vettingWall == null ? Boolean.valueOf(type == PartnerType.POLICE) : vettingWall;
        workforce = workforce == null ? null : List.copyOf(workforce);
        redundancyCostGbp = redundancyCostGbp == null ? Defaults.REDUNDANCY_COST_GBP : redundancyCostGbp;
        pensionStrainFromAgeYears = pensionStrainFromAgeYears == null ? 55 : pensionStrainFromAgeYears;
    }

    /**
     * Whether options may reach this partner's staff and ask it to pay: every partner but a contractor whose
     * contract keeps its staff out of the partnership.
     */
    public boolean inPartnership() {
        return type != PartnerType.CONTRACTOR || contract != null && contract.staffPoolable();
    }

    /** The id of the partner whose budget bears this partner's costs: the commissioner's where the contract says. */
    public String payerId() {
        return type == PartnerType.CONTRACTOR && contract != null && contract.costsFallToCommissioner()
                ? contract.commissionedBy() : id;
    }

    public int headcount() {
        return workforce == null ? 0 : workforce.stream().mapToInt(Workforce::headcount).sum();
    }
}
