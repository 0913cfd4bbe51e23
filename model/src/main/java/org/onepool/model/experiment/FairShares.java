package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.onepool.model.Version;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.Scenario;

/**
 * The fair-share analysis of one option ({@link FairShare}): coalition values by simulation on common random
 * numbers ({@link CoalitionValues}), Shapley values exact up to {@link Settings#exactUpTo} partners and by
 * antithetic permutation sampling beyond ({@link Shapley}), go-alone cases, side payments and the core check.
 */
public final class FairShares {
    /** Most partners an option may have here: coalitions are bit masks, and 2^30 is beyond any budget anyway. */
    public static final int MAX_PARTNERS = 30;

    /**
     * @param exactUpTo              enumerate every coalition up to this many partners (2^n - 1 of them)
     * @param targetStandardErrorGbp sampling standard error aimed for on every partner; null: 1% of |v(N)|
     * @param maxPermutations        cap on sampled permutations (pairs count two)
     * @param timeBudgetSeconds      no new sampling round starts after this
     */
    public record Settings(int replications, long seed, int threads, int exactUpTo, Double targetStandardErrorGbp,
                           int maxPermutations, double timeBudgetSeconds) {
        /**
         * Every group is simulated up to this many partners. Sampling pays only beyond: at 9 partners, antithetic
         * sampling to a £50k standard error still simulated 491 of the 511 groups (One Oxfordshire's pool), so
         * enumerating them all costs 4% more and has no sampling error at all.
         */
        public static final int EXACT_UP_TO = 9;

        public static Settings defaults(int replications, long seed, int threads) {
            return new Settings(replications, seed, threads, EXACT_UP_TO, null, 1000, 3600);
        }
    }

    /** What a run will simulate and about how long it will take, said before it starts. */
    public record Estimate(int partners, boolean exact, int coalitionsAtLeast, int coalitionsAtMost,
                           double secondsAtLeast, double secondsAtMost) {
    }

    private static final int PILOT_PAIRS = 8;

    private final Scenario scenario;
    private final Option option;
    private final Settings settings;
    private final AppraisalContext context;
    private final Coalitions coalitions;
    /** When {@link #run} started: its time budget and the seconds it reports count from here, not the estimate. */
    private long started = System.nanoTime();
    private boolean streamsDecided;

    /** @throws IllegalArgumentException naming what is wrong with the option for this analysis */
    public FairShares(Scenario scenario, String optionId, Settings settings) {
        this.scenario = scenario;
        this.option = scenario.option(optionId).orElseThrow(() -> new IllegalArgumentException(
                "no option '" + optionId + "' in the scenario"));
        if (option.hasBudgetLevers()) {
            throw new IllegalArgumentException("option '" + optionId + "' has budget levers (a doseResponse); fair "
                    + "shares are worked out for options without them");
        }
        this.settings = settings;
        this.context = new AppraisalContext(scenario, settings.seed());
        this.coalitions = new Coalitions(scenario, option);
        if (coalitions.size() < 1 || coalitions.size() > MAX_PARTNERS) {
            throw new IllegalArgumentException("option '" + optionId + "' has " + coalitions.size() + " partners; "
                    + "expected 1 to " + MAX_PARTNERS);
        }
    }

    /**
     * Decides the option's benefit streams once, as the appraisal does, on the full option: every coalition
     * (same option id) then has the same lines cut by the benefits shortfall.
     */
    private void decideBenefitStreams() {
        if (streamsDecided) return;
        context.decideBenefitStreams(List.of(context.arm(null, null), context.arm(option, null)),
                settings.replications(), settings.threads());
        streamsDecided = true;
    }

    private boolean exact() {
        return coalitions.size() <= settings.exactUpTo();
    }

    /** Replications run untimed before the estimate's clock starts (the first ones run before the JIT compiles). */
    static final int WARM_UP_REPLICATIONS = 2;
    /** Option arms beside business as usual in the larger of the two timed batches. */
    private static final int TIMED_ARMS = 5;

    /**
     * Times replications after a warm-up and scales them to the coalitions the run will simulate: all of them
     * when exact; when sampled, the pilot's at least and the cap's at most. Groups run as the arms of batches
     * that share one business as usual, population and warm-up per replication, so the time of an extra arm
     * (a batch of five option arms against one, over four) is told apart from the time each batch pays once.
     * Both are timed as the run goes: one replication on each thread at once, so the cores contend as they
     * will. The timed replications are not reused: the estimate costs about ten arm runs a thread.
     */
    public Estimate estimate() {
        decideBenefitStreams();
        org.onepool.model.workforce.Arm baseline = context.arm(null, null);
        org.onepool.model.workforce.Arm full = context.arm(option, null);
        List<org.onepool.model.workforce.Arm> one = List.of(baseline, full);
        List<org.onepool.model.workforce.Arm> many = new java.util.ArrayList<>(List.of(baseline));
        for (int k = 0; k < TIMED_ARMS; k++) many.add(full);
        for (int r = 0; r < WARM_UP_REPLICATIONS; r++) context.npvs(r, context.sampled(r), one);
        double withOne = secondsPerReplication(one);
        double withMany = secondsPerReplication(many);
        double perArm = Math.max(0, (withMany - withOne) / (TIMED_ARMS - 1));
        double perBatch = Math.max(0, withOne - perArm);
        int n = coalitions.size();
        int all = coalitions.grand();
        int least;
        int most;
        if (exact()) {
            least = all;
            most = all;
        } else {
            least = Math.min(all, n + 1 + PILOT_PAIRS * 2 * (n - 1));
            most = (int) Math.min(all, n + 1 + (long) settings.maxPermutations() * (n - 1));
        }
        double perReplication = settings.replications() / (double) threads();
        double atLeast = seconds(least, perArm, perBatch) * perReplication;
        double atMost = seconds(most, perArm, perBatch) * perReplication;
        return new Estimate(n, exact(), least, most, atLeast, Math.min(atMost, atLeast + settings.timeBudgetSeconds()));
    }

    /** Seconds for one replication of {@code groups} coalitions run in batches. */
    private static double seconds(int groups, double perArm, double perBatch) {
        int batches = (groups + CoalitionValues.BATCH - 1) / CoalitionValues.BATCH;
        return groups * perArm + batches * perBatch;
    }

    /** Seconds of one replication with these arms on each thread at once (the replications after the warm-up). */
    private double secondsPerReplication(List<org.onepool.model.workforce.Arm> arms) {
        int threads = threads();
        long t0 = System.nanoTime();
        OrderedParallel.run(WARM_UP_REPLICATIONS, WARM_UP_REPLICATIONS + threads, threads,
                r -> context.npvs(r, context.sampled(r), arms), (npvs, r) -> { }, Progress.NONE);
        return (System.nanoTime() - t0) / 1e9;
    }

    private int threads() {
        return Math.max(1, Math.min(settings.threads(), Runtime.getRuntime().availableProcessors()));
    }

    public FairShare run(Summary.ScenarioInfo info, Progress progress) {
        started = System.nanoTime();
        decideBenefitStreams();
        int n = coalitions.size();
        CoalitionValues values = new CoalitionValues(context, coalitions, settings.replications(), settings.threads(),
                progress);
        Set<Integer> first = new java.util.LinkedHashSet<>();
        first.add(coalitions.grand());
        for (int i = 0; i < n; i++) first.add(1 << i);
        values.stage("Full pool and go-alone cases");
        values.evaluate(first);
        Shapley.Estimate estimate;
        Double target = null;
        if (exact()) {
            Set<Integer> rest = Shapley.allCoalitions(n);
            rest.removeIf(values::known);
            values.stage("Every other coalition");
            values.evaluate(rest);
            estimate = new Shapley.Estimate(Shapley.exact(n, values::value), new double[n], true, 0, List.of());
        } else {
            target = settings.targetStandardErrorGbp() != null ? settings.targetStandardErrorGbp()
                    : Math.max(1, 0.01 * Math.abs(values.value(coalitions.grand())));
            long deadline = started + (long) (settings.timeBudgetSeconds() * 1e9);
            values.stage("Sampled coalitions");
            estimate = Shapley.sampled(n, values, new Shapley.Sampling(settings.seed(), target, PILOT_PAIRS,
                    Math.max(1, settings.maxPermutations() / 2), deadline));
        }
        double[][] perReplication = perReplication(values, estimate);
        return assemble(info, values, estimate, target, perReplication);
    }

    /** Each partner's Shapley value in each replication ([replication][partner]), by the same method. */
    private double[][] perReplication(CoalitionValues values, Shapley.Estimate estimate) {
        int n = coalitions.size();
        double[][] out = new double[values.replications()][];
        for (int r = 0; r < out.length; r++) {
            int rep = r;
            java.util.function.IntToDoubleFunction v = m -> values.perReplication(m)[rep];
            out[r] = estimate.exact() ? Shapley.exact(n, v) : Shapley.overOrders(estimate.orders(), n, v);
        }
        return out;
    }

    private FairShare assemble(Summary.ScenarioInfo info, CoalitionValues values, Shapley.Estimate estimate,
                               Double target, double[][] phiByReplication) {
        int n = coalitions.size();
        List<FairShare.PartnerShare> rows = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            List<String> ids = coalitions.partnersOf(i);
            Partner partner = scenario.partners().get(scenario.partnerIndex(ids.get(0)));
            double phi = estimate.value(i);
            sum += phi;
            double net = 0;
            double share = 0;
            for (String id : ids) {
                net += values.grandNet(scenario.partnerIndex(id));
                share += values.grandShare(scenario.partnerIndex(id));
            }
            String name = partner.name();
            if (ids.size() > 1) {
                name += " with " + String.join(", ", ids.subList(1, ids.size()).stream()
                        .map(id -> scenario.partners().get(scenario.partnerIndex(id)).name()).toList());
            }
            rows.add(new FairShare.PartnerShare(partner.id(), name, share, phi,
                    estimate.standardError(i), standardError(column(phiByReplication, i)), values.value(1 << i),
                    standardError(values.perReplication(1 << i)), net, phi - net));
        }
        int grand = coalitions.grand();
        return new FairShare(info, Version.get(), settings.seed(), settings.replications(), settings.threads(),
                option.id(), option.name(), option.costSharing().method().name().toLowerCase(java.util.Locale.ROOT),
                estimate.exact() ? "exact" : "sampled", estimate.permutations(), target, values.evaluated(), grand,
                values.value(grand), standardError(values.perReplication(grand)), sum, rows,
                core(values, phiByReplication), (System.nanoTime() - started) / 1e9);
    }

    /** Every simulated group's gain from leaving: v(S) less its members' Shapley values, per replication. */
    private FairShare.Core core(CoalitionValues values, double[][] phi) {
        int grand = coalitions.grand();
        List<FairShare.Blocking> blocking = new ArrayList<>();
        int checked = 0;
        for (int mask = 1; mask < grand; mask++) {
            if (!values.known(mask)) continue;
            checked++;
            double[] v = values.perReplication(mask);
            double[] gain = new double[v.length];
            for (int r = 0; r < v.length; r++) {
                gain[r] = v[r];
                for (int i = 0; i < coalitions.size(); i++) if ((mask & (1 << i)) != 0) gain[r] -= phi[r][i];
            }
            double mean = mean(gain);
            double se = standardError(gain);
            if (mean > 1e-6 * Math.max(1, Math.abs(values.value(grand)))) {
                blocking.add(new FairShare.Blocking(coalitions.playersIn(mask), mean, se, mean > 2 * se));
            }
        }
        blocking.sort(Comparator.comparingDouble(FairShare.Blocking::gainGbp).reversed());
        boolean exhaustive = checked == grand - 1;
        return new FairShare.Core(exhaustive, checked, blocking.isEmpty(),
                blocking.subList(0, Math.min(10, blocking.size())));
    }

    private static double[] column(double[][] rows, int i) {
        double[] out = new double[rows.length];
        for (int r = 0; r < rows.length; r++) out[r] = rows[r][i];
        return out;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    /** Standard deviation over the replications / sqrt(n); 0 with a single replication. */
    private static double standardError(double[] x) {
        if (x.length < 2) return 0;
        SummaryStatistics s = new SummaryStatistics();
        for (double v : x) s.addValue(v);
        return s.getStandardDeviation() / Math.sqrt(x.length);
    }
}
