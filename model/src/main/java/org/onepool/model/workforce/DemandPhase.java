package org.onepool.model.workforce;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 1. Sets the month's effects and hazards, the establishment of every cell (planned change, a
 * planned reduction from its month on, shocks), opens vacancies where posts grew, cancels them where posts shrank, and marks staff at risk
 * where posts are still in excess. Then the graduate schemes' pipeline: completers take grade-1 vacancies.
 */
final class DemandPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Per cell: vacancies to cancel this month; staff to put at risk (reused month to month). */
    private int[] cancel = new int[0];
    private int[] need = new int[0];

    @Override
    public void step(SimState simState) {
        WorkforceModel m = (WorkforceModel) simState;
        m.effects.update(m.month);
        m.hazards.update(m.effects);
        if (m.month == 0 || m.params.calendarMonth(m.month) == 4) markCohort(m);
        int[] change = establishment(m);
        cancelVacancies(m, change);
        adjustAtRisk(m);
        m.pipeline.step(m);
    }

    /** Establishment per cell; returns how many vacancies each cell must lose (positive) this month. */
    private int[] establishment(WorkforceModel m) {
        Layout layout = m.params.layout;
        PostParameters posts = m.params.posts;
        WorkforceState s = m.state;
        if (cancel.length != layout.cells()) cancel = new int[layout.cells()];
        java.util.Arrays.fill(cancel, 0);
        double years = Math.max(0, m.month) / 12.0;
        // Cells in index order, a partner-family's real grades at a time; the factor is the pf's.
        for (int pf = 0; pf < layout.pfs(); pf++) {
            if (!posts.present()[pf]) continue;
            double growth = posts.growthPerYear()[pf] == 0 ? 1 : Math.pow(1 + posts.growthPerYear()[pf], years);
            double factor = growth * m.effects.establishmentFactor[layout.partnerOfPf(pf)];
            boolean reduced = m.month >= posts.reductionMonth()[pf];
            for (int cell = layout.firstCellOfPf(pf); cell < layout.endCellOfPf(pf); cell++) {
                int funded = posts.establishment0()[cell];
                if (reduced) funded -= posts.reducedPosts()[cell];
                m.target[cell] = factor == 1 ? funded : (int) Math.round(funded * factor);
                int gap = m.target[cell] - s.inPost[cell] - s.openVacancies[cell];
                if (gap > 0) {
                    for (int k = 0; k < gap; k++) m.openVacancyIfShort(cell);
                } else if (gap < 0) {
                    cancel[cell] = Math.min(-gap, s.openVacancies[cell]);
                }
            }
        }
        return cancel;
    }

    /** Cancels the newest vacancies first where posts were cut. */
    private static void cancelVacancies(WorkforceModel m, int[] cancel) {
        VacancyTable vac = m.state.vacancies;
        boolean any = false;
        for (int v = vac.size - 1; v >= 0; v--) {
            int cell = vac.cell()[v];
            if (cancel[cell] > 0 && vac.state()[v] != VacancyTable.CLOSED) {
                vac.state()[v] = VacancyTable.CLOSED;
                m.state.openVacancies[cell]--;
                cancel[cell]--;
                any = true;
            }
        }
        if (any) vac.compact();
    }

    /** Staff at risk in a cell = staff in post above its establishment; flags follow index order. */
    private void adjustAtRisk(WorkforceModel m) {
        WorkforceState s = m.state;
        int cells = s.inPost.length;
        if (need.length != cells) need = new int[cells];
        boolean any = false;
        for (int cell = 0; cell < cells; cell++) {
            int excess = Math.max(0, s.inPost[cell] - m.target[cell]);
            need[cell] = excess - s.atRisk[cell];
            any |= need[cell] != 0;
        }
        if (!any) return;
        StaffTable staff = s.staff;
        for (int i = 0; i < staff.size; i++) {
            int cell = staff.cell()[i];
            if (need[cell] > 0 && !staff.is(i, StaffTable.AT_RISK)) {
                staff.set(i, StaffTable.AT_RISK, true);
                staff.riskMonths()[i] = 0;
                s.atRisk[cell]++;
                need[cell]--;
            } else if (need[cell] < 0 && staff.is(i, StaffTable.AT_RISK)) {
                staff.set(i, StaffTable.AT_RISK, false);
                staff.riskMonths()[i] = 0;
                s.atRisk[cell]--;
                need[cell]++;
            }
        }
    }

    /** Staff in post at the start of each financial year form the cohort whose leaving is the turnover rate. */
    private static void markCohort(WorkforceModel m) {
        StaffTable staff = m.state.staff;
        Layout layout = m.params.layout;
        for (int i = 0; i < staff.size; i++) {
            staff.set(i, StaffTable.IN_COHORT, true);
            m.record(layout.pfOfCell(staff.cell()[i]), Measure.COHORT_START, 1);
        }
    }
}
