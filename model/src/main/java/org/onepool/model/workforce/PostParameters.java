package org.onepool.model.workforce;

import java.util.List;
import org.onepool.model.scenario.JobFamily;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.Workforce;

/**
 * Funded posts: each cell's posts at month 0 and its salary, which partner x job families exist and how
 * their establishment changes a year, and each partner's month-0 headcount (to spread an option's own
 * costs). The arrays are filled here and only read afterwards; they are not copied because the phases
 * index them every month.
 *
 * @param establishment0 per cell: funded posts at month 0 (the grade mix applied to the headcount)
 * @param salaryGbp      per cell: mean pay of a post, GBP a year: the full-time salary x the family's FTE per head
 * @param present        per pf: whether the partner employs staff in the family
 * @param growthPerYear  per pf: planned yearly change in establishment
 * @param headcount0     per partner: staff at month 0
 * @param ftePerHead     per pf: full-time equivalents per head (1 when the headcount is in FTE)
 */
record PostParameters(int[] establishment0, double[] salaryGbp, boolean[] present, double[] growthPerYear,
                      double[] headcount0, double[] ftePerHead) {

    static PostParameters of(Scenario scenario, Layout layout, ScenarioValues values) {
        PostParameters posts = new PostParameters(new int[layout.cells()], new double[layout.cells()],
                new boolean[layout.pfs()], new double[layout.pfs()], new double[layout.partners()],
                new double[layout.pfs()]);
        for (int p = 0; p < layout.partners(); p++) {
            Partner partner = scenario.partners().get(p);
            posts.headcount0[p] = partner.headcount();
            for (Workforce w : partner.workforce()) {
                int f = familyIndex(scenario, w.jobFamily());
                int pf = layout.pf(p, f);
                posts.present[pf] = true;
                int grades = scenario.jobFamilies().get(f).grades();
                int[] byGrade = apportion(w.headcount(), gradeMix(w, grades));
                List<Double> salaries = w.salaryByGradeGbp();
                double fte = w.ftePerHead() == null ? 1 : values.of(w.ftePerHead(), 0.05, 1);
                posts.ftePerHead[pf] = fte;
                for (int g = 0; g < grades; g++) {
                    int cell = layout.cell(p, f, g);
                    posts.salaryGbp[cell] = (salaries.size() == 1 ? salaries.get(0) : salaries.get(g)) * fte;
                    posts.establishment0[cell] = byGrade[g];
                }
                posts.growthPerYear[pf] = values.of(w.establishmentChangePerYear(), -0.5, 0.5);
            }
        }
        return posts;
    }

    /** The grade mix given, or a pyramid halving at each grade. */
    static double[] gradeMix(Workforce w, int grades) {
        double[] mix = new double[grades];
        if (w.gradeMix() != null && w.gradeMix().size() == grades) {
            for (int g = 0; g < grades; g++) mix[g] = w.gradeMix().get(g);
        } else {
            double sum = 0;
            for (int g = 0; g < grades; g++) sum += mix[g] = Math.pow(0.5, g);
            for (int g = 0; g < grades; g++) mix[g] /= sum;
        }
        return mix;
    }

    /** Splits a whole number in proportion to shares, largest remainders first, so the parts sum exactly. */
    static int[] apportion(int total, double[] shares) {
        return Apportion.largestRemainders(total, shares);
    }

    static int familyIndex(Scenario scenario, String id) {
        for (int f = 0; f < scenario.jobFamilies().size(); f++) {
            if (scenario.jobFamilies().get(f).id().equals(id)) return f;
        }
        throw new IllegalArgumentException("unknown job family " + id);
    }

    /** The family of a workforce row. */
    static JobFamily family(Scenario scenario, Workforce w) {
        return scenario.jobFamilies().get(familyIndex(scenario, w.jobFamily()));
    }
}
