package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onepool.model.finance.OptionAppraisal;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.workforce.Arm;
import org.onepool.model.workforce.ArmResult;

/**
 * The value of each coalition of an option, by simulation: its NPSV (economic case) against business as
 * usual, per replication, every coalition on the same replications' seeds and sampled inputs (common random
 * numbers). Coalitions not yet known are run in batches, each batch as the arms of one experiment beside
 * business as usual (one population and warm-up per replication for the whole batch). Values are cached: a
 * coalition is simulated once. Memory: one double per coalition and replication.
 */
final class CoalitionValues implements Shapley.Game {
    /** Arms per simulated batch: enough to share the warm-up, few enough to bound the results held at once. */
    static final int BATCH = 32;

    private final AppraisalContext context;
    private final Coalitions coalitions;
    private final int replications;
    private final int threads;
    private final Progress progress;
    private final Map<Integer, double[]> npv = new HashMap<>();
    /** The grand coalition's appraisal per replication, for each partner's net position and cost share. */
    private final double[][] grandNet;
    private final double[][] grandShares;
    private long armRuns;
    private String stage = "Coalitions";

    CoalitionValues(AppraisalContext context, Coalitions coalitions, int replications, int threads, Progress progress) {
        this.context = context;
        this.coalitions = coalitions;
        this.replications = replications;
        this.threads = threads;
        this.progress = progress;
        this.grandNet = new double[replications][];
        this.grandShares = new double[replications][];
        npv.put(0, new double[replications]);
    }

    /** Names the progress bar's stage for the coalitions evaluated next. */
    void stage(String name) {
        stage = name;
    }

    @Override
    public void evaluate(Set<Integer> masks) {
        List<Integer> missing = masks.stream().filter(m -> !npv.containsKey(m)).toList();
        if (missing.isEmpty()) return;
        progress.begin(stage + ": " + missing.size() + " coalitions (" + evaluated() + " of " + coalitions.grand()
                + " simulated before)", (long) missing.size() * replications);
        for (int from = 0; from < missing.size(); from += BATCH) {
            run(missing.subList(from, Math.min(missing.size(), from + BATCH)));
        }
    }

    /** Mean NPSV over the replications. */
    @Override
    public double value(int mask) {
        double[] v = perReplication(mask);
        double sum = 0;
        for (double x : v) sum += x;
        return sum / v.length;
    }

    /** The NPSV in each replication (the array itself: callers do not change it). */
    double[] perReplication(int mask) {
        double[] v = npv.get(mask);
        if (v == null) throw new IllegalStateException("coalition " + mask + " not evaluated");
        return v;
    }

    boolean known(int mask) {
        return npv.containsKey(mask);
    }

    /** Coalitions simulated so far (the empty one apart). */
    int evaluated() {
        return npv.size() - 1;
    }

    /** Coalition-replications simulated so far. */
    long armRuns() {
        return armRuns;
    }

    int replications() {
        return replications;
    }

    /** Mean over replications of partner i's (scenario index) net position in the grand coalition. */
    double grandNet(int partner) {
        return meanOf(grandNet, partner);
    }

    /** Mean over replications of partner i's (scenario index) share of the option's costs. */
    double grandShare(int partner) {
        return meanOf(grandShares, partner);
    }

    private double meanOf(double[][] rows, int column) {
        double sum = 0;
        for (double[] row : rows) sum += row[column];
        return sum / rows.length;
    }

    private void run(List<Integer> batch) {
        List<Arm> arms = new ArrayList<>();
        arms.add(context.arm(null, null));
        for (int mask : batch) arms.add(context.arm(coalitions.optionOf(mask), null));
        int grandAt = batch.indexOf(coalitions.grand());
        double[][] values = new double[batch.size()][replications];
        Progress perArm = new Progress() {
            @Override
            public void begin(String task, long totalSteps) {
            }

            @Override
            public void step(long steps) {
                progress.step(steps * batch.size());
            }
        };
        OrderedParallel.run(replications, threads, r -> appraise(r, arms), (appraised, r) -> {
            for (int k = 0; k < appraised.size(); k++) values[k][r] = appraised.get(k).npv();
            if (grandAt >= 0) {
                grandNet[r] = appraised.get(grandAt).partnerNetNpv();
                grandShares[r] = appraised.get(grandAt).costShares();
            }
        }, perArm);
        for (int k = 0; k < batch.size(); k++) npv.put(batch.get(k), values[k]);
        armRuns += (long) batch.size() * replications;
    }

    private List<OptionAppraisal> appraise(int r, List<Arm> arms) {
        ScenarioValues values = context.sampled(r);
        List<ArmResult> results = context.simulate(r, values, arms);
        List<OptionAppraisal> out = new ArrayList<>(arms.size() - 1);
        for (int k = 1; k < results.size(); k++) out.add(context.appraise(results.get(0), results.get(k), values));
        return out;
    }
}
