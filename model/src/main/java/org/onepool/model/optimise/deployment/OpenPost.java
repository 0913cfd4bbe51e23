package org.onepool.model.optimise.deployment;

import org.onepool.model.scenario.Vetting;

/**
 * A vacancy the pool could fill.
 *
 * @param requiredSkill               skill the post needs, or null
 * @param agencyCostGbpPerMonth       what covering it costs each month it stays vacant
 * @param behindWall                  whether the post sits behind a vetting wall
 */
public record OpenPost(String id, String partner, String jobFamily, int grade, double latitude, double longitude,
                       Vetting vettingRequired, String requiredSkill, long agencyCostGbpPerMonth, boolean behindWall) {
    public OpenPost {
        vettingRequired = vettingRequired == null ? Vetting.NONE : vettingRequired;
    }
}
