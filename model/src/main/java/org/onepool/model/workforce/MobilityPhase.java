package org.onepool.model.workforce;

import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.DeploymentMode;
import org.onepool.model.scenario.Effect;
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
 * Where an option's redeployment pool covers the vacancy's family, staff at risk at every covered partner
 * are offered it first, in every deployment mode, each cross-partner move paying a retraining cost.
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
    /** How many of {@link #sourceKey} the last {@link #candidateWeight} filled. */
    private int keys;
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
        candidates.group(m.state.staff, (int) RandomStreams.mix(m.mobilitySeed + m.month));
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
        // Internal campaigns ending this month appoint from this month's candidates, or go outside.
        for (int v = 0; v < vac.size; v++) {
            if (vac.state()[v] == VacancyTable.IN_CAMPAIGN && vac.route()[v] == VacancyTable.ROUTE_INTERNAL
                    && vac.eventMonth()[v] == m.month && !appoint(m, v)) {
                vac.state()[v] = VacancyTable.NEEDS_CAMPAIGN;
            }
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
    private int eligiblePartners(WorkforceModel m, int vacancy, int p, int f) {
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
        if (here < 1 && m.draw(m.rampSeed, vacancy, 4) >= here) return n;
        for (int q = 0; q < layout.partners(); q++) {
            if (q == p || mobility.behindWall()[q] || careerPaths[layout.pf(q, f)] <= 0) continue;
            eligible[n++] = q;
        }
        return n;
    }

    /**
     * Reads vacancy v's post into {@link #post} and returns how many partners' staff may fill it, listed
     * in {@link #eligible} (a ramping-up pool reaches the vacancy or not by one keyed draw a month).
     */
    private int openTo(WorkforceModel m, int v) {
        Layout layout = m.params.layout;
        int cell = m.state.vacancies.cell()[v];
        post[0] = layout.partnerOfCell(cell);
        post[1] = layout.familyOfCell(cell);
        post[2] = layout.gradeOfCell(cell);
        return eligiblePartners(m, v, post[0], post[1]);
    }

    private boolean redeploy(WorkforceModel m, int v) {
        Layout layout = m.params.layout;
        int partners = openTo(m, v);
        int p = post[0];
        int f = post[1];
        int g = post[2];
        double[] redeploymentPool = m.effects.reach(InterventionType.REDEPLOYMENT_POOL);
        boolean pooled = redeploymentPool[layout.pf(p, f)] > 0;
        if (pooled) partners = withRedeploymentPool(m, v, partners, redeploymentPool);
        // Same grade anywhere eligible, or one grade down (a protected step down) at any eligible partner.
        for (int step = 0; step <= 1; step++) {
            int grade = g + step;
            if (grade >= layout.gradesOfFamily(f)) break;
            for (int k = 0; k < partners; k++) {
                int from = candidates.atRiskKey(layout.cell(eligible[k], f, grade));
                if (candidates.size(from) == 0) continue;
                int first = first(m, from);
                if (!skillOk(m, candidates.get(from, first), eligible[k], p, f)) continue;
                int person = candidates.take(from, first);
                train(m, person, eligible[k], p, f);
                if (pooled && eligible[k] != p) {
                    m.cost(p, CostCategory.TRAINING, m.effects.combined(Effect.RETRAINING_COST_GBP_PER_MOVE)[layout.pf(p, f)]);
                }
                m.move(person, v, Measure.HIRES_REDEPLOYMENT);
                return true;
            }
        }
        return false;
    }

    /**
     * Whether vacancy v is advertised internally and some candidate is appointable: then an internal
     * campaign runs (its cost booked now) and the appointee starts when it ends, or at once if it takes
     * under half a month. The chance grows with the candidates' weight but never beyond the share of
     * vacancies advertised internally.
     */
    private boolean promote(WorkforceModel m, int v) {
        double weight = candidateWeight(m, v);
        if (weight <= 0) return false;
        MobilityParameters mobility = m.params.mobility;
        double appointAny = mobility.internalAdvertShare() * (1 - noneAppointable(mobility.appointableProbability(), weight));
        if (m.draw(m.mobilitySeed, v, 0) >= appointAny) return false;
        RecruitmentParameters recruitment = m.params.recruitment;
        int p = post[0];
        m.cost(p, CostCategory.RECRUITMENT_ADMIN, recruitment.internalCampaignGbp()[p]);
        int months = (int) Math.round(recruitment.internalTimeToFillMonths()[p]);
        if (months == 0) return pick(m, v, weight);
        VacancyTable vac = m.state.vacancies;
        vac.state()[v] = VacancyTable.IN_CAMPAIGN;
        vac.route()[v] = VacancyTable.ROUTE_INTERNAL;
        vac.eventMonth()[v] = m.month + months;
        return true;
    }

    /** An internal campaign ends: the appointee is chosen among this month's candidates; false if none. */
    private boolean appoint(WorkforceModel m, int v) {
        double weight = candidateWeight(m, v);
        return weight > 0 && pick(m, v, weight);
    }

    /**
     * Adds to the {@code partners} listed in {@link #eligible} every other partner the redeployment pool covers
     * in the vacancy's family (a ramping-up pool reaches the vacancy or not by one keyed draw a month); returns
     * the new count. Staff at risk there may take the vacancy before they are made redundant.
     */
    private int withRedeploymentPool(WorkforceModel m, int v, int partners, double[] reach) {
        Layout layout = m.params.layout;
        int p = post[0];
        int f = post[1];
        double here = reach[layout.pf(p, f)];
        if (here < 1 && m.draw(m.rampSeed, v, 6) >= here) return partners;
        int n = partners;
        for (int q = 0; q < layout.partners(); q++) {
            if (reach[layout.pf(q, f)] <= 0 || listed(q, n)) continue;
            eligible[n++] = q;
        }
        return n;
    }

    private boolean listed(int partner, int n) {
        for (int k = 0; k < n; k++) if (eligible[k] == partner) return true;
        return false;
    }

    /**
     * Stagnating staff one grade below at the vacancy's partner, and, across the pool, one grade below or
     * at the same grade (a lateral move to another partner is a career move too: it ends stagnation),
     * into {@link #sourceKey}; their total weight (candidates at other partners count at the share
     * willing to move across the pool).
     */
    private double candidateWeight(WorkforceModel m, int v) {
        Layout layout = m.params.layout;
        int partners = openTo(m, v);
        int p = post[0];
        int f = post[1];
        int g = post[2];
        keys = 0;
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
        double willing = m.params.mobility.crossPartnerWillingness();
        double weight = 0;
        for (int k = 0; k < keys; k++) weight += candidates.size(sourceKey[k]) * (sourcePartner[k] == p ? 1 : willing);
        return weight;
    }

    /** Moves one of the candidates {@link #candidateWeight} listed, drawn by weight, into vacancy v. */
    private boolean pick(WorkforceModel m, int v, double weight) {
        int p = post[0];
        int f = post[1];
        double willing = m.params.mobility.crossPartnerWillingness();
        double pick = m.draw(m.mobilitySeed, v, 1) * weight;
        for (int k = 0; k < keys; k++) {
            double w = sourcePartner[k] == p ? 1 : willing;
            int size = candidates.size(sourceKey[k]);
            if (size == 0 || w == 0) continue;
            if (pick >= size * w && k < keys - 1) {
                pick -= size * w;
                continue;
            }
            int index = first(m, sourceKey[k]);
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
     * The candidate under a key who comes first this month: the least id once scrambled by the month's
     * mask. Rows move as other partners' staff leave, so the order a key's candidates are listed in is
     * not theirs to keep; an order by id is (common random numbers down to the person).
     */
    private int first(WorkforceModel m, int key) {
        return candidates.first(key);
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

    /**
     * Runners-up of the vacancy's family and grade still in the bank are offered the post, longest waiting
     * first, until one accepts: the chance falls with each month since their interview. One who accepts
     * serves notice and starts; the selection still costs a share of a campaign's admin.
     */
    private boolean talentBank(WorkforceModel m, int v) {
        Layout layout = m.params.layout;
        VacancyTable vac = m.state.vacancies;
        int cell = vac.cell()[v];
        int pf = layout.pfOfCell(cell);
        ArmEffects e = m.effects;
        double strength = e.reach(InterventionType.TALENT_BANK)[pf];
        if (strength <= 0) return false;
        if (strength < 1 && m.draw(m.rampSeed, v, 5) >= strength) return false;
        int bankMonths = (int) Math.round(e.combined(Effect.TALENT_BANK_MONTHS)[pf]);
        double acceptance = e.combined(Effect.RUNNER_UP_ACCEPTANCE)[pf];
        double keep = 1 - e.combined(Effect.RUNNER_UP_ACCEPTANCE_DECLINE)[pf];
        int key = layout.familyGradeOfCell(cell);
        for (int offer = 0; ; offer++) {
            int interviewed = m.state.takeFromBank(key, m.month, bankMonths);
            if (interviewed == WorkforceState.NOBODY) return false;
            double accepts = acceptance * Math.pow(keep, m.month - interviewed);
            if (accepts < 1 && m.draw(m.mobilitySeed, v, 2, offer) >= accepts) continue;
            int partner = layout.partnerOfCell(cell);
            RecruitmentParameters recruitment = m.params.recruitment;
            m.cost(partner, CostCategory.RECRUITMENT_ADMIN,
                    recruitment.adminGbp()[partner] * e.combined(Effect.TALENT_BANK_SELECTION_COST_SHARE)[pf]);
            vac.state()[v] = VacancyTable.IN_CAMPAIGN;
            vac.route()[v] = VacancyTable.ROUTE_TALENT_BANK;
            vac.willSucceed()[v] = true;
            vac.eventMonth()[v] = m.month + Math.max(1, (int) Math.round(recruitment.noticeMonths()[partner]));
            return true;
        }
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
