package org.onepool.model.optimise.budget;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The planning solution: the budget's tranches over the slots, scored in GBP. */
@PlanningSolution
public class BudgetSolution {
    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<BudgetSlot> slots;
    @ProblemFactCollectionProperty
    private List<LeverLimit> limits;
    @ProblemFactCollectionProperty
    private List<YearCap> caps;
    @ProblemFactProperty
    private PlanValue value;
    @PlanningEntityCollectionProperty
    private List<Tranche> tranches;
    @PlanningScore
    private HardSoftLongScore score;

    public BudgetSolution() {
    }

    public BudgetSolution(List<BudgetSlot> slots, List<LeverLimit> limits, List<YearCap> caps, PlanValue value,
                          List<Tranche> tranches) {
        this.slots = slots;
        this.limits = limits;
        this.caps = caps;
        this.value = value;
        this.tranches = tranches;
    }

    /** Every tranche unspent, ready to solve. */
    public static BudgetSolution of(BudgetProblem problem, PlanValue value) {
        List<Tranche> tranches = new ArrayList<>();
        for (int k = 0; k < problem.tranches(); k++) tranches.add(new Tranche(k, problem.trancheGbp(), null));
        return new BudgetSolution(problem.slots(), problem.limits(), problem.caps(), value, tranches);
    }

    public List<BudgetSlot> getSlots() {
        return slots;
    }

    public List<LeverLimit> getLimits() {
        return limits;
    }

    public List<YearCap> getCaps() {
        return caps;
    }

    public PlanValue getValue() {
        return value;
    }

    public List<Tranche> getTranches() {
        return tranches;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }
}
