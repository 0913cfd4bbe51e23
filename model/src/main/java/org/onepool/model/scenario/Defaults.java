package org.onepool.model.scenario;

import java.util.List;

/**
 * The value an input takes when a scenario does not state it. Each is either a public figure with its
 * source or graded {@code assumption} with a range, so that it is sampled, can reach the tornado, and
 * shows in the assumptions register marked as a default ({@link #MARK}). One instance per default, so a
 * default is drawn once per replication for every place that uses it.
 */
public final class Defaults {
    /** How the register tells a default from a stated input: its source, after the source key, says this. */
    public static final String MARK = "default (not stated in the scenario): ";

    public static final Uncertain STAGNATION_HAZARD_RATIO = assumed(1.5, 2, 3,
            "stagnating staff twice as likely to leave for career reasons");
    public static final Uncertain PAY_GAP_SENSITIVITY = assumed(0.25, 0.5, 1,
            "pay-driven leaving up by half for each 10% of pay below market");
    public static final Uncertain DISENGAGED_HAZARD_RATIO = assumed(1.2, 1.5, 2,
            "disengaged staff half as likely again to leave");
    public static final Uncertain ENGAGED_SHARE = assumed(0.6, 0.7, 0.8, "share of staff engaged");
    public static final Uncertain CAMPAIGN_FAILURE = assumed(0.05, 0.1, 0.2, "share of campaigns that fail");
    public static final Uncertain HARD_TO_RECRUIT_FAILURE = assumed(0.2, 0.35, 0.5,
            "share of campaigns for hard-to-recruit roles that fail");
    public static final Uncertain AGENCY_COVER_SHARE = assumed(0.3, 0.5, 0.7, "share of vacant posts agency-covered");
    public static final Uncertain AGENCY_PREMIUM_RATE = new Uncertain(null, List.of(0.2, 0.3, 0.45), null, null, null,
            "[NHSI-AGENCY-2018] " + MARK + "agency staff 20% dearer than the NHS's own bank; [SEFTON-2010] an agency "
                    + "social worker about a third dearer than a permanent one", Evidence.MODERATE, null);
    public static final Uncertain UNFILLED_POST_COST_RATE = assumed(1.5, 1.8, 2.3,
            "service an uncovered post loses, as a share of its salary: at least its pay and on-costs (the value "
                    + "at cost [VALUE-AT-COST]) plus work left undone");
    public static final Uncertain INTERNAL_APPOINTABLE = assumed(0.1, 0.2, 0.3,
            "chance one stagnating internal candidate is appointable");
    public static final Uncertain CROSS_PARTNER_WILLINGNESS = assumed(0.05, 0.1, 0.2,
            "share of stagnating staff who would apply across the pool");
    public static final Uncertain EMPLOYER_ON_COST_RATE = assumed(0.25, 0.3, 0.35,
            "employer pension and National Insurance as a share of salary");
    public static final Uncertain REDUNDANCY_COST_GBP = assumed(15_000, 25_000, 40_000, "cost of one redundancy, GBP");
    public static final Uncertain GENERIC_TRAINING_GBP = new Uncertain(143.0, null, null, null, null,
            "[LGA-WS-2018] " + MARK + "median gross training expenditure £143 per FTE", Evidence.STRONG, null);
    public static final Uncertain GENERIC_TRAINING_DAYS = new Uncertain(1.0, null, null, null, null,
            "[LGA-WS-2018] " + MARK + "0.97 days of off-the-job training per employee", Evidence.STRONG, null);
    public static final Uncertain INDUCTION_DAYS = assumed(1, 2, 3, "days of induction per new starter");
    /** Optimism bias on set-up costs: the published upper bound for equipment / development capital expenditure. */
    public static final Uncertain SETUP_UPLIFT = new Uncertain(OptimismBias.SETUP_UPPER_BOUND, null, null, null, null,
            "[HMT-OB-2003] " + MARK + "optimism bias upper bound for equipment / development capital expenditure, "
                    + "200% (lower bound 10%); the tornado sweeps 10% to 200%", Evidence.MODERATE, null);
    /** Optimism bias on running costs: the published upper bound for outsourcing operating expenditure. */
    public static final Uncertain RUNNING_UPLIFT = new Uncertain(OptimismBias.RUNNING_UPPER_BOUND, null, null, null,
            null, "[HMT-OB-2003] " + MARK + "optimism bias upper bound for outsourcing operating expenditure, 41% "
                    + "(lower bound 0%); the tornado sweeps 0% to 41%", Evidence.MODERATE, null);
    public static final Uncertain NO_MITIGATION = new Uncertain(0.0, null, null, null, null,
            "[HMT-OB-2003] " + MARK + "no mitigation of the optimism bias uplift claimed (the guidance asks for it "
                    + "to be justified item by item)", Evidence.ASSUMPTION, null);
    public static final Uncertain NO_BENEFITS_SHORTFALL = new Uncertain(0.0, null, null, null, null,
            "[HMT-GB-2022] " + MARK + "no benefits shortfall: the Green Book (2022, para 5.45) has no generic value "
                    + "for benefits and asks for an organisation's own evidence", Evidence.ASSUMPTION, null);

    private Defaults() {
    }

    private static Uncertain assumed(double low, double mode, double high, String what) {
        return new Uncertain(null, List.of(low, mode, high), null, null, null,
                "[ASM-DEFAULTS] " + MARK + what, Evidence.ASSUMPTION, null);
    }

    /** Whether an input is one of these defaults (the register marks it so). */
    public static boolean isDefault(Uncertain input) {
        return input.source() != null && input.source().contains(MARK);
    }
}
