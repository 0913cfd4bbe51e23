package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** One intervention within an option: what it does, for whom, from when, at what cost. */
public record Intervention(
        @JsonProperty(required = true) InterventionType type,
        @JsonPropertyDescription("Label for reports. Default: the type.") String name,
        @JsonPropertyDescription("Partner ids it covers. Default: the option's partners.") List<String> partners,
        @JsonPropertyDescription("Job family ids it covers. Default: every family.") List<String> jobFamilies,
        @JsonPropertyDescription("Month it starts, counted from the appraisal start (0 = first month). Default 0.")
        Integer startMonth,
        @JsonPropertyDescription("Months over which its effects ramp up linearly to full strength, counted from the end "
                + "of the lead-in (leadInMonths). Default 0.") Integer rampUpMonths,
        @JsonPropertyDescription("One-off set-up cost, GBP, incurred in the start month.") Uncertain setupCostGbp,
        @JsonPropertyDescription("Running cost, GBP a year, from the start month on.")
        Uncertain runningCostGbpPerYear,
        @JsonPropertyDescription("True when the running cost is paid to staff (e.g. retention payments): cash to the "
                + "partners, but a transfer, not a resource cost, in the economic case. Default false.")
        Boolean runningCostIsPaymentToStaff,
        @JsonPropertyDescription("What it changes, at full strength.") Effects effects,
        @JsonPropertyDescription("How its effect grows with spend: makes it a lever of the invest-to-save budget "
                + "split.") DoseResponse doseResponse,
        @JsonPropertyDescription("Financial year its money (every field with Gbp, here and in the blocks inside) is "
                + "priced in, e.g. 2022-23; rebased to the price base year with the GDP deflator. Default: the "
                + "price base year.") String priceYear,
        @JsonPropertyDescription("Month it ends, counted like startMonth: from this month its effects stop and its "
                + "running costs are no longer paid (staff already moved stay where they are). Default: it runs to "
                + "the end of the appraisal.") Integer endMonth,
        @JsonPropertyDescription("A stop rule reviewed in each replication: the pilot stops if it is not working.")
        StopRule stopIf,
        @JsonPropertyDescription("Lead-in: months from the start month in which its set-up and running costs are paid "
                + "but it has no effect yet (procurement, systems, staff consultation); the ramp-up starts after it. "
                + "Default 0.") Integer leadInMonths,
        @JsonPropertyDescription("Half-life in months of its effects after its endMonth, when they fade without "
                + "upkeep instead of stopping (an employer's image, say): from the end month its running costs "
                + "stop and its strength halves every this many months. Needs endMonth. Default: effects stop at "
                + "the end month.") Integer decayHalfLifeMonths,
        @JsonPropertyDescription("Posts outside the simulated workforce it removes or adds (HR staff brought into "
                + "one function, say), each at its partner, from its month while it runs.")
        List<StaffCostChange> staffCostChanges) {

    /** An intervention that runs to the end of the appraisal. */
    public Intervention(InterventionType type, String name, List<String> partners, List<String> jobFamilies,
                        Integer startMonth, Integer rampUpMonths, Uncertain setupCostGbp,
                        Uncertain runningCostGbpPerYear, Boolean runningCostIsPaymentToStaff, Effects effects,
                        DoseResponse doseResponse, String priceYear) {
        this(type, name, partners, jobFamilies, startMonth, rampUpMonths, setupCostGbp, runningCostGbpPerYear,
                runningCostIsPaymentToStaff, effects, doseResponse, priceYear, null, null, null, null, null);
    }

    public Intervention {
        partners = partners == null ? null : List.copyOf(partners);
        jobFamilies = jobFamilies == null ? null : List.copyOf(jobFamilies);
        staffCostChanges = staffCostChanges == null ? List.of() : List.copyOf(staffCostChanges);
        startMonth = startMonth == null ? 0 : startMonth;
        rampUpMonths = rampUpMonths == null ? 0 : rampUpMonths;
        leadInMonths = leadInMonths == null ? 0 : leadInMonths;
        setupCostGbp = setupCostGbp == null ? Uncertain.of(0) : setupCostGbp;
        runningCostGbpPerYear = runningCostGbpPerYear == null ? Uncertain.of(0) : runningCostGbpPerYear;
        effects = effects == null ? Effects.NONE : effects;
        runningCostIsPaymentToStaff = runningCostIsPaymentToStaff != null && runningCostIsPaymentToStaff;
    }

    /** Label for reports. */
    public String label() {
        return name != null ? name : type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** Whether it is running in month m: started, and not yet ended. */
    public boolean runsIn(int month) {
        return month >= startMonth && (endMonth == null || month < endMonth);
    }

    /** The month a change of posts takes effect: its own, or the end of the lead-in. */
    public int fromMonthOf(StaffCostChange change) {
        return change.fromMonth() != null ? change.fromMonth() : effectsFromMonth();
    }

    /** The first month it has any effect: the start month plus the lead-in. */
    public int effectsFromMonth() {
        return startMonth + leadInMonths;
    }

    /**
     * Share of full strength in month m: 0 before the start and through the lead-in; rising linearly over
     * the ramp-up that follows the lead-in; from the end 0, or halving every decayHalfLifeMonths.
     */
    public double strengthAt(int month) {
        if (decayHalfLifeMonths != null && endMonth != null && month >= endMonth) {
            // Without upkeep the effect fades: one month's decay already in the first month after the end.
            return rampedStrengthAt(endMonth - 1) * Math.pow(0.5, (month - endMonth + 1) / (double) decayHalfLifeMonths);
        }
        return runsIn(month) ? rampedStrengthAt(month) : 0;
    }

    private double rampedStrengthAt(int month) {
        if (month < effectsFromMonth()) return 0;
        if (rampUpMonths == 0) return 1;
        return Math.min(1.0, (month - effectsFromMonth() + 1) / (double) rampUpMonths);
    }
}
