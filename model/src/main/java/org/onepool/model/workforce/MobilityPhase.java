package org.onepool.model.workforce;

import java.util.SplittableRandom;
import org.onepool.model.scenario.CostCategory;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Phase 3. New vacancies are offered first to staff whose posts are at risk (redeployment), then to
 * stagnating staff one grade below (promotion), then to the talent bank; the rest go to external
 * recruitment. In business as usual candidates come from the vacancy's own partner; where an option's
 * career paths cover both partners, also from the pool (job family poolable, no vetting wall, skill held
 * or trainable). A move leaves a post behind, which opens a vacancy processed in the same pass: vacancy
 * chains. Only candidates competing for the same vacancy are drawn among.
 */
final class MobilityPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    private CandidateBuckets stagnating;
    private CandidateBuckets atRisk;
    private int[] eligible = new int[8];

    @Override
    public void step(SimState simState) {
        WorkforceModel m = (WorkforceModel) simState;
        Layout layout = m.params.layout;
        StaffTable staff = m.state.staff;
        if (stagnating == null) {
            stagnating = new CandidateBuckets(layout.cells());
            atRisk = new CandidateBuckets(layout.cells());
        }
        int threshold = m.params.stagnationMonths;
        stagnating.build(staff, i -> staff.monthsInPost[i] >= threshold && !staff.is(i, StaffTable.AT_RISK));
        atRisk.build(staff, i -> staff.is(i, StaffTable.AT_RISK));
        VacancyTable vac = m.state.vacancies;
        for (int v = 0; v < vac.size; v++) {
            if (vac.state[v] != VacancyTable.NEW) continue;
            if (!redeploy(m, v) && !promote(m, v) && !talentBank(m, v)) vac.state[v] = VacancyTable.NEEDS_CAMPAIGN;
        }
        vac.compact();
    }

    /** Partners whose staff may fill a vacancy at partner p in family f this month (p itself first). */
    private int eligiblePartners(WorkforceModel m, int p, int f) {
        Layout layout = m.params.layout;
        if (eligible.length < layout.partners()) eligible = new int[layout.partners()];
        eligible[0] = p;
        int n = 1;
        ArmEffects e = m.effects;
        Parameters params = m.params;
        double here = e.careerPaths[layout.pf(p, f)];
        if (here <= 0 || !params.poolable[f] || params.policeVetted[f] || params.behindWall[p]) return n;
        // The ramp-up: early in the lead-in only some vacancies are advertised to the pool.
        if (here < 1 && m.rampRandom.nextDouble() >= here) return n;
        for (int q = 0; q < layout.partners(); q++) {
            if (q == p || params.behindWall[q] || e.careerPaths[layout.pf(q, f)] <= 0) continue;
            eligible[n++] = q;
        }
        return n;
    }

    private boolean redeploy(WorkforceModel m, int v) {
        Layout layout = m.params.layout;
        int cell = m.state.vacancies.cell[v];
        int p = layout.partnerOfCell(cell);
        int f = layout.familyOfCell(cell);
        int g = layout.gradeOfCell(cell);
        int partners = eligiblePartners(m, p, f);
        // Same grade anywhere eligible, or one grade down (a protected step down) at any eligible partner.
        for (int step = 0; step <= 1; step++) {
            int grade = g + step;
            if (grade >= layout.gradesOfFamily()[f]) break;
            for (int k = 0; k < partners; k++) {
                int from = layout.cell(eligible[k], f, grade);
                if (atRisk.size(from) == 0 || !skillOk(m, atRisk.get(from, 0), eligible[k], p, f)) continue;
                int person = atRisk.take(from, 0);
                train(m, person, eligible[k], p, f);
                m.move(person, v, Measure.HIRES_REDEPLOYMENT);
                return true;
            }
        }
        return false;
    }

    private boolean promote(WorkforceModel m, int v) {
        Layout layout = m.params.layout;
        int cell = m.state.vacancies.cell[v];
        int g = layout.gradeOfCell(cell);
        if (g == 0) return false;
        int p = layout.partnerOfCell(cell);
        int f = layout.familyOfCell(cell);
        int partners = eligiblePartners(m, p, f);
        int candidates = 0;
        for (int k = 0; k < partners; k++) candidates += stagnating.size(layout.cell(eligible[k], f, g - 1));
        if (candidates == 0) return false;
        SplittableRandom random = m.mobilityRandom;
        // Each candidate is appointable with probability a: a wider pool makes an appointment likelier.
        double appointAny = 1 - Math.pow(1 - m.params.appointableProbability, candidates);
        if (random.nextDouble() >= appointAny) return false;
        int pick = random.nextInt(candidates);
        for (int k = 0; k < partners; k++) {
            int from = layout.cell(eligible[k], f, g - 1);
            int size = stagnating.size(from);
            if (pick >= size) {
                pick -= size;
                continue;
            }
            if (!skillOk(m, stagnating.get(from, pick), eligible[k], p, f)) return false;
            int person = stagnating.take(from, pick);
            train(m, person, eligible[k], p, f);
            m.move(person, v, eligible[k] == p ? Measure.HIRES_INTERNAL : Measure.HIRES_CROSS_PARTNER);
            return true;
        }
        return false;
    }

    private boolean talentBank(WorkforceModel m, int v) {
        Layout layout = m.params.layout;
        VacancyTable vac = m.state.vacancies;
        int cell = vac.cell[v];
        int pf = layout.pfOfCell(cell);
        double strength = m.effects.talentBank[pf];
        if (strength <= 0) return false;
        if (strength < 1 && m.rampRandom.nextDouble() >= strength) return false;
        if (!m.state.takeFromBank(layout.familyOfCell(cell), m.month)) return false;
        vac.state[v] = VacancyTable.IN_CAMPAIGN;
        vac.route[v] = VacancyTable.ROUTE_TALENT_BANK;
        vac.willSucceed[v] = true;
        vac.eventMonth[v] = m.month + 1;
        return true;
    }

    /** A cross-partner move into a family that needs a skill: held, or a course at the destination exists. */
    private static boolean skillOk(WorkforceModel m, int person, int fromPartner, int toPartner, int family) {
        int skill = m.params.crossPartnerSkill[family];
        if (fromPartner == toPartner || skill < 0) return true;
        return (m.state.staff.skills[person] & (1 << skill)) != 0 || !Double.isNaN(m.params.skillCourseGbp[toPartner][skill]);
    }

    private static void train(WorkforceModel m, int person, int fromPartner, int toPartner, int family) {
        int skill = m.params.crossPartnerSkill[family];
        StaffTable staff = m.state.staff;
        if (fromPartner == toPartner || skill < 0 || (staff.skills[person] & (1 << skill)) != 0) return;
        staff.skills[person] |= 1 << skill;
        m.cost(toPartner, CostCategory.TRAINING, m.params.skillCourseGbp[toPartner][skill]);
        m.record(m.params.layout.pf(toPartner, family), Measure.SPECIALIST_TRAINED, 1);
    }
}
