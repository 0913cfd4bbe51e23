package org.onepool.model.workforce;

import org.onepool.model.scenario.CostCategory;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 2. Everyone ages a month; retirements; voluntary leaving from the month's hazard table with a
 * reason for each leaver; redundancy for staff at risk past the redeployment period. The leaving draw
 * for a person in a month is addressed by (id, month), so it is the same in every arm.
 */
final class LeavingPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final long REASON = 1L << 40;
    private static final Measure[] REASONS = {Measure.LEAVERS_CAREER, Measure.LEAVERS_PAY,
        Measure.LEAVERS_RELOCATION, Measure.LEAVERS_OTHER};

    @Override
    public void step(SimState simState) {
        WorkforceModel m = (WorkforceModel) simState;
        Parameters p = m.params;
        Layout layout = p.layout;
        StaffTable staff = m.state.staff;
        Hazards hazards = m.hazards;
        int stagnation = p.stagnationMonths;
        int[] pfOfCell = p.pfOfCell;
        // Leavers are swapped out with the last row, which is then stepped in their place.
        for (int i = 0; i < staff.size; ) {
            int age = ++staff.ageMonths[i];
            int tenure = staff.tenureMonths[i] < Short.MAX_VALUE ? ++staff.tenureMonths[i] : staff.tenureMonths[i];
            int inPost = staff.monthsInPost[i] < Short.MAX_VALUE ? ++staff.monthsInPost[i] : staff.monthsInPost[i];
            int cell = staff.cell[i];
            int pf = pfOfCell[cell];
            Measure reason = null;
            if (age >= staff.retireAgeMonths[i]) {
                reason = Measure.LEAVERS_RETIREMENT;
            } else {
                int band = p.bandOfTenure[pf][Math.min(tenure, Parameters.MAX_TENURE_MONTHS)];
                int stagnating = inPost >= stagnation ? 1 : 0;
                int engaged = staff.engagementPercentile(i) < hazards.engagedThreshold[pf] ? 1 : 0;
                double u = RandomStreams.uniform(m.leavingSeed, staff.id[i], m.month);
                if (u < hazards.probability[pf][band * 4 + stagnating * 2 + engaged]) {
                    reason = reason(m, pf, stagnating, staff.id[i]);
                } else if (staff.is(i, StaffTable.AT_RISK) && ++staff.riskMonths[i] > p.redeploymentMonths) {
                    reason = Measure.LEAVERS_REDUNDANCY;
                    m.cost(layout.partnerOfCell(cell), CostCategory.REDUNDANCY, p.redundancyCostGbp[layout.partnerOfCell(cell)]);
                }
            }
            if (reason != null) {
                leave(m, i, cell, pf, reason);
            } else {
                i++;
            }
        }
    }

    private static Measure reason(WorkforceModel m, int pf, int stagnating, int id) {
        double[] w = m.hazards.reasonWeight[pf];
        int base = stagnating * 4;
        double total = w[base] + w[base + 1] + w[base + 2] + w[base + 3];
        double u = RandomStreams.uniform(m.leavingSeed, id + REASON, m.month) * total;
        for (int r = 0; r < 3; r++) {
            u -= w[base + r];
            if (u < 0) return REASONS[r];
        }
        return REASONS[3];
    }

    private static void leave(WorkforceModel m, int i, int cell, int pf, Measure reason) {
        StaffTable staff = m.state.staff;
        WorkforceState s = m.state;
        s.inPost[cell]--;
        if (staff.is(i, StaffTable.AT_RISK)) s.atRisk[cell]--;
        m.record(pf, reason, 1);
        if (staff.is(i, StaffTable.IN_COHORT) && reason != Measure.LEAVERS_RETIREMENT
                && reason != Measure.LEAVERS_REDUNDANCY) {
            m.record(pf, Measure.COHORT_LEAVERS, 1);
        }
        staff.removeSwap(i);
        m.openVacancyIfShort(cell);
    }
}
