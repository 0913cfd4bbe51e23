package org.onepool.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.onepool.model.optimise.deployment.DeploymentOptimiser;
import org.onepool.model.optimise.deployment.DeploymentPlan;
import org.onepool.model.optimise.deployment.DeploymentProblem;
import org.onepool.model.optimise.deployment.DeploymentWeights;
import org.onepool.model.optimise.deployment.GreedyDeployment;
import org.onepool.model.optimise.deployment.OpenPost;
import org.onepool.model.optimise.deployment.PersonKind;
import org.onepool.model.optimise.deployment.PooledPerson;
import org.onepool.model.optimise.deployment.TrainingOption;
import org.onepool.model.scenario.Vetting;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** One deployment call of the size a month of the One Oxfordshire pool poses: 30 people, 40 posts. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
public class DeploymentBenchmark {
    private DeploymentProblem problem;
    private DeploymentOptimiser optimiser;
    private final GreedyDeployment greedy = new GreedyDeployment();

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(42);
        String[] partners = {"occ", "oxford-city", "cherwell", "south-vale", "west-oxon", "oxford-health", "tvp"};
        String[] families = {"admin", "professional", "care"};
        List<PooledPerson> people = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String partner = partners[r.nextInt(partners.length)];
            people.add(new PooledPerson("p" + i, PersonKind.values()[r.nextInt(3)], families[r.nextInt(3)],
                    1 + r.nextInt(4), partner, 51.6 + r.nextDouble() * 0.5, -1.6 + r.nextDouble() * 0.6,
                    r.nextInt(3) == 0 ? Vetting.ENHANCED : Vetting.NONE, Set.of(), r.nextInt(60), partner.equals("tvp")));
        }
        List<OpenPost> posts = new ArrayList<>();
        for (int j = 0; j < 40; j++) {
            String partner = partners[r.nextInt(partners.length)];
            posts.add(new OpenPost("v" + j, partner, families[r.nextInt(3)], 1 + r.nextInt(4),
                    51.6 + r.nextDouble() * 0.5, -1.6 + r.nextDouble() * 0.6, Vetting.NONE,
                    r.nextInt(4) == 0 ? "registration" : null, 500 + r.nextInt(3000), partner.equals("tvp")));
        }
        problem = new DeploymentProblem(people, posts, List.of(new TrainingOption("reg", "registration", 1500, 3)),
                6_000, DeploymentWeights.DEFAULT);
        optimiser = DeploymentOptimiser.forSimulation(1);
    }

    @Benchmark
    public DeploymentPlan optimised() {
        return optimiser.plan(problem);
    }

    @Benchmark
    public DeploymentPlan greedy() {
        return greedy.plan(problem);
    }
}
