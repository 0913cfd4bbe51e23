package org.onepool.model.workforce;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onepool.model.optimise.deployment.DeploymentOptimiser;
import org.onepool.model.optimise.deployment.DeploymentPlan;
import org.onepool.model.optimise.deployment.DeploymentPolicy;
import org.onepool.model.optimise.deployment.DeploymentProblem;
import org.onepool.model.optimise.deployment.DeploymentWeights;
import org.onepool.model.optimise.deployment.GreedyDeployment;
import org.onepool.model.optimise.deployment.OpenPost;
import org.onepool.model.optimise.deployment.PersonKind;
import org.onepool.model.optimise.deployment.PooledPerson;
import org.onepool.model.optimise.deployment.TrainingOption;
import org.onepool.model.scenario.DeploymentMode;
import org.onepool.model.scenario.InterventionType;
import org.onepool.model.scenario.JobFamily;

/**
 * The month's pool as one deployment problem: vacancies no one at their own partner could fill, and
 * applicants from the other pool partners — everyone at risk in a matching family and grade, and a few
 * stagnating staff per vacancy, each applying with the stated willingness. The same problem goes to the
 * greedy or the optimised policy, so the two can be compared on paired replications.
 */
final class PoolDeployment {
    /**
     * Prices for the simulation's pool: applicants chose to apply, so their travel and the disruption of
     * their move are theirs to weigh; the pool weighs vacancy cover and progression.
     */
    private static final DeploymentWeights WEIGHTS = new DeploymentWeights(3, 0, 50, 0);
    /** Stagnating applicants drawn per vacancy (before willingness). */
    private static final int APPLICANTS_PER_POST = 3;
    private static final int MAX_AT_RISK_PER_CELL = 5;
    /** One solver factory for every run: it is thread-safe and costly to build. */
    private static final class Optimiser {
        static final DeploymentOptimiser INSTANCE = DeploymentOptimiser.forSimulation(1);
    }

    private final DeploymentMode mode;

    PoolDeployment(DeploymentMode mode) {
        this.mode = mode;
    }

    private DeploymentPolicy policy() {
        return mode == DeploymentMode.OPTIMISED ? Optimiser.INSTANCE : new GreedyDeployment();
    }

    void place(WorkforceModel m, CandidateBuckets candidates, List<Integer> vacancies) {
        Parameters p = m.params;
        Layout layout = p.layout;
        StaffTable staff = m.state.staff;
        List<OpenPost> posts = new ArrayList<>();
        Map<String, Integer> vacancyOf = new HashMap<>();
        Map<String, Integer> rowOf = new HashMap<>();
        List<PooledPerson> people = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (int v : vacancies) {
            int cell = m.state.vacancies.cell()[v];
            int partner = layout.partnerOfCell(cell);
            int family = layout.familyOfCell(cell);
            int grade = layout.gradeOfCell(cell);
            if (!poolable(m, partner, family)) continue;
            String postId = "v" + v;
            posts.add(post(m, postId, cell));
            vacancyOf.put(postId, v);
            for (int q = 0; q < layout.partners(); q++) {
                if (q == partner || !poolable(m, q, family)) continue;
                for (int g = grade; g <= grade + 1 && g < layout.gradesOfFamily(family); g++) {
                    int key = candidates.atRiskKey(layout.cell(q, family, g));
                    for (int k = 0; k < Math.min(MAX_AT_RISK_PER_CELL, candidates.size(key)); k++) {
                        addPerson(m, candidates.get(key, k), PersonKind.REDEPLOYEE, people, rowOf, taken);
                    }
                }
            }
            applicants(m, candidates, v, partner, family, grade, people, rowOf, taken);
        }
        if (posts.isEmpty() || people.isEmpty()) return;
        DeploymentProblem problem = new DeploymentProblem(people, posts, training(m), Long.MAX_VALUE / 4, WEIGHTS);
        DeploymentPlan plan = policy().plan(problem);
        for (DeploymentPlan.Placement placement : plan.placements()) {
            int row = rowOf.get(placement.personId());
            int v = vacancyOf.get(placement.postId());
            int from = layout.partnerOfCell(staff.cell()[row]);
            boolean atRisk = staff.is(row, StaffTable.AT_RISK);
            int oldCell = staff.cell()[row];
            candidates.remove(atRisk ? candidates.atRiskKey(oldCell) : candidates.stagnatingKey(oldCell), row);
            int to = layout.partnerOfCell(m.state.vacancies.cell()[v]);
            MobilityPhase.train(m, row, from, to, layout.familyOfCell(m.state.vacancies.cell()[v]));
            m.move(row, v, atRisk ? Measure.HIRES_REDEPLOYMENT : Measure.HIRES_CROSS_PARTNER);
        }
    }

    /** A few stagnating staff from other pool partners apply, each with the stated willingness to move. */
    private static void applicants(WorkforceModel m, CandidateBuckets candidates, int v, int partner, int family, int grade,
                                   List<PooledPerson> people, Map<String, Integer> rowOf, Set<Integer> taken) {
        Layout layout = m.params.layout;
        List<Integer> keys = new ArrayList<>();
        int total = 0;
        for (int q = 0; q < layout.partners(); q++) {
            if (q == partner || !poolable(m, q, family)) continue;
            for (int g = Math.max(0, grade - 1); g <= grade; g++) {
                int key = candidates.stagnatingKey(layout.cell(q, family, g));
                if (candidates.size(key) == 0) continue;
                keys.add(key);
                total += candidates.size(key);
            }
        }
        for (int a = 0; a < APPLICANTS_PER_POST && total > 0; a++) {
            int pick = (int) (m.draw(m.mobilitySeed, v, 6, a) * total);
            boolean willing = m.draw(m.mobilitySeed, v, 7, a) < m.params.mobility.crossPartnerWillingness();
            for (int key : keys) {
                if (pick < candidates.size(key)) {
                    if (willing) addPerson(m, candidates.get(key, pick), PersonKind.STAGNATING, people, rowOf, taken);
                    break;
                }
                pick -= candidates.size(key);
            }
        }
    }

    private static boolean poolable(WorkforceModel m, int partner, int family) {
        Parameters p = m.params;
        return m.effects.reach(InterventionType.CAREER_PATHS)[p.layout.pf(partner, family)] > 0
                && p.mobility.mayPool(partner, family);
    }

    private static void addPerson(WorkforceModel m, int row, PersonKind kind, List<PooledPerson> people,
                                  Map<String, Integer> rowOf, Set<Integer> taken) {
        if (!taken.add(row)) return;
        Parameters p = m.params;
        Layout layout = p.layout;
        MobilityParameters mobility = p.mobility;
        StaffTable staff = m.state.staff;
        int cell = staff.cell()[row];
        int partner = layout.partnerOfCell(cell);
        JobFamily family = p.scenario.jobFamilies().get(layout.familyOfCell(cell));
        Set<String> skills = new HashSet<>();
        for (int s = 0; s < mobility.skills().size(); s++) {
            if ((staff.skills()[row] & (1 << s)) != 0) skills.add(mobility.skills().get(s));
        }
        String id = Integer.toString(staff.id()[row]);
        people.add(new PooledPerson(id, kind, family.id(), layout.gradeOfCell(cell) + 1,
                p.scenario.partners().get(partner).id(), mobility.latitude()[partner], mobility.longitude()[partner],
                family.vetting(), skills, Math.max(0, m.month + 1 - staff.postMonth()[row]), mobility.behindWall()[partner]));
        rowOf.put(id, row);
    }

    private static OpenPost post(WorkforceModel m, String id, int cell) {
        Parameters p = m.params;
        Layout layout = p.layout;
        int partner = layout.partnerOfCell(cell);
        int f = layout.familyOfCell(cell);
        JobFamily family = p.scenario.jobFamilies().get(f);
        MobilityParameters mobility = p.mobility;
        long vacancyCost = Math.round(p.cover.vacantMonthGbp(partner, p.posts.salaryGbp()[cell] / 12));
        int skill = mobility.crossPartnerSkill()[f];
        return new OpenPost(id, p.scenario.partners().get(partner).id(), family.id(), layout.gradeOfCell(cell) + 1,
                mobility.latitude()[partner], mobility.longitude()[partner], family.vetting(),
                skill < 0 ? null : mobility.skills().get(skill), vacancyCost, mobility.behindWall()[partner]);
    }

    /** The cheapest course for each skill across partners (the budget is not binding inside the simulation). */
    private static List<TrainingOption> training(WorkforceModel m) {
        Parameters p = m.params;
        List<TrainingOption> out = new ArrayList<>();
        for (int s = 0; s < p.mobility.skills().size(); s++) {
            double best = Double.NaN;
            for (int q = 0; q < p.layout.partners(); q++) {
                double c = p.training.skillCourseGbp()[q][s];
                if (!Double.isNaN(c) && (Double.isNaN(best) || c < best)) best = c;
            }
            if (!Double.isNaN(best)) {
                out.add(new TrainingOption("course-" + s, p.mobility.skills().get(s), Math.round(best), 3));
            }
        }
        return out;
    }
}
