package org.onepool.model.optimise.deployment;

import java.util.Set;
import org.onepool.model.scenario.Vetting;

/**
 * Someone the pool could place: their family and grade, where they are, the vetting and skills they hold.
 *
 * @param behindWall whether they work behind a vetting wall (police staff): they cannot move across it
 */
public record PooledPerson(String id, PersonKind kind, String jobFamily, int grade, String homePartner,
                           double latitude, double longitude, Vetting vetting, Set<String> skills,
                           int monthsStagnating, boolean behindWall) {
    public PooledPerson {
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        vetting = vetting == null ? Vetting.NONE : vetting;
    }
}
