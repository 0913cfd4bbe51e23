package org.onepool.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.onepool.model.finance.CaseSettings;
import org.onepool.model.finance.FinancialYears;
import org.onepool.model.finance.PayBill;
import org.onepool.model.projection.ArmProjection;
import org.onepool.model.projection.ProjectionFold;
import org.onepool.model.projection.ProjectionRows;
import org.onepool.model.projection.ReplicationProjection;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.onepool.model.workforce.Arm;
import org.onepool.model.workforce.MonthlySeries;
import org.onepool.model.workforce.ArmResult;
import org.onepool.model.workforce.Replication;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the workforce projection adds to one paired replication: reducing each arm's monthly record to
 * rows x years x measures (run on the replication's worker thread), and folding them with each option's
 * difference into the streaming statistics (run in replication order). Compare with
 * {@link ReplicationBenchmark}'s paired replication on the same options. Run from the repository root.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
public class ProjectionBenchmark {
    @Param({"scenarios/one-oxfordshire.yaml"})
    public String scenarioFile;

    private List<ArmResult> results;
    private List<PayBill> payBills;
    private FinancialYears years;
    private ProjectionRows rows;
    private ProjectionFold fold;
    /** A few replications' projections, folded in turn so the bands move as they would. */
    private final List<ReplicationProjection> projected = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws ScenarioException {
        Scenario scenario = ScenarioLoader.load(Path.of(scenarioFile));
        List<Arm> arms = new ArrayList<>();
        arms.add(Arm.BASELINE);
        for (Option o : scenario.options()) arms.add(new Arm(o, null));
        results = Replication.run(scenario, ScenarioValues.central(), 1, arms);
        var appraisal = scenario.appraisal();
        years = new FinancialYears(appraisal.start(), appraisal.horizonMonths());
        CaseSettings cases = CaseSettings.of(EnumSet.noneOf(CostCategory.class), false, 0, years.firstFinancialYear(),
                years.firstFinancialYear(), years.years(), fy -> 0.02, fy -> 0.02);
        payBills = new ArrayList<>();
        for (ArmResult r : results) payBills.add(PayBill.of(r.ledger(), years, cases));
        rows = new ProjectionRows(scenario);
        List<String> labels = new ArrayList<>();
        for (int y = 0; y < years.years(); y++) labels.add(years.label(y));
        fold = new ProjectionFold(rows, labels, arms.size());
        projected.add(reduce());
        for (int r = 2; r <= 3; r++) {
            List<ArmResult> other = Replication.run(scenario, ScenarioValues.central(), r, arms);
            List<double[]> values = new ArrayList<>();
            for (int a = 0; a < other.size(); a++) {
                values.add(ArmProjection.of(other.get(a).series(), PayBill.of(other.get(a).ledger(), years, cases), years, rows));
            }
            projected.add(new ReplicationProjection(values));
        }
    }

    /** Every arm's monthly record to its projection (the worker thread's share). */
    @Benchmark
    public ReplicationProjection reduce() {
        List<MonthlySeries> series = new ArrayList<>(results.size());
        for (ArmResult result : results) series.add(result.series());
        return ArmProjection.replication(series, payBills, years, rows);
    }

    /** One replication folded: sums and P-square bands of every arm and difference (the ordered share). */
    @Benchmark
    public int fold() {
        fold.add(projected.get(next++ % projected.size()));
        return fold.replications();
    }
}
