package org.onepool.model.workforce;

import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Effect;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 5. Every post vacant at the end of the month is covered by agency staff for the partner's
 * stated share (the agency's charge: the post's pay and on-costs, booked to the pay bill, plus the premium),
 * and the rest stands unfilled: service lost, net of the pay the empty post releases.
 * Expected shares rather than draws: cover costs add no noise to the comparison of arms.
 */
final class CoverPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState simState) {
        WorkforceModel m = (WorkforceModel) simState;
        Parameters p = m.params;
        Layout layout = p.layout;
        CoverParameters cover = p.cover;
        VacancyTable vac = m.state.vacancies;
        double[] agencyPremiumKeep = m.effects.combined(Effect.AGENCY_PREMIUM_REDUCTION);
        for (int v = 0; v < vac.size; v++) {
            if (vac.state()[v] == VacancyTable.CLOSED) continue;
            int cell = vac.cell()[v];
            int partner = layout.partnerOfCell(cell);
            int pf = layout.pfOfCell(cell);
            double monthlySalary = p.posts.salaryGbp()[cell] / 12;
            double agency = cover.agencyCoverShare()[partner];
            m.record(pf, Measure.AGENCY_MONTHS, agency);
            m.cost(partner, CostCategory.AGENCY_PREMIUM,
                    agency * monthlySalary * cover.agencyPremiumRate()[partner] * agencyPremiumKeep[pf]);
            double monthlyPay = monthlySalary * (1 + p.training.onCostRate());
            // Agency cover up to the post's own pay and on-costs is the pay bill; the premium above it is extra.
            m.cost(partner, CostCategory.AGENCY_COVER, agency * monthlyPay);
            // Lost service net of the pay (salary and on-costs) the empty, uncovered post releases.
            m.cost(partner, CostCategory.UNFILLED_POSTS,
                    (1 - agency) * (monthlySalary * cover.unfilledPostCostRate()[partner] - monthlyPay));
        }
    }
}
