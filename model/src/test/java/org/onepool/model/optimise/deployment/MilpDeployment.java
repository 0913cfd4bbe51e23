package org.onepool.model.optimise.deployment;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact reference: the deployment problem as a 0-1 integer program solved by OR-Tools' CP-SAT. A
 * binary per (person, post) pair the hard rules allow; each person at most one post, each post at most
 * one person, course spend within the budget; maximise the soft score. The rules and prices are written
 * here again from docs/deploy-format.md, not taken from the optimiser's constraints, and the plan it
 * returns is scored by {@link DeploymentScore} so that a slip on either side shows as a mismatch.
 */
final class MilpDeployment {
    static {
        Loader.loadNativeLibraries();
    }

    /** The optimum (or best found) and whether the solver proved it optimal; bound is its upper bound. */
    record Result(DeploymentPlan plan, long objectiveSoft, boolean proven, long upperBound) {
    }

    private MilpDeployment() {
    }

    static Result solve(DeploymentProblem problem, long timeLimitMillis) {
        DeploymentWeights w = problem.weights();
        long allVacant = 0;
        for (OpenPost post : problem.posts()) allVacant -= post.agencyCostGbpPerMonth() * w.monthsUntilExternalFill();
        CpModel model = new CpModel();
        Map<String, List<BoolVar>> byPerson = new HashMap<>();
        Map<String, List<BoolVar>> byPost = new HashMap<>();
        List<BoolVar> vars = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        List<Long> courses = new ArrayList<>();
        List<PooledPerson> whoOf = new ArrayList<>();
        List<OpenPost> whereOf = new ArrayList<>();
        for (PooledPerson person : problem.people()) {
            for (OpenPost post : problem.posts()) {
                if (!allowed(problem, person, post)) continue;
                long course = courseCost(problem, person, post);
                long value = value(problem, person, post, course);
                // A placement worth nothing or less never helps: every constraint is an upper limit.
                if (value <= 0 || course > problem.trainingBudgetGbp()) continue;
                BoolVar x = model.newBoolVar("x" + vars.size());
                vars.add(x);
                values.add(value);
                courses.add(course);
                whoOf.add(person);
                whereOf.add(post);
                byPerson.computeIfAbsent(person.id(), id -> new ArrayList<>()).add(x);
                byPost.computeIfAbsent(post.id(), id -> new ArrayList<>()).add(x);
            }
        }
        if (vars.isEmpty()) return new Result(DeploymentScore.plan(problem, Map.of()), allVacant, true, allVacant);
        for (List<BoolVar> row : byPerson.values()) model.addAtMostOne(row.toArray(new BoolVar[0]));
        for (List<BoolVar> row : byPost.values()) model.addAtMostOne(row.toArray(new BoolVar[0]));
        BoolVar[] x = vars.toArray(new BoolVar[0]);
        long budget = Math.min(problem.trainingBudgetGbp(), courses.stream().mapToLong(Long::longValue).sum());
        model.addLessOrEqual(LinearExpr.weightedSum(x, courses.stream().mapToLong(Long::longValue).toArray()), budget);
        model.maximize(LinearExpr.weightedSum(x, values.stream().mapToLong(Long::longValue).toArray()));
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimitMillis / 1000.0).setNumWorkers(2).setRandomSeed(1);
        CpSolverStatus status = solver.solve(model);
        if (status == CpSolverStatus.UNKNOWN) {
            // No plan within the time limit (500 people): leaving every post vacant is the plan, and CP-SAT's
            // bound is not to be trusted, so none is given (the relaxation's bound is used instead).
            return new Result(DeploymentScore.plan(problem, Map.of()), allVacant, false, Long.MAX_VALUE);
        }
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            throw new IllegalStateException("CP-SAT found no plan: " + status);
        }
        Map<String, OpenPost> placed = new HashMap<>();
        for (int k = 0; k < x.length; k++) if (solver.booleanValue(x[k])) placed.put(whoOf.get(k).id(), whereOf.get(k));
        boolean proven = status == CpSolverStatus.OPTIMAL;
        return new Result(DeploymentScore.plan(problem, placed), allVacant + Math.round(solver.objectiveValue()), proven,
                allVacant + (long) Math.floor(solver.bestObjectiveBound() + 1e-6));
    }

    /**
     * An upper bound on the optimum's soft score from the budget's Lagrangian relaxation: for any price
     * p &gt;= 0 per pound of course, every plan within the budget scores at most the best assignment with
     * each placement's value less p times its course (no budget; solved by CP-SAT, whose proven bound is
     * used, each coefficient rounded up) plus p times the budget. Where CP-SAT's own bound on the full
     * program is weak (dense instances) this one is close to the optimum.
     */
    static long lagrangianBound(DeploymentProblem problem, double price, long timeLimitMillis) {
        DeploymentWeights w = problem.weights();
        long allVacant = 0;
        for (OpenPost post : problem.posts()) allVacant -= post.agencyCostGbpPerMonth() * w.monthsUntilExternalFill();
        CpModel model = new CpModel();
        Map<String, List<BoolVar>> byPerson = new HashMap<>();
        Map<String, List<BoolVar>> byPost = new HashMap<>();
        List<BoolVar> vars = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        for (PooledPerson person : problem.people()) {
            for (OpenPost post : problem.posts()) {
                if (!allowed(problem, person, post)) continue;
                long course = courseCost(problem, person, post);
                if (course > problem.trainingBudgetGbp()) continue;
                long weight = (long) Math.ceil(value(problem, person, post, course) - price * course);
                if (weight <= 0) continue;
                BoolVar x = model.newBoolVar("x" + vars.size());
                vars.add(x);
                weights.add(weight);
                byPerson.computeIfAbsent(person.id(), id -> new ArrayList<>()).add(x);
                byPost.computeIfAbsent(post.id(), id -> new ArrayList<>()).add(x);
            }
        }
        long relaxed = (long) Math.ceil(price * problem.trainingBudgetGbp());
        if (vars.isEmpty()) return allVacant + relaxed;
        for (List<BoolVar> row : byPerson.values()) model.addAtMostOne(row.toArray(new BoolVar[0]));
        for (List<BoolVar> row : byPost.values()) model.addAtMostOne(row.toArray(new BoolVar[0]));
        model.maximize(LinearExpr.weightedSum(vars.toArray(new BoolVar[0]), weights.stream().mapToLong(Long::longValue).toArray()));
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimitMillis / 1000.0).setNumWorkers(2).setRandomSeed(1);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            throw new IllegalStateException("CP-SAT found no assignment: " + status);
        }
        return allVacant + (long) Math.ceil(solver.bestObjectiveBound() - 1e-6) + relaxed;
    }

    /** A placement's worth against leaving the post vacant, as docs/deploy-format.md prices it. */
    private static long value(DeploymentProblem problem, PooledPerson person, OpenPost post, long course) {
        DeploymentWeights w = problem.weights();
        return post.agencyCostGbpPerMonth() * w.monthsUntilExternalFill() - course
                - Math.round(haversineKm(person, post) * w.travelGbpPerKm()) - w.moveGbp()
                + (person.kind() == PersonKind.STAGNATING && post.grade() == person.grade() + 1
                        ? (long) person.monthsStagnating() * w.progressionGbpPerMonth() : 0);
    }

    /** The hard rules of docs/deploy-format.md, written out again here. */
    private static boolean allowed(DeploymentProblem problem, PooledPerson person, OpenPost post) {
        if (!person.jobFamily().equals(post.jobFamily())) return false;
        boolean walled = person.behindWall() || post.behindWall();
        if (walled && !person.homePartner().equals(post.partner())) return false;
        if (person.vetting().compareTo(post.vettingRequired()) < 0) return false;
        if (post.grade() != person.grade() && post.grade() != person.grade() + 1) return false;
        return courseCost(problem, person, post) >= 0;
    }

    /** The cheapest course for the skill the post needs and the person lacks: 0 if none needed, -1 if none exists. */
    private static long courseCost(DeploymentProblem problem, PooledPerson person, OpenPost post) {
        if (post.requiredSkill() == null || person.skills().contains(post.requiredSkill())) return 0;
        return problem.training().stream().filter(t -> t.skill().equals(post.requiredSkill()))
                .mapToLong(TrainingOption::costGbp).min().orElse(-1);
    }

    private static double haversineKm(PooledPerson a, OpenPost b) {
        double p1 = Math.toRadians(a.latitude());
        double p2 = Math.toRadians(b.latitude());
        double h = hav(p2 - p1) + Math.cos(p1) * Math.cos(p2) * hav(Math.toRadians(b.longitude() - a.longitude()));
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static double hav(double theta) {
        double s = Math.sin(theta / 2);
        return s * s;
    }
}
