package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.onepool.model.Version;
import org.onepool.model.finance.DiscountRates;
import org.onepool.model.finance.PayBill;
import org.onepool.model.projection.ArmProjection;
import org.onepool.model.projection.Projection;
import org.onepool.model.projection.ReplicationProjection;
import org.onepool.model.scenario.Assumption;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.Stress;
import org.onepool.model.workforce.Arm;
import org.onepool.model.workforce.ArmResult;
import org.onepool.model.workforce.Measure;
import org.onepool.model.workforce.MonthlySeries;

/**
 * The appraisal of every option against business as usual, in named steps: {@link #replicate} runs paired
 * Monte Carlo replications (each option on the same seed and sampled inputs as business as usual) and an
 * {@link AppraisalFold} folds their outcomes in replication order; then {@link #complete} screens the
 * uncertain inputs and draws the tornado, finds switching values, runs the stress tests and the deployment
 * comparisons, and assembles the result. {@link #run} does all of it. Results are the same for a seed at
 * any thread count, and whether the replications run as one block or as several folded in order.
 */
public final class Experiment {
    private final AppraisalContext context;
    private final ExperimentPlan plan;
    private final List<Option> options;
    /** Business as usual, then each option, with no stress. */
    private final List<Arm> arms = new ArrayList<>();
    /** The first replications' arms, simulated to decide the benefit streams, until the appraisal takes them. */
    private final java.util.Map<Integer, List<ArmResult>> decidedOn = new java.util.concurrent.ConcurrentHashMap<>();
    private final long started = System.nanoTime();

    /** @throws IllegalArgumentException if the plan names an option the scenario does not have */
    public Experiment(Scenario scenario, ExperimentPlan plan) {
        this(scenario, plan, null);
    }

    /**
     * The experiment with every arm, business as usual included, under {@code stress} from its start month
     * (null: none, as {@code onepool run} appraises): the question a scenario grid's stressed cell asks.
     *
     * @throws IllegalArgumentException if the plan names an option the scenario does not have
     */
    public Experiment(Scenario scenario, ExperimentPlan plan, Stress stress) {
        this.context = new AppraisalContext(scenario, plan.seed());
        this.plan = plan;
        this.options = context.options(plan.options());
        arms.add(stress == null ? Arm.BASELINE : context.arm(null, stress));
        for (Option o : options) arms.add(context.arm(o, stress));
        if (!options.isEmpty() && plan.replications() > 0) {
            List<List<ArmResult>> first = context.decideBenefitStreams(arms, plan.replications(), plan.threads());
            for (int r = 0; r < first.size(); r++) decidedOn.put(r, first.get(r));
        }
    }

    /** Every step: the replications as one block, folded, then the analyses and the result. */
    public static ExperimentResult run(Scenario scenario, String file, String sha256, ExperimentPlan plan,
                                       Progress progress) {
        Experiment experiment = new Experiment(scenario, plan);
        AppraisalFold fold = experiment.newFold();
        experiment.replicate(0, plan.replications(), fold::add, progress);
        return experiment.complete(fold, new Summary.ScenarioInfo(scenario.name(), file, sha256), progress);
    }

    /** An empty fold for the plan's replications, to take their outcomes in replication order. */
    public AppraisalFold newFold() {
        return new AppraisalFold(context, options, plan.replications(), plan.projections());
    }

    /**
     * Runs replications [from, to) on the plan's threads and hands each outcome to {@code sink} in
     * replication order.
     */
    public void replicate(int from, int to, Consumer<ReplicationOutcome> sink, Progress progress) {
        // Replications before this block will not be asked for again here: do not hold on to them.
        decidedOn.keySet().removeIf(r -> r < from);
        progress.begin("Appraisal", to - from);
        OrderedParallel.run(from, to, plan.threads(), this::replication, (outcome, r) -> sink.accept(outcome),
                progress);
    }

    /** The outcomes of replications [from, to), in order: a block to fold elsewhere. */
    public List<ReplicationOutcome> replicate(int from, int to) {
        List<ReplicationOutcome> block = new ArrayList<>(to - from);
        replicate(from, to, block::add, Progress.NONE);
        return block;
    }

    /** Replication r: business as usual and every option on r's seed and sampled inputs. */
    private ReplicationOutcome replication(int r) {
        ScenarioValues values = context.sampled(r);
        List<ArmResult> decided = decidedOn.remove(r);
        List<ArmResult> results = decided != null ? decided : context.simulate(r, values, arms);
        ArmResult base = results.get(0);
        double staffMonths = context.scenario.simulation().warmUpYears() * 12 * (double) context.scenario.totalHeadcount();
        for (ArmResult arm : results) staffMonths += arm.series().total(Measure.HEADCOUNT);
        List<ReplicationOutcome.OptionOutcome> appraised = new ArrayList<>();
        for (int k = 0; k < options.size(); k++) {
            ArmResult option = results.get(k + 1);
            appraised.add(new ReplicationOutcome.OptionOutcome(context.appraise(base, option, values),
                    WorkforceIndicators.of(option)));
        }
        List<Double> sampled = new ArrayList<>(context.uncertain.size());
        for (Assumption a : context.uncertain) sampled.add(values.of(a.input()));
        PayBill basePayBill = PayBill.of(base.ledger(), context.years, context.cases);
        return new ReplicationOutcome(r, WorkforceIndicators.of(base), totalCost(base), appraised, sampled,
                staffMonths, basePayBill, plan.projections() ? projection(results, basePayBill) : null);
    }

    /** The workforce projection of each arm of a replication, business as usual's pay bill already worked out. */
    private ReplicationProjection projection(List<ArmResult> results, PayBill basePayBill) {
        List<MonthlySeries> series = new ArrayList<>(results.size());
        List<PayBill> bills = new ArrayList<>(results.size());
        for (ArmResult arm : results) {
            series.add(arm.series());
            bills.add(arm == results.get(0) ? basePayBill : PayBill.of(arm.ledger(), context.years, context.cases));
        }
        return ArmProjection.replication(series, bills, context.years, context.projectionRows);
    }

    /**
     * Everything after the main replications, on the folded outcomes: the tornado, switching values, stress
     * tests and deployment comparisons the plan asks for, then the result.
     */
    public ExperimentResult complete(AppraisalFold fold, Summary.ScenarioInfo scenario, Progress progress) {
        if (!fold.complete()) {
            throw new IllegalStateException(fold.folded() + " of " + plan.replications() + " replications folded");
        }
        Tornado tornado = screenAndTornado(fold, progress);
        return assemble(fold, tornado, switching(tornado, progress), assumedMechanisms(progress), stresses(progress),
                deploymentComparisons(progress), scenario);
    }

    /** The tornado of each option, and how many inputs screening kept (none when not asked for). */
    private record Tornado(int screenedInputs, List<List<Summary.TornadoBar>> byOption) {
    }

    /**
     * Screens the uncertain inputs by the rank correlation of their sampled values with each option's NPV
     * over the first replications, then sets each input kept to its P10 and P90 on common random numbers.
     */
    private Tornado screenAndTornado(AppraisalFold fold, Progress progress) {
        if (!sensitivityAsked()) return new Tornado(0, empty(options.size()));
        Sensitivity sensitivity = new Sensitivity(context, options, plan, progress);
        List<Assumption> screened = sensitivity.screen(fold.screeningInputs(),
                fold.options().stream().map(OptionAccumulator::npvs).toList());
        return new Tornado(screened.size(), sensitivity.tornado(screened));
    }

    private boolean sensitivityAsked() {
        return plan.sensitivity() && (!context.uncertain.isEmpty() || !context.swept.isEmpty()) && !options.isEmpty();
    }

    /** Where each option's median NPV crosses zero along its most influential inputs. */
    private List<List<Summary.SwitchingValue>> switching(Tornado tornado, Progress progress) {
        List<List<Summary.SwitchingValue>> switching = empty(options.size());
        if (!sensitivityAsked()) return switching;
        Sensitivity sensitivity = new Sensitivity(context, options, plan, progress);
        progress.begin("Switching values", (long) options.size() * Math.min(3, tornado.screenedInputs()));
        for (int k = 0; k < options.size(); k++) {
            switching.set(k, sensitivity.switchingValues(options.get(k), tornado.byOption().get(k)));
        }
        return switching;
    }

    /** What the mechanisms resting on assumptions only carry, per option (nothing without sensitivity). */
    private List<List<Warnings.MechanismShare>> assumedMechanisms(Progress progress) {
        if (!plan.sensitivity() || options.isEmpty()) return empty(options.size());
        return new Sensitivity(context, options, plan, progress).assumedMechanisms();
    }

    /** Each option under each stress test (per option, one result per stress). */
    private List<List<Summary.StressResult>> stresses(Progress progress) {
        if (!plan.stress() || options.isEmpty()) return empty(options.size());
        return new StressTests(context, options, plan, progress).run();
    }

    /** First-come against optimised deployment, for each option that opens a pool when the plan asks. */
    private List<Summary.DeploymentComparison> deploymentComparisons(Progress progress) {
        List<Summary.DeploymentComparison> deployment = new ArrayList<>();
        DeploymentComparisons comparisons = new DeploymentComparisons(context, plan, progress);
        for (Option o : options) {
            boolean compare = plan.deploymentReplications() > 0 && DeploymentComparisons.opensPool(o);
            deployment.add(compare ? comparisons.compare(o) : null);
        }
        return deployment;
    }

    private ExperimentResult assemble(AppraisalFold fold, Tornado tornado,
                                      List<List<Summary.SwitchingValue>> switching,
                                      List<List<Warnings.MechanismShare>> mechanisms,
                                      List<List<Summary.StressResult>> stress,
                                      List<Summary.DeploymentComparison> deployment, Summary.ScenarioInfo info) {
        List<Summary.OptionResult> results = new ArrayList<>();
        List<CashFlowRow> cashFlows = new ArrayList<>();
        for (int k = 0; k < options.size(); k++) {
            OptionAccumulator accumulator = fold.options().get(k);
            results.add(accumulator.result(tornado.byOption().get(k), switching.get(k), stress.get(k),
                    deployment.get(k)));
            cashFlows.addAll(accumulator.cashFlows());
        }
        var appraisal = context.scenario.appraisal();
        var bias = appraisal.optimismBias();
        List<String> armIds = new ArrayList<>(List.of("baseline"));
        List<String> armNames = new ArrayList<>(List.of("Business as usual"));
        for (Option o : options) {
            armIds.add(o.id());
            armNames.add(o.name());
        }
        Projection projection = fold.projection(armIds, armNames);
        Summary summary = new Summary(info, Version.get(), plan.seed(), plan.replications(), plan.threads(),
                appraisal.startMonth(), appraisal.horizonMonths(), appraisal.discountSchedule().id(),
                new Summary.Settings(plan.sensitivity() ? plan.sensitivityReplications() : 0,
                        plan.stress() ? plan.stressReplications() : 0, tornado.screenedInputs(),
                        bias.runningUpliftInForce().central(), bias.runningMitigationInForce().central(),
                        bias.benefitsShortfall().central()),
                fold.baseline(), results, Warnings.of(results, mechanisms),
                projection == null ? null : ProjectionSummary.of(projection));
        DiscountRates rates = DiscountRates.of(appraisal);
        List<AppraisalYear> years = new ArrayList<>();
        for (int y = 0; y < context.years.years(); y++) {
            years.add(new AppraisalYear(context.years.label(y), rates.rateIntoYear(y), context.factors[y]));
        }
        return new ExperimentResult(summary, cashFlows, context.register, years, fold.staffMonths(),
                (System.nanoTime() - started) / 1e9, projection);
    }

    private static double totalCost(ArmResult arm) {
        double total = 0;
        for (int m = 0; m < arm.ledger().months(); m++) {
            // The costs the economic case compares (the pay bill, its memo and transfers are the financial case's).
            for (CostCategory c : CostCategory.values()) if (c.inEconomicCase()) total += arm.ledger().monthTotal(m, c);
        }
        return total;
    }

    private static <T> List<List<T>> empty(int size) {
        List<List<T>> out = new ArrayList<>();
        for (int k = 0; k < size; k++) out.add(Collections.emptyList());
        return out;
    }
}
