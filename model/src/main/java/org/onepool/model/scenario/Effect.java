package org.onepool.model.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every kind of effect an intervention can state, each declared once: its name in the scenario file and
 * its label in reports, its unit and valid range (values outside it are refused; draws from a
 * distribution's tails are clamped to it), its value when left out, how the effects of several
 * interventions on the same staff combine, how it ramps up, which phase of the month reads it, and its
 * description in the schema. Validation, sampling, the schema, the assumptions register and the
 * simulation all read these declarations: a new effect is one constant here and the line in the phase
 * that uses it (and its row in model/ODD.md's table of effects, which a test holds to these). The order
 * of the constants is the order effects are registered and sampled in; a new one goes last.
 */
public enum Effect {
    LEAVING_RATE_REDUCTION("leavingRateReduction", "leaving rate reduction", Range.SHARE,
            Combination.keep(), Phase.LEAVING,
            "Relative reduction in the leaving hazard of covered staff."),
    /**
     * Career paths act only through the moves they simulate (a move ends stagnation): stating this effect
     * on them too would count the same causal route twice, so they may not (model/ODD.md).
     */
    CAREER_LEAVING_REDUCTION("careerLeavingReduction", "career leaving reduction", Range.SHARE,
            Combination.keep().notFor(InterventionType.CAREER_PATHS), Phase.LEAVING,
            "Relative reduction in career-driven leaving from development that moves nobody (not career paths, "
                    + "whose effect is the moves they simulate)."),
    ENGAGED_SHARE_GAIN("engagedShareGain", "engaged share gain", Range.SHARE,
            Combination.gain(), Phase.LEAVING,
            "Rise in the share of engaged staff, in points (0.05 = 5 points)."),
    CAMPAIGN_COST_REDUCTION("campaignCostReduction", "campaign cost reduction", Range.SHARE,
            Combination.keep(), Phase.RECRUITMENT,
            "Relative reduction in advertising and admin cost per campaign."),
    CHECKS_COST_REDUCTION("checksCostReduction", "checks cost reduction", Range.SHARE,
            Combination.keep(), Phase.RECRUITMENT,
            "Relative reduction in pre-employment check cost (shared checks)."),
    /** At most 95% off: a campaign still takes some time. */
    TIME_TO_FILL_REDUCTION("timeToFillReduction", "time to fill reduction", Range.SHARE,
            Combination.keepAtMostOff(0.95), Phase.RECRUITMENT,
            "Relative reduction in time to fill."),
    CAMPAIGN_FAILURE_REDUCTION("campaignFailureReduction", "campaign failure reduction", Range.SHARE,
            Combination.keep(), Phase.RECRUITMENT,
            "Relative reduction in the chance a campaign fails."),
    /** A centre's batch size is whole from its start: it does not ramp; the largest centre's applies. */
    VACANCIES_PER_SHARED_ADVERT("vacanciesPerSharedAdvert", "vacancies per shared advert",
            new Range(1, 50, 3, Unit.VACANCIES),
            Combination.maximum().notRamped().onlyFor(InterventionType.SHARED_RECRUITMENT), Phase.RECRUITMENT,
            "Shared recruitment: vacancies of one job family (across partners) one advert serves."),
    RUNNERS_UP_PER_CAMPAIGN("runnersUpPerCampaign", "runners up per campaign", new Range(0, 50, 0, Unit.PEOPLE),
            Combination.gain().onlyFor(InterventionType.TALENT_BANK), Phase.RECRUITMENT,
            "Talent bank: runners-up each campaign leaves in the bank for posts of the same family and grade."),
    TALENT_BANK_MONTHS("talentBankMonths", "talent bank (months)", new Range(0, 60, 0, Unit.MONTHS),
            Combination.maximum().onlyFor(InterventionType.TALENT_BANK), Phase.MOBILITY,
            "Months a runner-up stays in the talent bank."),
    TRAINING_COST_REDUCTION("trainingCostReduction", "training cost reduction", Range.SHARE,
            Combination.keep(), Phase.TRAINING,
            "Relative reduction in generic training cost (joint unit)."),
    INDUCTION_COST_REDUCTION("inductionCostReduction", "induction cost reduction", Range.SHARE,
            Combination.keep(), Phase.TRAINING,
            "Relative reduction in induction cost (shared induction)."),
    AGENCY_PREMIUM_REDUCTION("agencyPremiumReduction", "agency premium reduction", Range.SHARE,
            Combination.keep(), Phase.COVER,
            "Relative reduction in the agency premium (shared temporary staffing bank)."),
    /** A scheme's intake is for all the staff it covers: each partner-family gets its share of their posts. */
    ENTRANTS_PER_YEAR("entrantsPerYear", "entrants per year", new Range(0, 10_000, 0, Unit.PEOPLE_A_YEAR),
            Combination.gain().splitOverPosts().onlyFor(InterventionType.GRADUATE_SCHEME), Phase.DEMAND,
            "Entrants a year a joint graduate scheme or apprenticeship takes on: they train (trainingMonths), "
                    + "and each who completes is guaranteed a grade-1 post at a partner in the scheme, or a "
                    + "supernumerary post at the grade-1 salary until one opens."),
    /** Defaults are assumptions (no published acceptance rate for re-offered runners-up was found). */
    RUNNER_UP_ACCEPTANCE("runnerUpAcceptance", "runner-up acceptance", new Range(0, 1, 0.5, Unit.SHARE),
            Combination.maximum().notRamped().onlyFor(InterventionType.TALENT_BANK), Phase.MOBILITY,
            "Talent bank: chance a runner-up offered a post the month of their interview accepts it."),
    RUNNER_UP_ACCEPTANCE_DECLINE("runnerUpAcceptanceDeclinePerMonth", "runner-up acceptance decline a month",
            new Range(0, 1, 0.1, Unit.SHARE),
            Combination.maximum().notRamped().onlyFor(InterventionType.TALENT_BANK), Phase.MOBILITY,
            "Talent bank: relative fall in that chance for each month since the interview (they find other work)."),
    TALENT_BANK_SELECTION_COST_SHARE("talentBankSelectionCostShare", "talent bank selection cost share",
            new Range(0, 1, 0.5, Unit.SHARE),
            Combination.maximum().notRamped().onlyFor(InterventionType.TALENT_BANK), Phase.MOBILITY,
            "Talent bank: share of the partner's campaign admin cost (adminGbp) a hire from the bank still costs "
                    + "(references, offer, manager time)."),
    /**
     * Suitable applicants per campaign are Poisson with mean λ, so a campaign fails with P = exp(-λ); a rise
     * g in λ gives P' = exp(-λ(1 + g)) = P^(1 + g) (model/ODD.md). Time to fill falls through the fewer reruns.
     */
    APPLICANTS_PER_CAMPAIGN_GAIN("applicantsPerCampaignGain", "applicants per campaign gain", Range.SHARE,
            Combination.gain().onlyFor(InterventionType.EMPLOYER_IMAGE), Phase.RECRUITMENT,
            "Employer image: relative rise in suitable applicants per campaign (0.2 = 20% more, at most double); "
                    + "a campaign's failure chance P becomes P^(1 + rise)."),
    /** The default is an assumption: no published cost of retraining a redeployed council officer was found. */
    RETRAINING_COST_GBP_PER_MOVE("retrainingCostGbpPerMove", "retraining cost per redeployment (GBP)",
            new Range(0, 100_000, 2_000, Unit.GBP),
            Combination.maximum().notRamped().onlyFor(InterventionType.REDEPLOYMENT_POOL), Phase.MOBILITY,
            "Redeployment pool: cost of retraining one member of staff at risk moved to another partner's post, "
                    + "GBP, paid by the receiving partner."),
    /*
     * A graduate scheme's pipeline: each trainee's terms are the scheme's, fixed for the replication (a cohort
     * in training finishes on the terms it started on, even after the scheme's intake ends), so these are not
     * ramped; where two schemes cover the same staff, the first in the option sets them.
     */
    TRAINING_MONTHS("trainingMonths", "training period (months)", new Range(0, 60, 0, Unit.MONTHS),
            Combination.schemeTerm(), Phase.DEMAND,
            "Graduate scheme: months an entrant trains on the trainee salary, not in a post, before completing "
                    + "(0: entrants complete at once)."),
    TRAINEE_SALARY_GBP("traineeSalaryGbpPerYear", "trainee salary (GBP a year)",
            new Range(0, 200_000, 0, Unit.GBP_A_YEAR),
            Combination.schemeTerm(), Phase.DEMAND,
            "Graduate scheme: a trainee's salary, GBP a year, paid with the partner's on-cost rate while training "
                    + "(trainee pay, a cost of the option in both cases; 0: included in the running cost)."),
    /** Default 1 (everyone completes) is no evidence: a scheme should state its own. */
    COMPLETION_RATE("completionRate", "completion rate", new Range(0, 1, 1, Unit.SHARE),
            Combination.schemeTerm(), Phase.DEMAND,
            "Graduate scheme: share of entrants who complete the training (drop-outs leave evenly over the "
                    + "training period)."),
    /** A multiplier of 1 leaves completers' leaving as every other starter's of the same tenure. */
    COMPLETER_LEAVING_YEAR_1("completerLeavingMultiplierYear1", "completers' leaving multiplier, year 1",
            new Range(0, 10, 1, Unit.FACTOR),
            Combination.schemeTerm(), Phase.LEAVING,
            "Graduate scheme: multiplier of a completer's leaving hazard in the first year after completion "
                    + "(1: as any starter of the same tenure)."),
    COMPLETER_LEAVING_YEAR_2("completerLeavingMultiplierYear2", "completers' leaving multiplier, year 2",
            new Range(0, 10, 1, Unit.FACTOR),
            Combination.schemeTerm(), Phase.LEAVING,
            "Graduate scheme: multiplier of a completer's leaving hazard in the second year after completion."),
    COMPLETER_LEAVING_YEAR_3_ON("completerLeavingMultiplierYear3On", "completers' leaving multiplier, year 3 on",
            new Range(0, 10, 1, Unit.FACTOR),
            Combination.schemeTerm(), Phase.LEAVING,
            "Graduate scheme: multiplier of a completer's leaving hazard from the third year after completion.");

    /** The phases of a month, in the order they run (model/ODD.md). */
    public enum Phase { DEMAND, LEAVING, MOBILITY, RECRUITMENT, COVER, TRAINING, LEDGER }

    /** What an effect is measured in; the words after the range in a validation message. */
    public enum Unit {
        SHARE(""), VACANCIES(""), PEOPLE(""), MONTHS(" months"), PEOPLE_A_YEAR(" a year"), GBP(" GBP"),
        GBP_A_YEAR(" GBP a year"), FACTOR(" (a multiplier)");

        private final String suffix;

        Unit(String suffix) {
            this.suffix = suffix;
        }
    }

    /**
     * The values an effect may take, and its value when an intervention leaves it out.
     *
     * @param min          least valid value (validation), and the floor a sampled value is clamped to
     * @param max          greatest valid value, and the ceiling a sampled value is clamped to
     * @param defaultValue the value of an effect left out (not registered as an input)
     */
    public record Range(double min, double max, double defaultValue, Unit unit) {
        static final Range SHARE = new Range(0, 1, 0, Unit.SHARE);

        /** What a validation message says was expected. */
        public String expected() {
            if (unit == Unit.SHARE) return "a share between 0 and 1";
            return "from " + whole(min) + " to " + whole(max) + unit.suffix;
        }

        private static String whole(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }

    /**
     * How the effects of several interventions covering the same staff make one value, per partner x job
     * family and month. Each intervention contributes its value v times its strength s that month (the
     * ramp-up, a stress's effect scale, a budget plan's dose), or v itself once started if not ramped.
     *
     * @param rule         how contributions combine
     * @param mostOff      for {@link Rule#KEEP}: the largest reduction one intervention can make
     * @param ramped       whether the contribution is v x s (true) or v once the intervention has started
     * @param splitByPosts whether the contribution is split over the covered partner-families in
     *                     proportion to their month-0 posts (an intake for the whole scheme)
     * @param onlyFor      the intervention type the effect belongs to (others ignore it), or null for any
     * @param notFor       an intervention type that may not state the effect (its simulated mechanism
     *                     already carries it), or null
     */
    public record Combination(Rule rule, double mostOff, boolean ramped, boolean splitByPosts,
                              InterventionType onlyFor, InterventionType notFor) {

        public enum Rule {
            /** Reductions multiply: the value is the share kept, Π(1 - min(mostOff, v·s)); 1 when none applies. */
            KEEP,
            /** Additions sum: Σ v·s; 0 when none applies. */
            GAIN,
            /** The largest contribution; the range's minimum when none applies. */
            MAXIMUM
        }

        static Combination keep() {
            return keepAtMostOff(1);
        }

        static Combination keepAtMostOff(double mostOff) {
            return new Combination(Rule.KEEP, mostOff, true, false, null, null);
        }

        static Combination gain() {
            return new Combination(Rule.GAIN, 1, true, false, null, null);
        }

        static Combination maximum() {
            return new Combination(Rule.MAXIMUM, 1, true, false, null, null);
        }

        /** A graduate scheme's term: its value for the replication, read by the pipeline (not ramped). */
        static Combination schemeTerm() {
            return maximum().notRamped().onlyFor(InterventionType.GRADUATE_SCHEME);
        }

        Combination notRamped() {
            return new Combination(rule, mostOff, false, splitByPosts, onlyFor, notFor);
        }

        Combination splitOverPosts() {
            return new Combination(rule, mostOff, ramped, true, onlyFor, notFor);
        }

        Combination onlyFor(InterventionType type) {
            return new Combination(rule, mostOff, ramped, splitByPosts, type, notFor);
        }

        Combination notFor(InterventionType type) {
            return new Combination(rule, mostOff, ramped, splitByPosts, onlyFor, type);
        }
    }

    public static final List<Effect> ALL = List.of(values());

    private final String jsonName;
    private final String label;
    private final Range range;
    private final Combination combination;
    private final Phase phase;
    private final String description;

    Effect(String jsonName, String label, Range range, Combination combination, Phase phase, String description) {
        this.jsonName = jsonName;
        this.label = label;
        this.range = range;
        this.combination = combination;
        this.phase = phase;
        this.description = description;
    }

    /** The field name in a scenario file's {@code effects} block. */
    public String jsonName() {
        return jsonName;
    }

    /** How reports name it (the assumptions register, the tornado). */
    public String label() {
        return label;
    }

    public Range range() {
        return range;
    }

    public Combination combination() {
        return combination;
    }

    /** The phase of the month that reads the combined value. */
    public Phase phase() {
        return phase;
    }

    /** The schema's description: what it is, and its default when that is not "no effect". */
    public String description() {
        return range.defaultValue() == 0 ? description
                : description + " Default " + Range.whole(range.defaultValue()) + ".";
    }

    /** Whether an intervention of this type applies the effect. */
    public boolean appliesTo(InterventionType type) {
        return (combination.onlyFor() == null || combination.onlyFor() == type) && combination.notFor() != type;
    }

    /** Whether an intervention's value can change the combined value: a zero reduction or gain cannot. */
    public boolean contributes(double value) {
        return combination.rule() == Combination.Rule.MAXIMUM || value != 0;
    }

    /** The combined value when no intervention contributes. */
    public double neutral() {
        return switch (combination.rule()) {
            case KEEP -> 1;
            case GAIN -> 0;
            case MAXIMUM -> range.min();
        };
    }

    /**
     * The combined value after one more intervention with value {@code value} (already within the range)
     * at strength {@code strength} (above 0) and, for an intake split by posts, share {@code share}.
     */
    public double combine(double combined, double value, double strength, double share) {
        double v = combination.ramped() ? value * strength : value;
        if (combination.splitByPosts()) v *= share;
        return switch (combination.rule()) {
            case KEEP -> combined * (1 - Math.min(combination.mostOff(), v));
            case GAIN -> combined + v;
            case MAXIMUM -> Math.max(combined, v);
        };
    }

    public static Optional<Effect> byJsonName(String name) {
        return Arrays.stream(values()).filter(e -> e.jsonName.equals(name)).findFirst();
    }

}
