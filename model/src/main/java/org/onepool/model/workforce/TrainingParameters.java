package org.onepool.model.workforce;

import java.util.Arrays;
import java.util.List;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.SpecialistCourse;
import org.onepool.model.scenario.Training;

/**
 * Training per partner: induction for starters (direct cost and days), generic training a head a year
 * (cost and days), the cheapest course for each skill, and what a training day costs (salary plus
 * on-costs over working days). Filled here and only read afterwards.
 *
 * @param skillCourseGbp per partner x skill: the cheapest course, GBP; NaN where the partner offers none
 */
record TrainingParameters(double onCostRate, double workingDays, double[] inductionGbp, double[] inductionDays,
                          double[] genericCostPerHeadGbp, double[] genericDaysPerHead, double[][] skillCourseGbp) {

    static TrainingParameters of(Scenario scenario, Layout layout, List<String> skills, ScenarioValues v) {
        int n = layout.partners();
        var sim = scenario.simulation();
        TrainingParameters out = new TrainingParameters(v.of(sim.employerOnCostRate(), 0, 1), sim.workingDaysPerYear(),
                new double[n], new double[n], new double[n], new double[n], new double[n][skills.size()]);
        for (int p = 0; p < n; p++) {
            var partner = scenario.partners().get(p);
            out.inductionGbp[p] = v.of(scenario.recruitmentOf(partner).inductionGbp(), 0, Double.MAX_VALUE);
            Training t = scenario.trainingOf(partner);
            if (t == null) t = Training.defaults();
            out.inductionDays[p] = v.of(t.inductionDays(), 0, 60);
            out.genericCostPerHeadGbp[p] = v.of(t.genericCostPerHeadGbp(), 0, Double.MAX_VALUE);
            out.genericDaysPerHead[p] = v.of(t.genericDaysPerHead(), 0, 60);
            Arrays.fill(out.skillCourseGbp[p], Double.NaN);
            for (SpecialistCourse c : t.specialist()) {
                int s = skills.indexOf(c.skill());
                double cost = v.of(c.costGbp(), 0, Double.MAX_VALUE);
                double[] cheapest = out.skillCourseGbp[p];
                if (Double.isNaN(cheapest[s]) || cost < cheapest[s]) cheapest[s] = cost;
            }
        }
        return out;
    }

    /** Cost of one working day at a salary, plus on-costs. */
    double dayCostGbp(double salaryGbp) {
        return salaryGbp * (1 + onCostRate) / workingDays;
    }
}
