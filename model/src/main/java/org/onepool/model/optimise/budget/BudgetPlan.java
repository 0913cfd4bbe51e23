package org.onepool.model.optimise.budget;

import java.util.ArrayList;
import java.util.List;

/**
 * How many tranches go to each lever, partner and year. Immutable: {@link #with} returns a new plan.
 *
 * @param tranches [lever][partner][year] tranche counts
 */
public record BudgetPlan(int[][][] tranches) {

    public static BudgetPlan empty(BudgetProblem problem) {
        return new BudgetPlan(new int[problem.levers().size()][problem.partners()][problem.years()]);
    }

    public static BudgetPlan of(BudgetProblem problem, List<BudgetSlot> slots) {
        int[][][] t = new int[problem.levers().size()][problem.partners()][problem.years()];
        for (BudgetSlot s : slots) if (s != null) t[s.lever()][s.partner()][s.year()]++;
        return new BudgetPlan(t);
    }

    public int count(int lever, int partner, int year) {
        return tranches[lever][partner][year];
    }

    public BudgetPlan with(BudgetSlot slot, int delta) {
        int[][][] t = new int[tranches.length][][];
        for (int l = 0; l < t.length; l++) {
            t[l] = new int[tranches[l].length][];
            for (int p = 0; p < t[l].length; p++) t[l][p] = tranches[l][p].clone();
        }
        t[slot.lever()][slot.partner()][slot.year()] += delta;
        return new BudgetPlan(t);
    }

    public int totalTranches() {
        int n = 0;
        for (int[][] l : tranches) for (int[] p : l) for (int c : p) n += c;
        return n;
    }

    public int leverTranches(int lever) {
        int n = 0;
        for (int[] p : tranches[lever]) for (int c : p) n += c;
        return n;
    }

    public int yearTranches(int year) {
        int n = 0;
        for (int[][] l : tranches) for (int[] p : l) n += p[year];
        return n;
    }

    /** One slot per tranche, in lever, partner, year order. */
    public List<BudgetSlot> slots() {
        List<BudgetSlot> out = new ArrayList<>();
        for (int l = 0; l < tranches.length; l++) {
            for (int p = 0; p < tranches[l].length; p++) {
                for (int y = 0; y < tranches[l][p].length; y++) {
                    for (int k = 0; k < tranches[l][p][y]; k++) out.add(new BudgetSlot(l, p, y));
                }
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BudgetPlan other && java.util.Arrays.deepEquals(tranches, other.tranches);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(tranches);
    }

    @Override
    public String toString() {
        return slots().toString();
    }
}
