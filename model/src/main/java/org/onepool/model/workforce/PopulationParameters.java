package org.onepool.model.workforce;

import java.util.List;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.ProfileBand;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.Workforce;

/**
 * The profiles staff are drawn from, at month 0 and at each hire: age and tenure bands, and the
 * retirement-age distribution, per partner x job family. Filled here and only read afterwards.
 *
 * @param ageBands      per pf: (fromYears, toYears, share) triples end to end
 * @param tenureBands   per pf: the same for tenure, or null for the steady state of the leaving rates
 * @param retirementAge per pf: the retirement age in years, drawn per person
 * @param recorded      the staff as recorded for the partners an imported population covers; null when all
 *                      are synthetic
 */
record PopulationParameters(double[][] ageBands, double[][] tenureBands, EventDistribution[] retirementAge,
                            RecordedStaff recorded) {

    static PopulationParameters of(Scenario scenario, Layout layout) {
        PopulationParameters population = new PopulationParameters(new double[layout.pfs()][],
                new double[layout.pfs()][], new EventDistribution[layout.pfs()], RecordedStaff.of(scenario, layout));
        for (int p = 0; p < layout.partners(); p++) {
            Partner partner = scenario.partners().get(p);
            for (Workforce w : partner.workforce()) {
                int pf = layout.pf(p, PostParameters.familyIndex(scenario, w.jobFamily()));
                population.retirementAge[pf] = new EventDistribution(w.turnover().retirementAgeYears(), 50, 80);
                population.ageBands[pf] = flatten(w.ageProfile());
                population.tenureBands[pf] = w.tenureProfile() == null ? null : flatten(w.tenureProfile());
            }
        }
        return population;
    }

    private static double[] flatten(List<ProfileBand> bands) {
        double[] out = new double[bands.size() * 3];
        for (int i = 0; i < bands.size(); i++) {
            out[3 * i] = bands.get(i).fromYears();
            out[3 * i + 1] = bands.get(i).toYears();
            out[3 * i + 2] = bands.get(i).share();
        }
        return out;
    }
}
