package org.onepool.benchmarks;

import java.util.concurrent.TimeUnit;
import org.onepool.model.workforce.WorkforceRun;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The full model's monthly step (all seven phases) per staff-month, beside the floor kernel: the least
 * work a step could do over the same number of staff — the same number of uniform draws as the leaving
 * and mobility phases make (one per person) and one state update.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class MonthlyStepBenchmark {
    @Param({"1000", "30000", "300000"})
    public int staff;

    private WorkforceRun run;
    private FloorKernel floor;

    @Setup(Level.Trial)
    public void setUp() {
        run = WorkforceRun.prepare(BenchmarkScenarios.ofStaff(staff), 1);
        floor = new FloorKernel(run.staff());
    }

    /** Cost of one staff-month in the full model (score is per month; divide by staff). */
    @Benchmark
    public void fullModelMonth() {
        run.stepMonth();
    }

    @Benchmark
    public void floorKernelMonth(Blackhole hole) {
        hole.consume(floor.month());
    }
}
