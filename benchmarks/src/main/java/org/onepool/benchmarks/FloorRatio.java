package org.onepool.benchmarks;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the monthly-step benchmark and prints ns per staff-month for the full model and the floor
 * kernel, and their ratio, from the same run. Extra arguments are passed to JMH (e.g. -p staff=30000).
 */
public final class FloorRatio {
    private FloorRatio() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        var options = new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(MonthlyStepBenchmark.class.getSimpleName()).build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.printf("%n%-8s %14s %14s %8s%n", "staff", "full ns/s-m", "floor ns/s-m", "ratio");
        for (String staff : new String[] {"1000", "30000", "300000"}) {
            double full = perStaffMonth(results, "fullModelMonth", staff);
            double floor = perStaffMonth(results, "floorKernelMonth", staff);
            if (Double.isNaN(full) || Double.isNaN(floor)) continue;
            System.out.printf("%-8s %14.2f %14.2f %8.2f%n", staff, full, floor, full / floor);
        }
    }

    private static double perStaffMonth(Collection<RunResult> results, String method, String staff) {
        for (RunResult r : results) {
            var params = r.getParams();
            if (params.getBenchmark().endsWith("." + method) && staff.equals(params.getParam("staff"))) {
                return r.getPrimaryResult().getScore() / Integer.parseInt(staff);
            }
        }
        return Double.NaN;
    }
}
