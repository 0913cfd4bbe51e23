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
        StaffTable staff = m.state.staff;
        Hazards hazards = m.hazards;
        CandidateBuckets candidates = m.candidates;
        candidates.clear();
        // The hot loop reads only local copies of the arrays; rows change but no array is replaced here.
        final int[] ids = staff.id;
        final int[] cells = staff.cell;
        final int[] joined = staff.joinedMonth;
        final int[] post = staff.postMonth;
        final int[] retire = staff.retireMonth;
        final byte[] engagement = staff.engagement;
        final byte[] flags = staff.flags;
        final int[] pfOfCell = p.pfOfCell;
        final byte[] bandOf = p.bandOfTenureFlat;
        final double[] probability = hazards.flatProbability;
        final int[] offset = hazards.offset;
        final int[] engagedBelow = hazards.engagedThreshold;
        final int stagnation = p.stagnationMonths;
        final int now = m.month + 1;
        final long seed = m.leavingSeed;
        final int tableWidth = Parameters.MAX_TENURE_MONTHS + 1;
        int size = staff.size;
        // Leavers are swapped out with the last row, which is then stepped in their place.
        for (int i = 0; i < size; ) {
            // A month has passed since the state was last stepped: tenure and time in post count it.
            int tenure = Math.min(now - joined[i], Parameters.MAX_TENURE_MONTHS);
            int inPost = now - post[i];
            int cell = cells[i];
            int pf = pfOfCell[cell];
            Measure reason = null;
            if (now >= retire[i]) {
                reason = Measure.LEAVERS_RETIREMENT;
            } else {
                int band = bandOf[pf * tableWidth + tenure];
                int stagnating = inPost >= stagnation ? 2 : 0;
                int engaged = (engagement[i] & 0xFF) < engagedBelow[pf] ? 1 : 0;
                double u = RandomStreams.uniform(seed, ids[i], m.month);
                if (u < probability[offset[pf] + band * 4 + stagnating + engaged]) {
                    reason = reason(m, pf, stagnating / 2, ids[i]);
                } else if ((flags[i] & StaffTable.AT_RISK) != 0 && ++staff.riskMonths[i] > p.redeploymentMonths) {
                    reason = Measure.LEAVERS_REDUNDANCY;
                    int partner = p.layout.partnerOfCell(cell);
                    m.cost(partner, CostCategory.REDUNDANCY, p.redundancyCostGbp[partner]);
                }
            }
            if (reason != null) {
                leave(m, i, cell, pf, reason);
                size = staff.size;
            } else {
                // Those who stay keep row i this month: offer them to mobility as candidates.
                if ((flags[i] & StaffTable.AT_RISK) != 0) {
                    candidates.offer(candidates.atRiskKey(cell), i);
                } else if (inPost >= stagnation) {
                    candidates.offer(candidates.stagnatingKey(cell), i);
                }
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
