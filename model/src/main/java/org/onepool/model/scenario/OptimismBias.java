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

    /** Published lower bound, equipment / development, capital expenditure (HM Treasury 2003, table 2). */
    public static final double SETUP_LOWER_BOUND = 0.10;
    /** Published lower bound, outsourcing, operating expenditure (HM Treasury 2003, table 2). */
    public static final double RUNNING_LOWER_BOUND = 0;

    /**
     * An item neither stated on its own nor through the common costUplift / mitigation takes its default,
     * so that it is a row of the assumptions register with its source and grade.
     */
    public OptimismBias {
        benefitsShortfall = benefitsShortfall == null ? Defaults.NO_BENEFITS_SHORTFALL : benefitsShortfall;
        if (costUplift == null) {
            setupUplift = setupUplift == null ? Defaults.SETUP_UPLIFT : setupUplift;
            runningUplift = runningUplift == null ? Defaults.RUNNING_UPLIFT : runningUplift;
        }
        if (mitigation == null) {
            setupMitigation = setupMitigation == null ? Defaults.NO_MITIGATION : setupMitigation;
            runningMitigation = runningMitigation == null ? Defaults.NO_MITIGATION : runningMitigation;
        }
    }

    private static final Uncertain SETUP_DEFAULT = Defaults.SETUP_UPLIFT;
    private static final Uncertain RUNNING_DEFAULT = Defaults.RUNNING_UPLIFT;
    private static final Uncertain NO_MITIGATION = Defaults.NO_MITIGATION;

    /**
     * The range the tornado sweeps an uplift stated as a single value over: its project category's published
     * lower and upper bounds. Set-up is equipment / development capital expenditure (10% to 200%), running is
     * outsourcing operating expenditure (0% to 41%); a common uplift takes the category whose upper bound is
     * nearer its value. Null for an uplift given as a distribution (it is sampled and screened like any other).
     */
    public double[] sweptRange(Uncertain uplift) {
        if (uplift == null || !uplift.isFixed()) return null;
        double[] setup = {SETUP_LOWER_BOUND, SETUP_UPPER_BOUND};
        double[] running = {RUNNING_LOWER_BOUND, RUNNING_UPPER_BOUND};
        if (uplift == setupUpliftInForce() && uplift != runningUpliftInForce()) return setup;
        if (uplift == runningUpliftInForce() && uplift != setupUpliftInForce()) return running;
        double v = uplift.value();
        return Math.abs(v - SETUP_UPPER_BOUND) < Math.abs(v - RUNNING_UPPER_BOUND) ? setup : running;
    }

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
