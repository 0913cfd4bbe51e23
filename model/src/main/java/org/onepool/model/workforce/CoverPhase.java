package org.onepool.model.workforce;

import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Effect;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 5. Every post vacant at the end of the month is covered by agency staff for the partner's
 * stated share (the agency's charge: the post's pay and on-costs, booked to the pay bill, plus the premium),
 * and the rest stands unfilled: service lost, net of the pay the empty post releases.
 * Expected shares rather than draws: cover costs add no noise to the comparison of arms. Costs are
 * booked per cell in cell order, so a partner's sums do not depend on where its vacancies sit in the table.
 */
final class CoverPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Per cell: vacant posts at the end of the month. */
    private int[] vacant = new int[0];

    @Override
    public void step(SimState simState) {
        WorkforceModel m = (WorkforceModel) simState;
        Parameters p = m.params;
        Layout layout = p.layout;
        CoverParameters cover = p.cover;
        VacancyTable vac = m.state.vacancies;
        double[] agencyPremiumKeep = m.effects.combined(Effect.AGENCY_PREMIUM_REDUCTION);
        if (vacant.length != layout.cells()) vacant = new int[layout.cells()];
        java.util.Arrays.fill(vacant, 0);
        for (int v = 0; v < vac.size; v++) if (vac.state()[v] != VacancyTable.CLOSED) vacant[vac.cell()[v]]++;
        for (int cell = 0; cell < vacant.length; cell++) {
            int n = vacant[cell];
            if (n == 0) continue;
            int partner = layout.partnerOfCell(cell);
            int pf = layout.pfOfCell(cell);
            double monthlySalary = p.posts.salaryGbp()[cell] / 12;
            double agency = cover.agencyCoverShare()[partner];
            m.record(pf, Measure.AGENCY_MONTHS, n * agency);
            m.cost(partner, CostCategory.AGENCY_PREMIUM,
                    n * agency * monthlySalary * cover.agencyPremiumRate()[partner] * agencyPremiumKeep[pf]);
            double monthlyPay = monthlySalary * (1 + p.training.onCostRate());
            // Agency cover up to the post's own pay and on-costs is the pay bill; the premium above it is extra.
            m.cost(partner, CostCategory.AGENCY_COVER, n * agency * monthlyPay);
            // Lost service net of the pay (salary and on-costs) the empty, uncovered post releases.
            m.cost(partner, CostCategory.UNFILLED_POSTS,
                    n * (1 - agency) * (monthlySalary * cover.unfilledPostCostRate()[partner] - monthlyPay));
        }
    }
}
