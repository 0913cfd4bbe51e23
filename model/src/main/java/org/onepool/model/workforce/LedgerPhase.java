package org.onepool.model.workforce;

import org.onepool.model.scenario.CostCategory;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 7. Books the option's own set-up and running costs (spread over its partners by month-0
 * headcount; the appraisal re-splits them by the option's sharing formula) and a budget plan's spend,
 * and records the month's stocks. The clock is MASON's schedule: nothing here counts months.
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
        }
        if (e.investmentSetupGbp == 0 && e.investmentRunningGbp == 0) return;
        Parameters p = m.params;
        double members = 0;
        for (int q = 0; q < p.layout.partners(); q++) if (e.isOptionPartner(q, 0)) members += p.posts.headcount0()[q];
        for (int q = 0; q < p.layout.partners(); q++) {
            if (!e.isOptionPartner(q, 0) || members == 0) continue;
            double share = p.posts.headcount0()[q] / members;
            m.cost(q, CostCategory.INTERVENTION_SETUP, e.investmentSetupGbp * share);
            m.cost(q, CostCategory.INTERVENTION_RUNNING, e.investmentRunningGbp * share);
        }
    }

    private static void stocks(WorkforceModel m) {
        Layout layout = m.params.layout;
        for (int cell = 0; cell < layout.cells(); cell++) {
            int pf = layout.pfOfCell(cell);
            if (!m.params.posts.present()[pf]) continue;
            m.record(pf, Measure.HEADCOUNT, m.state.inPost[cell]);
            m.record(pf, Measure.ESTABLISHMENT, m.target[cell]);
            m.record(pf, Measure.VACANCIES, m.state.openVacancies[cell]);
        }
    }
}
