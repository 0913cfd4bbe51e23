package org.onepool.model.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Green Book optimism bias by project category. An option's set-up cost (capital, equipment / development)
 * and its running cost (operating, outsourcing) each get their own uplift, raised by
 * {@code uplift x (1 - mitigation)}, with the reason for the mitigation stated per item. The defaults are
 * the published upper bounds (HM Treasury supplementary Green Book guidance on optimism bias, 2003, table 2,
 * from Mott MacDonald 2002): equipment / development capital expenditure 200%, outsourcing operating
 * expenditure 41%. {@code costUplift} and {@code mitigation}, when given, set both items at once. The
 * benefits shortfall cuts each benefit stream's value.
 */
public record OptimismBias(
        @JsonPropertyDescription("One uplift for both kinds of cost (sets setupUplift and runningUplift when they "
                + "are not given).") Uncertain costUplift,
        @JsonPropertyDescription("One mitigation for both kinds of cost, 0 to 1.") Uncertain mitigation,
        @JsonPropertyDescription("Share of the modelled benefits assumed not to materialise, 0 to 1.")
        Uncertain benefitsShortfall,
        @JsonPropertyDescription("Uplift on set-up (capital) costs. Default 2.0: the upper bound for equipment / "
                + "development capital expenditure.") Uncertain setupUplift,
        @JsonPropertyDescription("Share of the set-up uplift mitigated, 0 to 1. Default 0.") Uncertain setupMitigation,
        @JsonPropertyDescription("Why the set-up uplift is mitigated (the evidence), item by item.")
        String setupMitigationBasis,
        @JsonPropertyDescription("Uplift on running (operating) costs. Default 0.41: the upper bound for outsourcing "
                + "operating expenditure.") Uncertain runningUplift,
        @JsonPropertyDescription("Share of the running uplift mitigated, 0 to 1. Default 0.") Uncertain runningMitigation,
        @JsonPropertyDescription("Why the running uplift is mitigated (the evidence), item by item.")
        String runningMitigationBasis) {

    /** Upper bound, equipment / development, capital expenditure (HM Treasury 2003, table 2). */
    public static final double SETUP_UPPER_BOUND = 2.0;
    /** Upper bound, outsourcing, operating expenditure (HM Treasury 2003, table 2). */
    public static final double RUNNING_UPPER_BOUND = 0.41;
    public static final OptimismBias NONE = new OptimismBias(Uncertain.of(0), Uncertain.of(0), null, null, null,
            null, null, null, null);
    public static final OptimismBias DEFAULTS = new OptimismBias(null, null, null, null, null, null, null, null, null);

    public OptimismBias {
        benefitsShortfall = benefitsShortfall == null ? Uncertain.of(0) : benefitsShortfall;
    }

    private static final Uncertain SETUP_DEFAULT = Uncertain.of(SETUP_UPPER_BOUND);
    private static final Uncertain RUNNING_DEFAULT = Uncertain.of(RUNNING_UPPER_BOUND);
    private static final Uncertain NO_MITIGATION = Uncertain.of(0);

    /** The set-up uplift that applies: its own, else the common one, else the published upper bound. */
    public Uncertain setupUpliftInForce() {
        return setupUplift != null ? setupUplift : costUplift != null ? costUplift : SETUP_DEFAULT;
    }

    public Uncertain runningUpliftInForce() {
        return runningUplift != null ? runningUplift : costUplift != null ? costUplift : RUNNING_DEFAULT;
    }

    public Uncertain setupMitigationInForce() {
        return setupMitigation != null ? setupMitigation : mitigation != null ? mitigation : NO_MITIGATION;
    }

    public Uncertain runningMitigationInForce() {
        return runningMitigation != null ? runningMitigation : mitigation != null ? mitigation : NO_MITIGATION;
    }
}
