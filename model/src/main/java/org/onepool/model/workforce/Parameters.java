package org.onepool.model.workforce;

import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;

/**
 * The scenario's numbers for one replication, resolved from its sampled values into flat arrays the
 * monthly phases read without touching the records, grouped by what they are about: funded posts, who
 * leaves, the profiles staff are drawn from, recruitment, cover, training and mobility. Each group's
 * arrays keep the layout the phases index (per cell, per partner x family, per partner, per family);
 * they are built once here and only read afterwards.
 */
final class Parameters {
    final Scenario scenario;
    final Layout layout;
    final int horizonMonths;
    final int warmUpMonths;
    final int startCalendarMonth;
    /** Partner x family of each cell, looked up rather than divided in the hot loops. */
    final int[] pfOfCell;

    final PostParameters posts;
    final LeavingParameters leaving;
    final PopulationParameters population;
    final RecruitmentParameters recruitment;
    final CoverParameters cover;
    final TrainingParameters training;
    final MobilityParameters mobility;
    /** Per partner: the partner whose budget bears its costs (itself, or a contractor's commissioner). */
    final int[] payer;

    Parameters(Scenario scenario, ScenarioValues values) {
        this.scenario = scenario;
        this.layout = Layout.of(scenario);
        var appraisal = scenario.appraisal();
        horizonMonths = appraisal.horizonMonths();
        warmUpMonths = scenario.simulation().warmUpYears() * 12;
        startCalendarMonth = appraisal.start().getMonthValue();
        pfOfCell = new int[layout.cells()];
        for (int cell = 0; cell < pfOfCell.length; cell++) pfOfCell[cell] = layout.pfOfCell(cell);
        posts = PostParameters.of(scenario, layout, values);
        leaving = LeavingParameters.of(scenario, layout, posts, values);
        population = PopulationParameters.of(scenario, layout);
        recruitment = RecruitmentParameters.of(scenario, layout, values);
        cover = CoverParameters.of(scenario, layout, values);
        mobility = MobilityParameters.of(scenario, layout, values);
        training = TrainingParameters.of(scenario, layout, mobility.skills(), values);
        payer = new int[layout.partners()];
        var partners = scenario.partners();
        for (int p = 0; p < payer.length; p++) {
            String id = partners.get(p).payerId();
            for (int q = 0; q < payer.length; q++) if (partners.get(q).id().equals(id)) payer[p] = q;
        }
    }

    /** Cost of one working day of a post in the cell, salary plus on-costs. */
    double dayCostGbp(int cell) {
        return training.dayCostGbp(posts.salaryGbp()[cell]);
    }

    /** Calendar month (1-12) of month index m, to find financial-year starts. */
    int calendarMonth(int month) {
        return Math.floorMod(startCalendarMonth - 1 + month, 12) + 1;
    }
}
