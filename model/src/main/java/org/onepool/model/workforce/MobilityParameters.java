package org.onepool.model.workforce;

import java.util.ArrayList;
import java.util.List;
import org.onepool.model.scenario.DeploymentMode;
import org.onepool.model.scenario.JobFamily;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.ScenarioValues;
import org.onepool.model.scenario.SpecialistCourse;
import org.onepool.model.scenario.Training;
import org.onepool.model.scenario.Vetting;

/**
 * Who may move where: how likely a stagnating candidate is appointable and how willing staff are to move
 * across the pool, which families may be pooled, which partners sit behind a vetting wall, the skill a
 * family needs at another partner, where partners are (for the pool deployment's travel), and how the
 * month's pool is placed. Filled here and only read afterwards.
 *
 * @param crossPartnerSkill per family: the index in {@link #skills} of the skill needed to move in from
 *                          another partner, or -1
 * @param skills            every skill named by a family or a course, in scenario order
 */
record MobilityParameters(double appointableProbability, double internalAdvertShare, double crossPartnerWillingness, DeploymentMode deploymentMode,
                          boolean[] poolable, boolean[] policeVetted, int[] crossPartnerSkill, boolean[] behindWall,
                          double[] latitude, double[] longitude, List<String> skills) {

    static MobilityParameters of(Scenario scenario, Layout layout, ScenarioValues v) {
        var sim = scenario.simulation();
        int families = layout.families();
        int partners = layout.partners();
        List<String> skills = skillNames(scenario);
        MobilityParameters out = new MobilityParameters(v.of(sim.internalAppointableProbability(), 0, 1),
                v.of(sim.internalAdvertShare(), 0, 1),
                v.of(sim.crossPartnerWillingness(), 0, 1), sim.deploymentMode(), new boolean[families],
                new boolean[families], new int[families], new boolean[partners], new double[partners],
                new double[partners], skills);
        for (int f = 0; f < families; f++) {
            JobFamily family = scenario.jobFamilies().get(f);
            out.poolable[f] = family.poolable();
            out.policeVetted[f] = family.vetting() == Vetting.POLICE;
            String skill = family.crossPartnerSkill();
            out.crossPartnerSkill[f] = skill == null ? -1 : skills.indexOf(skill);
        }
        for (int p = 0; p < partners; p++) {
            Partner partner = scenario.partners().get(p);
            // A contractor outside the partnership is walled off as police are: nobody moves in or out.
            out.behindWall[p] = partner.vettingWall() || !partner.inPartnership();
            if (partner.location() != null && partner.location().latitude() != null
                    && partner.location().longitude() != null) {
                out.latitude[p] = partner.location().latitude();
                out.longitude[p] = partner.location().longitude();
            }
        }
        return out;
    }

    /** Whether staff of a family at a partner may join the pool at all (an option must still open it). */
    boolean mayPool(int partner, int family) {
        return poolable[family] && !policeVetted[family] && !behindWall[partner];
    }

    private static List<String> skillNames(Scenario scenario) {
        List<String> names = new ArrayList<>();
        for (JobFamily f : scenario.jobFamilies()) {
            if (f.crossPartnerSkill() != null && !names.contains(f.crossPartnerSkill())) names.add(f.crossPartnerSkill());
        }
        List<Training> trainings = new ArrayList<>();
        if (scenario.training() != null) trainings.add(scenario.training());
        for (Partner p : scenario.partners()) if (p.training() != null) trainings.add(p.training());
        for (Training t : trainings) {
            for (SpecialistCourse c : t.specialist()) if (!names.contains(c.skill())) names.add(c.skill());
        }
        if (names.size() > 31) throw new IllegalArgumentException("at most 31 distinct skills are supported");
        return List.copyOf(names);
    }
}
