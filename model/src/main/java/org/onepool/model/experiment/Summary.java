package org.onepool.model.experiment;

import java.util.List;

/**
 * Everything a run found, as written to summary.json: the machine-readable contract the reports build on.
 * Money in GBP at the price base year's prices (the economic case) except the financial case and the pay
 * bill, which are nominal cash; months counted from the appraisal start (0 = first month).
 */
public record Summary(
        ScenarioInfo scenario,
        String version,
        long seed,
        int replications,
        int threads,
        String startMonth,
        int horizonMonths,
        String discountSchedule,
        Settings settings,
        Baseline baseline,
        List<OptionResult> options,
        List<String> warnings,
        Projections projections,
        List<PublishedCheckResult> publishedChecks) {

    public Summary {
        options = List.copyOf(options);
        warnings = List.copyOf(warnings);
        publishedChecks = publishedChecks == null ? List.of() : List.copyOf(publishedChecks);
    }

    /**
     * A published figure for what the sharing in place saves, beside the model's saving of the same sharing
     * (business as usual against the partners without it), GBP a year in the price base year's prices.
     *
     * @param modelShareOfPublished the model's median saving as a share of the published figure
     * @param replications          replications the model's saving is over
     */
    public record PublishedCheckResult(String id, String name, double publishedGbpPerYear, String source,
                                       String covers, Stats modelSavingGbpPerYear, double modelShareOfPublished,
                                       int replications) {
    }

    /** Which scenario was run: its name, file and the SHA-256 of the file's bytes. */
    public record ScenarioInfo(String name, String file, String sha256) {
    }

    /** How the sensitivity and stress analyses were run. */
    public record Settings(int sensitivityReplications, int stressReplications, int tornadoInputs,
                           double optimismBiasCostUplift, double optimismBiasMitigation, double benefitsShortfall) {
    }

    /**
     * Business as usual: its workforce, its total cost on the economic case's lines (real, undiscounted), and
     * its pay bill by partner and financial year in cash (nominal).
     */
    public record Baseline(Workforce workforce, Stats totalCost, List<PartnerPayBill> payBill) {
    }

    /** One partner's pay bill under business as usual, by financial year. */
    public record PartnerPayBill(String partner, String name, List<PayBillYear> years) {
    }

    /**
     * @param payInPost            salary and on-costs of staff in post
     * @param agencySpend          agency spend in full: the charge up to the post's pay and the premium above it
     * @param vacantPostUnderspend the pay of funded posts left vacant: what the budget book shows as underspent
     * @param payBill              pay in post plus agency spend
     */
    public record PayBillYear(String year, Stats payInPost, Stats agencySpend, Stats vacantPostUnderspend,
                              Stats payBill) {
    }

    /**
     * The economic case (Green Book): real terms at the price base year, discounted, public-sector
     * perspective. The option's top-level npv, benefitCostRatio, roi, paybackMonth, peakFunding,
     * byFinancialYear, byCategory and byPartner are this case's too.
     *
     * @param bcr                      the Green Book BCR from expected present values (see bcrFormula): the
     *                                 expected social benefits PV over the expected net public cost PV; null when
     *                                 that cost is not positive (the option pays for itself)
     * @param expectedSocialBenefitsPv the BCR's numerator: the mean of socialBenefitsPv
     * @param expectedNetPublicCostPv  the BCR's denominator: the mean of netPublicCostPv
     * @param shareWithNoNetPublicCost share of replications whose cash savings reach the option's costs
     */
    public record Economic(String priceBase, String priceIndex, String bcrFormula, Stats npsv, Double bcr,
                           double expectedSocialBenefitsPv, double expectedNetPublicCostPv,
                           double shareWithNoNetPublicCost, Stats socialBenefitsPv, Stats netPublicCostPv,
                           Stats optionCostsPv, boolean lostServiceCounted, double realEarningsGrowth,
                           OptimismBiasApplied optimismBias) {
    }

    /** Optimism bias as applied (central values), by Green Book project category, with the mitigation stated. */
    public record OptimismBiasApplied(double setupUplift, double setupMitigation, String setupMitigationBasis,
                                      double runningUplift, double runningMitigation, String runningMitigationBasis,
                                      double benefitsShortfall) {
    }

    /**
     * The financial case (affordability): cash only, nominal, undiscounted, by partner and financial year.
     *
     * @param cashableRule  which lines count as cash, in words
     * @param totalNetCash  all partners' net cash over the horizon (savings minus the option's costs)
     */
    /** The financial case; {@code byCategory}: each cash line's saving over the horizon, all partners, nominal. */
    public record Financial(String basis, String cashableRule, Stats totalNetCash, Payback paybackMonth,
                            Stats peakFunding, List<YearAmount> byFinancialYear, List<PartnerCash> byPartner,
                            List<CategoryAmount> byCategory) {
    }

    public record PartnerCash(String partner, String name, Payback paybackMonth, Stats peakFunding,
                              List<CashYear> years) {
    }

    /**
     * @param cashableSaving the budget lines that fall, before the option's costs
     * @param netCash        cashable saving minus the partner's share of the option's costs
     * @param fundingGap     cash the partner must find in the year: its net cash when negative
     */
    public record CashYear(String year, Stats cashableSaving, Stats netCash, Stats fundingGap) {
    }

    /**
     * The workforce projection in brief: each partner's totals over its job families (and the overall total,
     * partner "all") per financial year, for business as usual, each option and each option's difference
     * from business as usual. projections.csv has every partner x job family and every measure.
     */
    public record Projections(List<String> years, List<ProjectionArm> arms) {
    }

    /** @param kind baseline, option or difference (option minus business as usual, same replications) */
    public record ProjectionArm(String arm, String name, String kind, List<ProjectionPartner> partners) {
    }

    public record ProjectionPartner(String partner, String name, List<ProjectionYear> years) {
    }

    /** One financial year of a partner's projection: staff in post and vacancies at year end. */
    public record ProjectionYear(String year, Stats staffInPost, Stats vacancies, Stats vacancyRate, Stats leavers,
                                 Stats joiners, Stats agencyFte, Stats agencySpendGbp, Stats payBillGbp) {
    }

    /** Workforce indicators of an arm, each over replications. */
    public record Workforce(List<Indicator> indicators) {
        public Stats get(String name) {
            return indicators.stream().filter(i -> i.name().equals(name)).map(Indicator::value).findFirst()
                    .orElse(Stats.ZERO);
        }
    }

    public record Indicator(String name, Stats value) {
    }

    /** A payback month's distribution; months are over the replications that pay back. */
    public record Payback(Double mean, Double p10, Double p50, Double p90, double neverShare) {
    }

    public record YearAmount(String year, Stats netSaving) {
    }

    public record CategoryAmount(String category, boolean cashable, Stats netSaving) {
    }

    /** One partner's position: its share of the option's costs, the savings that fall to it, its net NPV. */
    public record PartnerPosition(String partner, String name, double costShare, Stats saving, Stats netNpv,
                                  boolean flagged) {
    }

    /** The cumulative net saving at the end of a month, over replications (the fan chart). */
    public record MonthBand(int month, double p10, double p50, double p90, double mean) {
    }

    /** One bar of the tornado: the input at its P10 and P90, others at their central values. */
    public record TornadoBar(String input, String label, double low, double high, double npvAtLow,
                             double npvAtHigh) {
        public double swing() {
            return Math.abs(npvAtHigh - npvAtLow);
        }
    }

    /** The value of an input at which the median NPV crosses zero, or null when it does not within the range. */
    public record SwitchingValue(String input, String label, double central, double rangeLow, double rangeHigh,
                                 Double value) {
    }

    /**
     * How precisely the replications pin down the mean NPV and the probability that NPV is positive: the
     * standard deviation over replications divided by the square root of their number, and
     * sqrt(p (1 - p) / n). Null with a single replication.
     */
    public record MonteCarloError(Double npvMeanGbp, Double probabilityNpvPositive) {
    }

    /**
     * An option under a stress, against business as usual under the same stress: NPV, and what moves in the
     * workforce (option minus business as usual, means over the horizon, each replication on common random
     * numbers) and each partner's net position.
     *
     * @param vacancyRateChange       change in the vacancy rate (a share: -0.02 is two points lower)
     * @param agencySpendChangeGbpPerYear change in agency spend in full (the charge up to the posts' pay and the premium) per year, real
     * @param leaversChangePerYear    change in leavers of every reason per year
     */
    public record StressResult(String stress, String name, Stats npv, double probabilityNpvPositive,
                               Stats vacancyRateChange, Stats agencySpendChangeGbpPerYear, Stats leaversChangePerYear,
                               List<StressPartner> byPartner) {
        public StressResult {
            byPartner = List.copyOf(byPartner);
        }
    }

    /** A partner's net NPV (its savings less its share of the option's costs) under a stress. */
    public record StressPartner(String partner, String name, Stats netNpv, boolean flagged) {
    }

    public record OptionResult(
            String id,
            String name,
            Stats npv,
            Double benefitCostRatio,
            Stats roi,
            Payback paybackMonth,
            Payback discountedPaybackMonth,
            Stats peakFunding,
            Stats investment,
            double probabilityNpvPositive,
            MonteCarloError monteCarloStandardError,
            List<YearAmount> byFinancialYear,
            List<CategoryAmount> byCategory,
            Stats cashableSaving,
            Stats nonCashableSaving,
            List<PartnerPosition> byPartner,
            Workforce workforce,
            List<MonthBand> cumulative,
            List<TornadoBar> tornado,
            List<SwitchingValue> switchingValues,
            List<StressResult> stress,
            DeploymentComparison deployment,
            Economic economic,
            Financial financial,
            StopRules stopRules) {
    }

    /**
     * An option's stop rules and the value of the pilot as an option: each rule with the share of replications
     * in which it stopped its intervention, and the option's NPV (the NPSV of the economic case) with its rules
     * and with every rule switched off on the same replications (common random numbers), and the difference
     * (with minus without; each percentile is of the per-replication differences, not a difference of
     * percentiles). Null for an option without stop rules.
     *
     * @param differenceMeanStandardError Monte Carlo standard error of the mean difference (null with one
     *                                    replication)
     */
    public record StopRules(List<StopRuleShare> rules, Stats npvWithRules, Stats npvWithoutRules, Stats difference,
                            Double differenceMeanStandardError) {
        public StopRules {
            rules = List.copyOf(rules);
        }
    }

    /** One intervention's stop rule and the share of replications in which it stopped the intervention. */
    public record StopRuleShare(String intervention, String indicator, double reductionBelow, int reviewMonth,
                                double shareStopped) {
    }

    /**
     * What optimising the pool's deployment is worth: the option run with the month's pool matched first
     * come first served and then solved by the optimiser, on the same replications; means per replication
     * over the horizon. Null when not asked for or the option opens no pool.
     */
    public record DeploymentComparison(int replications, double greedyVacancyMonths, double optimisedVacancyMonths,
                                       double greedyAgencySpendGbp, double optimisedAgencySpendGbp,
                                       double greedyCareerLeavers, double optimisedCareerLeavers,
                                       double greedyCrossPartnerMoves, double optimisedCrossPartnerMoves) {
    }
}
