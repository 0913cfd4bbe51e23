package org.onepool.model.experiment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.onepool.model.finance.CaseSettings;
import org.onepool.model.finance.CostShares;
import org.onepool.model.finance.DiscountRates;
import org.onepool.model.finance.FinancialYears;
import org.onepool.model.finance.Ledger;
import org.onepool.model.finance.OptionAppraisal;
import org.onepool.model.projection.ProjectionRows;
import org.onepool.model.scenario.AppraisalSettings;
import org.onepool.model.scenario.Assumption;
import org.onepool.model.scenario.AssumptionsRegister;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.NominalBand;
import org.onepool.model.scenario.OptimismBias;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.Stress;
import org.onepool.model.scenario.Withdrawal;
import org.onepool.model.workforce.Arm;
import org.onepool.model.workforce.ArmResult;
import org.onepool.model.workforce.Layout;
import org.onepool.model.workforce.LeverFunding;
import org.onepool.model.workforce.Measure;
import org.onepool.model.workforce.MonthlySeries;
import org.onepool.model.workforce.RandomAdapter;
import org.onepool.model.workforce.RandomStreams;
import org.onepool.model.workforce.Replication;

/** What every replication of an experiment shares: the scenario, its years, discount factors and inputs. */
final class AppraisalContext {
    final Scenario scenario;
    final long masterSeed;
    final FinancialYears years;
    final double[] factors;
    final Set<CostCategory> cashable;
    /** How the economic and financial cases read the ledger, per appraisal year. */
    final CaseSettings cases;
    final List<Assumption> register;
    final List<Assumption> uncertain;
    /**
     * Optimism-bias uplifts stated as a single value: not sampled, but swept in the tornado over their project
     * category's published lower to upper bound ({@link OptimismBias#sweptRange}), ahead of the screened inputs.
     */
    final Map<Assumption, double[]> swept;
    /** Where each partner x job family sits in the simulation's records. */
    final Layout layout;
    /** The rows of the workforce projection: partner x job family, and their totals. */
    final ProjectionRows projectionRows;
    /** Replications the benefit streams are decided on (at most; fewer when the run has fewer). */
    static final int BENEFIT_STREAM_REPLICATIONS = 16;
    /** Each option's benefit streams by option id, decided once before any appraisal ({@link #decideBenefitStreams}). */
    private final Map<String, Set<CostCategory>> benefitStreams = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each option's funding under the scenario's own plan for its levers, worked out once. */
    private final Map<Option, Optional<LeverFunding>> plans = Collections.synchronizedMap(new IdentityHashMap<>());

    AppraisalContext(Scenario scenario, long masterSeed) {
        this.scenario = scenario;
        this.masterSeed = masterSeed;
        var appraisal = scenario.appraisal();
        this.years = new FinancialYears(appraisal.start(), appraisal.horizonMonths());
        this.factors = DiscountRates.of(appraisal).factors(years.years());
        this.cashable = appraisal.cashableCategories().isEmpty() ? EnumSet.noneOf(CostCategory.class)
                : EnumSet.copyOf(appraisal.cashableCategories());
        this.cases = cases(appraisal, years, cashable);
        this.register = AssumptionsRegister.of(scenario);
        // An id shared by several inputs is one quantity, and so is a default used in many places (one
        // instance): screened and varied once, at its first input.
        java.util.Set<String> ids = new java.util.HashSet<>();
        java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        this.uncertain = register.stream().filter(Assumption::isUncertain).filter(a -> seen.add(a.input()))
                .filter(a -> a.input().id() == null || ids.add(a.input().id())).toList();
        this.layout = Layout.of(scenario);
        this.projectionRows = new ProjectionRows(scenario);
        OptimismBias bias = appraisal.optimismBias();
        Map<Assumption, double[]> sweep = new java.util.LinkedHashMap<>();
        Set<Object> swept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Assumption a : register) {
            if (!a.path().startsWith("appraisal.optimismBias.") || !a.path().endsWith("plift")) continue;
            if (a.input() != bias.setupUpliftInForce() && a.input() != bias.runningUpliftInForce()) continue;
            double[] range = bias.sweptRange(a.input());
            if (range != null && swept.add(a.input())) sweep.put(a, range);
        }
        this.swept = Collections.unmodifiableMap(sweep);
    }

    long replicationSeed(int r) {
        return RandomStreams.replicationSeed(masterSeed, r);
    }

    /** The uncertain inputs of replication r, drawn from its own uncertainty stream. */
    ScenarioValues sampled(int r) {
        var stream = new RandomStreams(replicationSeed(r)).stream(RandomStreams.Process.UNCERTAINTY, 0);
        return ScenarioValues.sample(register, new RandomAdapter(stream));
    }

    /**
     * The arm of an option under a stress (or none). An option whose interventions are budget levers runs
     * under the scenario's own plan for them.
     */
    Arm arm(Option option, Stress stress) {
        if (option == null) return new Arm(null, stress);
        return new Arm(option, stress, plans.computeIfAbsent(option, o -> Optional.ofNullable(
                PlanFunding.scenarioPlan(scenario, o, years))).orElse(null));
    }

    List<ArmResult> simulate(int r, ScenarioValues values, List<Arm> arms) {
        return Replication.run(scenario, values, replicationSeed(r), arms);
    }

    /** Replication r of the arms on the given values: the NPV of each arm after the first against the first. */
    double[] npvs(int r, ScenarioValues values, List<Arm> arms) {
        List<ArmResult> results = simulate(r, values, arms);
        double[] npv = new double[arms.size() - 1];
        for (int k = 0; k < npv.length; k++) npv[k] = appraise(results.get(0), results.get(k + 1), values).npv();
        return npv;
    }

    /** The option's appraisal against the baseline, its cost shares worked out once and carried in it. */
    OptionAppraisal appraise(ArmResult baseline, ArmResult option, ScenarioValues values) {
        Option o = option.arm().option();
        double[] usage = usage(option);
        Set<CostCategory> streams = benefitStreams.get(o.id());
        if (streams == null) throw new IllegalStateException("benefit streams of option '" + o.id() + "' not decided");
        if (o.withdrawals().isEmpty()) {
            return OptionAppraisal.of(baseline.ledger(), option.ledger(), CostShares.of(scenario, o, usage),
                    bias(values), years, factors, cases, streams, host(o));
        }
        double[][] shares = CostShares.byMonth(scenario, o, usage, years.months());
        return OptionAppraisal.of(baseline.ledger(), withExitFees(option.ledger(), o, shares, values), shares,
                bias(values), years, factors, cases, streams, host(o));
    }

    /**
     * The option's ledger with each exit fee booked as a transfer in its withdrawal month: from the partner
     * leaving to the partners staying, split by their cost shares that month (the leaver's is already 0).
     * The run's own ledger when no withdrawal states a fee.
     */
    private Ledger withExitFees(Ledger ledger, Option o, double[][] shares, ScenarioValues values) {
        Ledger out = ledger;
        for (Withdrawal w : o.withdrawals()) {
            if (w.exitFeeGbp() == null || w.month() >= ledger.months()) continue;
            double fee = values.of(w.exitFeeGbp(), 0, Double.MAX_VALUE);
            if (fee == 0) continue;
            if (out == ledger) out = ledger.copy();
            int leaver = scenario.partnerIndex(w.partner());
            double[] staying = shares[w.month()];
            for (int q = 0; q < staying.length; q++) {
                if (q != leaver && staying[q] != 0) out.transfer(w.month(), leaver, q, fee * staying[q]);
            }
        }
        return out;
    }

    /** The index of the partner hosting the option as a shared service, or -1 when none does. */
    int host(Option o) {
        return scenario.partnerIndex(o.costSharing().hostedBy());
    }

    /**
     * Decides each option's benefit streams (the lines the benefits shortfall cuts) on the expected saving
     * over the first replications, run with the given arms (business as usual first); an option already
     * decided keeps its streams, so the main appraisal, the tornado and the stress tests cut the same lines.
     *
     * @return the replications run, [replication][arm], for the caller to reuse rather than simulate again
     */
    List<List<ArmResult>> decideBenefitStreams(List<Arm> arms, int replications, int threads) {
        int n = Math.min(BENEFIT_STREAM_REPLICATIONS, replications);
        List<org.onepool.model.finance.BenefitStreams> sums = new java.util.ArrayList<>();
        for (int k = 1; k < arms.size(); k++) sums.add(new org.onepool.model.finance.BenefitStreams());
        List<List<ArmResult>> runs = new java.util.ArrayList<>();
        OrderedParallel.run(n, threads, r -> simulate(r, sampled(r), arms), (results, r) -> {
            runs.add(results);
            for (int k = 1; k < results.size(); k++) {
                sums.get(k - 1).add(results.get(0).ledger(), results.get(k).ledger(), years, factors, cases);
            }
        }, Progress.NONE);
        for (int k = 1; k < arms.size(); k++) {
            benefitStreams.putIfAbsent(arms.get(k).option().id(), sums.get(k - 1).benefits());
        }
        return runs;
    }

    OptionAppraisal.Bias bias(ScenarioValues values) {
        OptimismBias b = scenario.appraisal().optimismBias();
        return new OptionAppraisal.Bias(values.of(b.setupUpliftInForce(), 0, 5), values.of(b.setupMitigationInForce(), 0, 1),
                values.of(b.runningUpliftInForce(), 0, 5), values.of(b.runningMitigationInForce(), 0, 1),
                values.of(b.benefitsShortfall(), 0, 1));
    }

    /** The price base, real earnings growth, lost-service switch and nominal uprating of the scenario. */
    static CaseSettings cases(AppraisalSettings appraisal, FinancialYears years, Set<CostCategory> cashable) {
        int base = appraisal.priceBase();
        int first = years.firstFinancialYear();
        return CaseSettings.of(cashable, appraisal.lostServiceValue(), appraisal.realEarningsGrowth(), base, first,
                years.years(), fy -> rate(appraisal.nominalBand(fy), true), fy -> rate(appraisal.nominalBand(fy), false));
    }

    private static double rate(NominalBand band, boolean pay) {
        return band == null ? 0 : pay ? band.payAward() : band.priceInflation();
    }

    /** Each partner's use of shared services: hires through them and staff arriving from other partners. */
    double[] usage(ArmResult option) {
        MonthlySeries x = option.series();
        double[] usage = new double[layout.partners()];
        for (int m = 0; m < x.months(); m++) {
            for (int pf = 0; pf < x.pfs(); pf++) {
                usage[layout.partnerOfPf(pf)] += x.get(m, pf, Measure.SHARED_HIRES) + x.get(m, pf, Measure.MOVES_IN);
            }
        }
        return usage;
    }

    List<Option> options(List<String> ids) {
        if (ids == null) return scenario.options();
        return ids.stream().map(id -> scenario.option(id).orElseThrow(
                () -> new IllegalArgumentException("no option '" + id + "' in the scenario"))).toList();
    }

    /** Median NPV of each option over replications 0..n-1, with the given values and stress, on CRN seeds. */
    double[] medianNpv(List<Option> options, ScenarioValues values, Stress stress,
                       int n, int threads) {
        List<Arm> arms = new java.util.ArrayList<>();
        arms.add(arm(null, stress));
        for (Option o : options) arms.add(arm(o, stress));
        double[][] npv = new double[options.size()][n];
        OrderedParallel.run(n, threads, r -> npvs(r, values, arms), (out, r) -> {
            for (int k = 0; k < out.length; k++) npv[k][r] = out[k];
        }, Progress.NONE);
        double[] medians = new double[options.size()];
        for (int k = 0; k < medians.length; k++) medians[k] = StatsOf.median(npv[k]);
        return medians;
    }
}
