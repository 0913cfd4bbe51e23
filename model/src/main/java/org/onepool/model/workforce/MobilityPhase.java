package org.onepool.model.workforce;

import java.util.SplittableRandom;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.DeploymentMode;
import org.onepool.model.scenario.InterventionType;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 3. New vacancies are offered first to staff whose posts are at risk (redeployment), then to
 * stagnating staff one grade below (promotion), then to the talent bank; the rest go to external
 * recruitment. In business as usual candidates come from the vacancy's own partner; where an option's
 * career paths cover both partners, also from the pool, at the grade below or the same grade (job family
 * poolable, no vetting wall, skill held or trainable). A move leaves a post behind, which opens a vacancy
 * processed in the same pass: vacancy chains. Only candidates competing for the same vacancy are drawn
 * among. With a batch deployment mode, each vacancy first tries its own partner; the month's remaining
 * pool vacancies and their applicants from other partners are then placed together ({@link PoolDeployment}).
 */
final class MobilityPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Staff the leaving phase found stagnating or at risk and who stayed: this month's candidates. */
    private final CandidateBuckets candidates;
    private int[] eligible = new int[8];
    /** The post of the vacancy being offered: partner, job family, grade. */
    private final int[] post = new int[3];
    private int[] sourceKey = new int[16];
    private int[] sourcePartner = new int[16];
    /** While true, candidates come from the vacancy's own partner only (the batch pool stage does the rest). */
    private boolean ownPartnerOnly;
    private PoolDeployment pool;
    /** Powers of (1 - appointable probability) for whole numbers of candidates (the model's probability is fixed). */
    private double[] powers = new double[0];

    MobilityPhase(CandidateBuckets candidates) {
        this.candidates = candidates;
    }

    @Override
    public void step(SimState simState) {
        WorkforceModel m = (WorkforceModel) simState;
        candidates.group(m.state.staff);
        VacancyTable vac = m.state.vacancies;
        DeploymentMode mode = m.params.mobility.deploymentMode();
        if (mode != DeploymentMode.INDIVIDUAL && poolOpen(m)) {
            if (pool == null) pool = new PoolDeployment(mode);
            ownPartnerOnly = true;
            java.util.List<Integer> open = new java.util.ArrayList<>();
            for (int v = 0; v < vac.size; v++) {
                if (vac.state()[v] == VacancyTable.NEW && !redeploy(m, v) && !promote(m, v)) open.add(v);
            }
            pool.place(m, candidates, open);
        }
        for (int v = 0; v < vac.size; v++) {
            if (vac.state()[v] != VacancyTable.NEW) continue;
            if (!redeploy(m, v) && !promote(m, v) && !talentBank(m, v)) vac.state()[v] = VacancyTable.NEEDS_CAMPAIGN;
        }
        ownPartnerOnly = false;
        // Filled vacancies are squeezed out at the end of recruitment, the next phase.
    }

    private static boolean poolOpen(WorkforceModel m) {
        for (double strength : m.effects.reach(InterventionType.CAREER_PATHS)) if (strength > 0) return true;
        return false;
    }

    /** Partners whose staff may fill a vacancy at partner p in family f this month (p itself first). */
    private int eligiblePartners(WorkforceModel m, int p, int f) {
        Layout layout = m.params.layout;
        if (eligible.length < layout.partners()) {
            eligible = new int[layout.partners()];
            sourceKey = new int[2 * layout.partners()];
            sourcePartner = new int[2 * layout.partners()];
        }
        eligible[0] = p;
        int n = 1;
        if (ownPartnerOnly) return n;
        double[] careerPaths = m.effects.reach(InterventionType.CAREER_PATHS);
        MobilityParameters mobility = m.params.mobility;
        double here = careerPaths[layout.pf(p, f)];
        if (here <= 0 || !mobility.mayPool(p, f)) return n;
        // The ramp-up: early in the lead-in only some vacancies are advertised to the pool.
        if (here < 1 && m.rampRandom.nextDouble() >= here) return n;
        for (int q = 0; q < layout.partners(); q++) {
            if (q == p || mobility.behindWall()[q] || careerPaths[layout.pf(q, f)] <= 0) continue;
            eligible[n++] = q;
        }
        return n;
    }

    /**
     * Reads vacancy v's post into {@link #post} and returns how many partners' staff may fill it, listed
     * in {@link #eligible} (which may draw from the ramp stream, once per call).
     */
    private int openTo(WorkforceModel m, int v) {
        Layout layout = m.params.layout;
        int cell = m.state.vacancies.cell()[v];
        post[0] = layout.partnerOfCell(cell);
        post[1] = layout.familyOfCell(cell);
        post[2] = layout.gradeOfCell(cell);
        return eligiblePartners(m, post[0], post[1]);
    }

    private boolean redeploy(WorkforceModel m, int v) {
        Layout layout = m.params.layout;
        int partners = openTo(m, v);
        int p = post[0];
        int f = post[1];
        int g = post[2];
        // Same grade anywhere eligible, or one grade down (a protected step down) at any eligible partner.
        for (int step = 0; step <= 1; step++) {
            int grade = g + step;
            if (grade >= layout.gradesOfFamily(f)) break;
            for (int k = 0; k < partners; k++) {
                int from = candidates.atRiskKey(layout.cell(eligible[k], f, grade));
                if (candidates.size(from) == 0 || !skillOk(m, candidates.get(from, 0), eligible[k], p, f)) continue;
                int person = candidates.take(from, 0);
                train(m, person, eligible[k], p, f);
                m.move(person, v, Measure.HIRES_REDEPLOYMENT);
                return true;
            }
        }
        return false;
    }

    /**
     * Stagnating staff one grade below at the vacancy's partner, and, across the pool, one grade below or
     * at the same grade (a lateral move to another partner is a career move too: it ends stagnation).
     */
    private boolean promote(WorkforceModel m, int v) {
        Layout layout = m.params.layout;
        int partners = openTo(m, v);
        int p = post[0];
        int f = post[1];
        int g = post[2];
        int keys = 0;
        for (int k = 0; k < partners; k++) {
            int q = eligible[k];
            if (g > 0) {
                sourceKey[keys] = candidates.stagnatingKey(layout.cell(q, f, g - 1));
                sourcePartner[keys++] = q;
            }
            if (q != p) {
                sourceKey[keys] = candidates.stagnatingKey(layout.cell(q, f, g));
                sourcePartner[keys++] = q;
            }
        }
        // Candidates at other partners count at the share willing to move across the pool.
        double willing = m.params.mobility.crossPartnerWillingness();
        double weight = 0;
        for (int k = 0; k < keys; k++) weight += candidates.size(sourceKey[k]) * (sourcePartner[k] == p ? 1 : willing);
        if (weight <= 0) return false;
        SplittableRandom random = m.mobilityRandom;
        // Each candidate is appointable with probability a: a wider pool makes an appointment likelier.
        double appointAny = 1 - noneAppointable(m.params.mobility.appointableProbability(), weight);
        if (random.nextDouble() >= appointAny) return false;
        double pick = random.nextDouble() * weight;
        for (int k = 0; k < keys; k++) {
            double w = sourcePartner[k] == p ? 1 : willing;
            int size = candidates.size(sourceKey[k]);
            if (size == 0 || w == 0) continue;
            if (pick >= size * w && k < keys - 1) {
                pick -= size * w;
                continue;
            }
            int index = Math.min(size - 1, (int) (pick / w));
            int from = sourcePartner[k];
            if (!skillOk(m, candidates.get(sourceKey[k], index), from, p, f)) return false;
            int person = candidates.take(sourceKey[k], index);
            train(m, person, from, p, f);
            m.move(person, v, from == p ? Measure.HIRES_INTERNAL : Measure.HIRES_CROSS_PARTNER);
            return true;
        }
        return false;
    }

    /**
     * (1 - a)^weight: the chance that none of the candidates is appointable. Weights are whole numbers
     * unless other partners' candidates count, so powers of whole weights are kept (the same values
     * {@code Math.pow} gives, without its cost on every vacancy).
     */
    private double noneAppointable(double appointable, double weight) {
        int whole = (int) weight;
        if (whole != weight) return Math.pow(1 - appointable, weight);
        if (whole >= powers.length) {
            double[] more = new double[Math.max(whole + 1, 2 * powers.length)];
            for (int n = 0; n < more.length; n++) more[n] = Math.pow(1 - appointable, n);
            powers = more;
        }
        return powers[whole];
    }

    private boolean talentBank(WorkforceModel m, int v) {
        Layout layout = m.params.layout;
        VacancyTable vac = m.state.vacancies;
        int cell = vac.cell()[v];
        int pf = layout.pfOfCell(cell);
        double strength = m.effects.reach(InterventionType.TALENT_BANK)[pf];
        if (strength <= 0) return false;
        if (strength < 1 && m.rampRandom.nextDouble() >= strength) return false;
        if (!m.state.takeFromBank(layout.familyGradeOfCell(cell), m.month)) return false;
        vac.state()[v] = VacancyTable.IN_CAMPAIGN;
        vac.route()[v] = VacancyTable.ROUTE_TALENT_BANK;
        vac.willSucceed()[v] = true;
        vac.eventMonth()[v] = m.month + 1;
        return true;
    }

    /** A cross-partner move into a family that needs a skill: held, or a course at the destination exists. */
    private static boolean skillOk(WorkforceModel m, int person, int fromPartner, int toPartner, int family) {
        int skill = m.params.mobility.crossPartnerSkill()[family];
        if (fromPartner == toPartner || skill < 0) return true;
        return (m.state.staff.skills()[person] & (1 << skill)) != 0
                || !Double.isNaN(m.params.training.skillCourseGbp()[toPartner][skill]);
    }

    static void train(WorkforceModel m, int person, int fromPartner, int toPartner, int family) {
        int skill = m.params.mobility.crossPartnerSkill()[family];
        StaffTable staff = m.state.staff;
        if (fromPartner == toPartner || skill < 0 || (staff.skills()[person] & (1 << skill)) != 0) return;
        staff.skills()[person] |= 1 << skill;
        double[][] courseGbp = m.params.training.skillCourseGbp();
        double cost = courseGbp[toPartner][skill];
        // The pool may train someone on another partner's course when the destination offers none.
        for (int q = 0; q < m.params.layout.partners() && Double.isNaN(cost); q++) cost = courseGbp[q][skill];
        m.cost(toPartner, CostCategory.TRAINING, Double.isNaN(cost) ? 0 : cost);
        m.record(m.params.layout.pf(toPartner, family), Measure.SPECIALIST_TRAINED, 1);
    }
}
