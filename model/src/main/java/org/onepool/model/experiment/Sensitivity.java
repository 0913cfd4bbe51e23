package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.onepool.model.scenario.Assumption;
import org.onepool.model.scenario.Defaults;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.ScenarioValues;

/**
 * Tornado and switching values. The uncertain inputs are first screened by the rank correlation of
 * their sampled values with each option's NPV over the main replications; the most influential are then
 * set one at a time to their P10 and P90 (others central) and run on common random numbers, so the
 * difference between the two runs is the input's effect and not noise. Switching values search, with
 * Brent's method, for the input value at which the median NPV crosses zero.
 */
final class Sensitivity {
    private static final int SWITCHING_INPUTS = 3;
    private static final int MAX_SOLVER_EVALUATIONS = 12;

    private final AppraisalContext context;
    private final List<Option> options;
    private final ExperimentPlan plan;
    private final Progress progress;

    Sensitivity(AppraisalContext context, List<Option> options, ExperimentPlan plan, Progress progress) {
        this.context = context;
        this.options = options;
        this.plan = plan;
        this.progress = progress;
    }

    /**
     * The inputs to vary: the optimism-bias uplifts stated as single values (swept over their published range)
     * first, then the uncertain ones: all if few, else the most correlated with any option's NPV.
     */
    List<Assumption> screen(double[][] sampledInputs, List<double[]> npvs) {
        List<Assumption> out = new ArrayList<>(context.swept.keySet());
        int room = Math.max(0, plan.tornadoInputs() - out.size());
        out.addAll(screenUncertain(sampledInputs, npvs, room));
        return out;
    }

    private List<Assumption> screenUncertain(double[][] sampledInputs, List<double[]> npvs, int room) {
        List<Assumption> inputs = context.uncertain;
        if (inputs.size() <= room || sampledInputs.length < 5) {
            return inputs.subList(0, Math.min(inputs.size(), room));
        }
        double[] strength = new double[inputs.size()];
        SpearmansCorrelation spearman = new SpearmansCorrelation();
        for (int k = 0; k < inputs.size(); k++) {
            double[] x = new double[sampledInputs.length];
            for (int r = 0; r < x.length; r++) x[r] = sampledInputs[r][k];
            for (double[] npv : npvs) {
                double rho = spearman.correlation(x, npv);
                if (!Double.isNaN(rho)) strength[k] = Math.max(strength[k], Math.abs(rho));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) order.add(k);
        order.sort(Comparator.comparingDouble((Integer k) -> -strength[k]).thenComparingInt(k -> k));
        return order.subList(0, room).stream().sorted().map(inputs::get).toList();
    }

    /** Tornado bars per option (outer list in option order), each sorted by swing. */
    List<List<Summary.TornadoBar>> tornado(List<Assumption> inputs) {
        int n = plan.sensitivityReplications();
        progress.begin("Tornado", (long) (2 * inputs.size()) * n);
        List<List<Summary.TornadoBar>> bars = new ArrayList<>();
        for (int k = 0; k < options.size(); k++) bars.add(new ArrayList<>());
        for (Assumption input : inputs) {
            double[] range = context.swept.get(input);
            double low = range != null ? range[0] : input.input().quantile(0.1);
            double high = range != null ? range[1] : input.input().quantile(0.9);
            double[] atLow = median(ScenarioValues.central().with(input.input(), low), n);
            double[] atHigh = median(ScenarioValues.central().with(input.input(), high), n);
            String label = label(input);
            for (int k = 0; k < options.size(); k++) {
                if (!input.concerns(options.get(k))) continue;
                bars.get(k).add(new Summary.TornadoBar(input.path(), label, low, high, atLow[k], atHigh[k]));
            }
        }
        for (List<Summary.TornadoBar> list : bars) {
            list.sort(Comparator.comparingDouble(Summary.TornadoBar::swing).reversed()
                    .thenComparing(Summary.TornadoBar::input));
        }
        return bars;
    }

    /** An input's label; a default is one input wherever the scenario leaves it out, and says so. */
    private String label(Assumption input) {
        String label = InputLabels.of(context.scenario, input.path());
        if (!Defaults.isDefault(input.input())) return label;
        return "default, wherever not stated · " + label.substring(label.lastIndexOf(" · ") + 3);
    }

    private double[] median(ScenarioValues values, int n) {
        double[] medians = context.medianNpv(options, values, null, n, plan.threads());
        progress.step(n);
        return medians;
    }

    /**
     * Per option (in the experiment's order), the share of its saving each of its mechanisms resting on
     * assumptions only carries: (median NPV − median NPV with that mechanism's effect inputs at zero) ÷
     * (median NPV − median NPV with every effect of the option at zero), all present values on common
     * random numbers, so costs cancel and the denominator is the option's whole saving.
     */
    List<List<Warnings.MechanismShare>> assumedMechanisms() {
        List<List<Warnings.MechanismShare>> out = new ArrayList<>();
        for (int k = 0; k < options.size(); k++) out.add(new ArrayList<>());
        List<Warnings.Mechanism> mechanisms = Warnings.assumptionOnlyMechanisms(context.scenario, context.register);
        if (mechanisms.isEmpty()) return out;
        int n = plan.sensitivityReplications();
        progress.begin("Mechanisms resting on assumptions", (long) (2 * mechanisms.size() + 1) * n);
        double[] central = median(ScenarioValues.central(), n);
        for (Warnings.Mechanism m : mechanisms) {
            int k = options.indexOf(context.scenario.options().get(m.option()));
            if (k < 0) continue;
            double saving = central[k] - medianWithout(k, "options[" + m.option() + "].interventions[");
            double carried = central[k] - medianWithout(k, "options[" + m.option() + "].interventions["
                    + m.intervention() + "].effects.");
            out.get(k).add(new Warnings.MechanismShare(m.label(), saving > 0 ? carried / saving : 0));
        }
        return out;
    }

    /** Option k's median NPV with every effect input whose path starts with {@code prefix} at zero. */
    private double medianWithout(int k, String prefix) {
        int n = plan.sensitivityReplications();
        ScenarioValues without = ScenarioValues.central();
        for (Assumption a : context.register) {
            if (a.path().startsWith(prefix) && a.path().contains(".effects.")) without = without.with(a.input(), 0);
        }
        double median = context.medianNpv(List.of(options.get(k)), without, null, n, plan.threads())[0];
        progress.step(n);
        return median;
    }

    /** Switching values for an option's most influential inputs (its top tornado bars). */
    List<Summary.SwitchingValue> switchingValues(Option option, List<Summary.TornadoBar> tornado) {
        List<Summary.SwitchingValue> out = new ArrayList<>();
        int n = plan.sensitivityReplications();
        for (Summary.TornadoBar bar : tornado.subList(0, Math.min(SWITCHING_INPUTS, tornado.size()))) {
            Assumption input = java.util.stream.Stream.concat(context.swept.keySet().stream(), context.uncertain.stream())
                    .filter(a -> a.path().equals(bar.input())).findFirst().orElseThrow();
            double lo = bounded(input, true);
            double hi = bounded(input, false);
            var f = (org.apache.commons.math3.analysis.UnivariateFunction) x -> context.medianNpv(List.of(option),
                    ScenarioValues.central().with(input.input(), x), null, n, plan.threads())[0];
            double fLo = f.value(lo);
            double fHi = f.value(hi);
            Double root = null;
            if (fLo == 0) {
                root = lo;
            } else if (fHi == 0) {
                root = hi;
            } else if (Math.signum(fLo) != Math.signum(fHi)) {
                try {
                    root = new BrentSolver((hi - lo) * 1e-3).solve(MAX_SOLVER_EVALUATIONS, f, lo, hi);
                } catch (TooManyEvaluationsException e) {
                    root = null;
                }
            }
            out.add(new Summary.SwitchingValue(bar.input(), bar.label(), input.input().central(), lo, hi, root));
            progress.step(1);
        }
        return out;
    }

    /**
     * The range searched: a swept optimism-bias uplift's published bounds, else the input's own bounds, or its
     * P1 and P99 for unbounded distributions.
     */
    private double bounded(Assumption input, boolean low) {
        double[] range = context.swept.get(input);
        if (range != null) return low ? range[0] : range[1];
        double edge = low ? input.input().lowest() : input.input().highest();
        return Double.isFinite(edge) ? edge : input.input().quantile(low ? 0.01 : 0.99);
    }
}
