package org.onepool.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.onepool.model.workforce.Arm;
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
 * One paired replication of a bundled scenario: warm-up, business as usual and the chosen options on
 * common random numbers. Run from the repository root (the scenario is read from scenarios/).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
public class ReplicationBenchmark {
    @Param({"scenarios/one-oxfordshire.yaml"})
    public String scenarioFile;

    /** "all" for every option, or one option id (the 1,000-replication target pairs the pool alone). */
    @Param({"pool", "all"})
    public String options;

    private Scenario scenario;
    private List<Arm> arms;
    private int replication;

    @Setup(Level.Trial)
    public void setUp() throws ScenarioException {
        scenario = ScenarioLoader.load(Path.of(scenarioFile));
        arms = new ArrayList<>();
        arms.add(Arm.BASELINE);
        for (Option o : scenario.options()) {
            if (options.equals("all") || o.id().equals(options)) arms.add(new Arm(o, null));
        }
    }

    @Benchmark
    public List<ArmResult> pairedReplication() {
        return Replication.run(scenario, ScenarioValues.central(), replication++, arms);
    }
}
