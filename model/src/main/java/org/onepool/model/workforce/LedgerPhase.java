package org.onepool.model.workforce;

import org.onepool.model.scenario.CostCategory;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 7. Books the option's own set-up and running costs and its payments to staff (spread over its
 * partners by month-0 headcount; the appraisal re-splits them by the option's sharing formula), the posts
 * outside the workforce it removes or adds (at the partner that holds or hosts them), a budget
 * plan's spend, the pay bill (pay of staff in post; the pay of vacant funded posts as a memo) and records
 * the month's stocks. The clock is MASON's schedule: nothing here counts months.
 */
final class LedgerPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState simState) {
        WorkforceModel m = (WorkforceModel) simState;
        if (m.reporting()) {
            investment(m);
            stocks(m);
        }
    }

    private static void investment(WorkforceModel m) {
        ArmEffects e = m.effects;
        for (int q = 0; q < m.params.layout.partners(); q++) {
            double spend = e.plannedSpendGbp(q, m.month);
            if (spend != 0) m.cost(q, CostCategory.INTERVENTION_SETUP, spend);
            // Posts outside the workforce: the holder's saving, the host's cost, never re-split.
            m.cost(q, CostCategory.HR_STAFF, e.staffCostGbp[q]);
        }
        if (e.investmentSetupGbp == 0 && e.investmentRunningGbp == 0 && e.paymentsToStaffGbp == 0) return;
        Parameters p = m.params;
        double members = 0;
        for (int q = 0; q < p.layout.partners(); q++) if (e.paysIn(q, m.month)) members += p.posts.headcount0()[q];
        for (int q = 0; q < p.layout.partners(); q++) {
            if (!e.paysIn(q, m.month) || members == 0) continue;
            double share = p.posts.headcount0()[q] / members;
            m.cost(q, CostCategory.INTERVENTION_SETUP, e.investmentSetupGbp * share);
            m.cost(q, CostCategory.INTERVENTION_RUNNING, e.investmentRunningGbp * share);
            m.cost(q, CostCategory.PAYMENTS_TO_STAFF, e.paymentsToStaffGbp * share);
        }
    }

    private static void stocks(WorkforceModel m) {
        Layout layout = m.params.layout;
        double onCost = 1 + m.params.training.onCostRate();
        for (int cell = 0; cell < layout.cells(); cell++) {
            int pf = layout.pfOfCell(cell);
            if (!m.params.posts.present()[pf]) continue;
            // The pay bill, per cell at the cell's salary (never per person, to keep the month fast).
            double monthlyPay = m.params.posts.salaryGbp()[cell] / 12 * onCost;
            int partner = layout.partnerOfCell(cell);
            m.cost(partner, CostCategory.PAY_IN_POST, m.state.inPost[cell] * monthlyPay);
            m.cost(partner, CostCategory.VACANT_POST_PAY, Math.max(0, m.target[cell] - m.state.inPost[cell]) * monthlyPay);
            m.record(pf, Measure.HEADCOUNT, m.state.inPost[cell]);
            m.record(pf, Measure.ESTABLISHMENT, m.target[cell]);
            m.record(pf, Measure.VACANCIES, m.state.openVacancies[cell]);
        }
    }
}
