package org.onepool.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.onepool.model.experiment.FairShare;
import org.onepool.model.experiment.FairShares;
import org.onepool.model.experiment.Progress;
import org.onepool.model.experiment.Summary;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioException;
import org.onepool.model.scenario.input.ScenarioLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Coalition-replications per second of the fair-share analysis on One Oxfordshire: the option {@code pool}
 * with three partners pooling (7 groups, every one simulated) on {@value #REPLICATIONS} replications, one
 * thread. Every group's arm simulates the whole scenario's staff (the partners outside the group run as
 * business as usual), so the figure is what each of the 511 groups of the nine-partner option costs too.
 * One operation is one coalition-replication. Run from the repository root.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 4, time = 10)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
public class CoalitionBenchmark {
    static final int PARTNERS = 3;
    static final int GROUPS = (1 << PARTNERS) - 1;
    static final int REPLICATIONS = 2;
    private static final Summary.ScenarioInfo INFO = new Summary.ScenarioInfo("benchmark", "one-oxfordshire.yaml", "");

    private FairShares shares;

    @Setup(Level.Trial)
    public void setUp() throws IOException, ScenarioException {
        shares = new FairShares(threePartnerPool(), "pool", FairShares.Settings.defaults(REPLICATIONS, 1, 1));
        shares.estimate();
    }

    /** One Oxfordshire with its pool option joined by three partners only. */
    static Scenario threePartnerPool() throws IOException, ScenarioException {
        String yaml = Files.readString(Path.of("scenarios/one-oxfordshire.yaml"));
        int pool = yaml.indexOf("  - id: pool\n");
        int from = yaml.indexOf("    partners: [", pool);
        int to = yaml.indexOf(']', from) + 1;
        return ScenarioLoader.parse(yaml.substring(0, from) + "    partners: [occ, oxford-city, cherwell]"
                + yaml.substring(to), false);
    }

    /** Every group of the three (7) on the replications: full pool and go-alone cases first, then the pairs. */
    @Benchmark
    @OperationsPerInvocation(GROUPS * REPLICATIONS)
    public FairShare coalitionReplications() {
        return shares.run(INFO, Progress.NONE);
    }
}
