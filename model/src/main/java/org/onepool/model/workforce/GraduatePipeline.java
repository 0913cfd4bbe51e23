package org.onepool.model.workforce;

import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Effect;

/**
 * A graduate scheme's pipeline, per partner x job family, run in the demand phase. Entrants train for the
 * scheme's training months on the trainee salary, not in a post: a stock per month of intake, thinned by
 * the same share each month so that the completion rate of each cohort completes. Each whole completer is
 * guaranteed a grade-1 post at a partner in the scheme: an open one (their own partner first), or else a
 * supernumerary post paid at the grade-1 salary until one opens (those waiting longest first). Stocks are
 * expected values (fractions of people; the training process draws nothing, so the other processes' draws
 * are untouched); a fraction of a completer carries to the next month. Completers in posts carry a flag,
 * and the leaving phase multiplies their leaving probability by the scheme's multiplier for the year since
 * completion. Arrays are per pf; nothing is allocated for a pf no scheme covers.
 */
final class GraduatePipeline {
    /** Tolerance for a completer made of fractions that sum to one only up to rounding. */
    private static final double WHOLE = 1 - 1e-9;
    private static final double TWO_TO_53 = 0x1p53;

    /** Per pf: the scheme whose terms apply (-1: none). */
    private final int[] schemeOf;
    private final int[] trainingMonths;
    /** Per pf: the share of trainees still training after each month, completionRate^(1 / trainingMonths). */
    private final double[] survival;
    private final double[] completionRate;
    /** Per pf: a trainee's pay a month, on-costs included. */
    private final double[] traineePayPerMonth;
    /** Per pf x 3: completers' leaving multiplier in years 1, 2 and 3 on after completion. */
    private final double[] leavingMultiplier;
    /** Per pf: trainees by month of intake (a ring of trainingMonths slots), and a completer's fraction carried. */
    private final double[][] cohorts;
    private final double[] carry;
    /** Per pf: completion months of completers waiting in supernumerary posts, oldest first. */
    private final int[][] waiting;
    private final int[] waitingHead;
    private final int[] waitingSize;
    private final boolean any;

    GraduatePipeline(Parameters params, ArmEffects effects) {
        int pfs = params.layout.pfs();
        schemeOf = effects.graduateSchemeOf();
        trainingMonths = new int[pfs];
        survival = new double[pfs];
        completionRate = new double[pfs];
        traineePayPerMonth = new double[pfs];
        leavingMultiplier = new double[pfs * 3];
        cohorts = new double[pfs][];
        carry = new double[pfs];
        waiting = new int[pfs][];
        waitingHead = new int[pfs];
        waitingSize = new int[pfs];
        boolean found = false;
        double onCost = 1 + params.training.onCostRate();
        for (int pf = 0; pf < pfs; pf++) {
            int i = schemeOf[pf];
            if (i < 0) continue;
            found = true;
            int months = (int) Math.round(effects.valueOf(i, Effect.TRAINING_MONTHS));
            trainingMonths[pf] = months;
            completionRate[pf] = effects.valueOf(i, Effect.COMPLETION_RATE);
            survival[pf] = months == 0 ? 1 : Math.pow(completionRate[pf], 1.0 / months);
            traineePayPerMonth[pf] = effects.valueOf(i, Effect.TRAINEE_SALARY_GBP) / 12 * onCost;
            leavingMultiplier[pf * 3] = effects.valueOf(i, Effect.COMPLETER_LEAVING_YEAR_1);
            leavingMultiplier[pf * 3 + 1] = effects.valueOf(i, Effect.COMPLETER_LEAVING_YEAR_2);
            leavingMultiplier[pf * 3 + 2] = effects.valueOf(i, Effect.COMPLETER_LEAVING_YEAR_3_ON);
            cohorts[pf] = new double[Math.max(1, months)];
            waiting[pf] = new int[8];
        }
        any = found;
    }

    /** The month's pipeline: waiting completers take open posts, a cohort completes, the intake starts training. */
    void step(WorkforceModel m) {
        if (!any) return;
        double[] entrantsPerYear = m.effects.combined(Effect.ENTRANTS_PER_YEAR);
        Layout layout = m.params.layout;
        boolean placed = false;
        for (int pf = 0; pf < layout.pfs(); pf++) {
            if (schemeOf[pf] < 0) continue;
            while (waitingSize[pf] > 0 && place(m, pf, waiting[pf][waitingHead[pf]])) {
                waitingHead[pf]++;
                waitingSize[pf]--;
                placed = true;
            }
            if (waitingSize[pf] == 0) waitingHead[pf] = 0;
            double[] ring = cohorts[pf];
            int slot = Math.floorMod(m.month, ring.length);
            double intake = Math.max(0, entrantsPerYear[pf]) / 12;
            double completing;
            if (trainingMonths[pf] == 0) {
                completing = intake * completionRate[pf];
            } else {
                completing = ring[slot];
                ring[slot] = intake;
            }
            if (completing > 0) {
                m.record(pf, Measure.COMPLETERS, completing);
                carry[pf] += completing;
                while (carry[pf] >= WHOLE) {
                    carry[pf] = Math.max(0, carry[pf] - 1);
                    if (place(m, pf, m.month)) placed = true;
                    else wait(pf, m.month);
                }
            }
            payAndThin(m, pf);
        }
        if (placed) m.state.vacancies.compact();
    }

    /** Books the month's trainee pay and supernumerary pay, records the stocks, and thins each cohort. */
    private void payAndThin(WorkforceModel m, int pf) {
        Layout layout = m.params.layout;
        int partner = layout.partnerOfPf(pf);
        double trainees = 0;
        double[] ring = cohorts[pf];
        for (int k = 0; k < ring.length; k++) {
            trainees += ring[k];
            ring[k] *= survival[pf];
        }
        if (trainingMonths[pf] == 0) trainees = 0;
        m.cost(partner, CostCategory.TRAINEE_PAY, trainees * traineePayPerMonth[pf]);
        m.record(pf, Measure.TRAINEES, trainees);
        int supernumerary = waitingSize[pf];
        if (supernumerary > 0) {
            double gradeOnePay = m.params.posts.salaryGbp()[layout.firstCellOfPf(pf)] / 12
                    * (1 + m.params.training.onCostRate());
            m.cost(partner, CostCategory.SUPERNUMERARY_PAY, supernumerary * gradeOnePay);
            m.record(pf, Measure.SUPERNUMERARIES, supernumerary);
        }
    }

    /**
     * Puts a completer trained at pf (completed in {@code completedMonth}) into an open grade-1 post of the
     * family: at pf's own partner first, then at the scheme's other partners in order; false if none is open.
     */
    private boolean place(WorkforceModel m, int pf, int completedMonth) {
        Layout layout = m.params.layout;
        int family = layout.familyOfCell(layout.firstCellOfPf(pf));
        if (placeAt(m, pf, completedMonth)) return true;
        for (int other = 0; other < layout.pfs(); other++) {
            if (other == pf || schemeOf[other] != schemeOf[pf]) continue;
            if (layout.familyOfCell(layout.firstCellOfPf(other)) != family) continue;
            if (placeAt(m, other, completedMonth)) return true;
        }
        return false;
    }

    private static boolean placeAt(WorkforceModel m, int pf, int completedMonth) {
        WorkforceState s = m.state;
        int cell = m.params.layout.firstCellOfPf(pf);
        if (s.openVacancies[cell] == 0) return false;
        VacancyTable vac = s.vacancies;
        for (int v = 0; v < vac.size; v++) {
            if (vac.cell()[v] != cell || vac.state()[v] == VacancyTable.CLOSED) continue;
            m.fill(v);
            int i = m.population.hire(s, cell, true, m.month);
            // Employed since completion: a supernumerary's months count towards tenure and the years since.
            s.staff.joinedMonth()[i] = Math.min(s.staff.joinedMonth()[i], completedMonth + 1);
            s.staff.set(i, StaffTable.COMPLETER, true);
            m.starters[cell]++;
            m.record(pf, Measure.HIRES_GRADUATE, 1);
            return true;
        }
        return false;
    }

    private void wait(int pf, int completedMonth) {
        int end = waitingHead[pf] + waitingSize[pf];
        if (end == waiting[pf].length) {
            if (waitingHead[pf] > 0) {
                System.arraycopy(waiting[pf], waitingHead[pf], waiting[pf], 0, waitingSize[pf]);
                waitingHead[pf] = 0;
            } else {
                waiting[pf] = java.util.Arrays.copyOf(waiting[pf], waiting[pf].length * 2);
            }
        }
        waiting[pf][waitingHead[pf] + waitingSize[pf]++] = completedMonth;
    }

    /**
     * The leaving threshold (a probability in 53-bit units) of a completer at pf, {@code monthsSince} months
     * after starting as a completer: the hazard row's times the year's multiplier, at most certain.
     */
    long completerThreshold(long threshold, int pf, int monthsSince) {
        int year = monthsSince < 12 ? 0 : monthsSince < 24 ? 1 : 2;
        double multiplier = leavingMultiplier[pf * 3 + year];
        if (multiplier == 1) return threshold;
        return (long) Math.min(TWO_TO_53, threshold * multiplier);
    }
}
