package org.onepool.model.workforce;

import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Stress;

/**
 * One arm of a paired comparison: business as usual (no option) or an option, under a stress or none.
 *
 * @param option null for business as usual
 * @param stress null for no shock
 */
public record Arm(Option option, Stress stress) {
    public static final Arm BASELINE = new Arm(null, null);

    public String id() {
        return (option == null ? "baseline" : option.id()) + (stress == null ? "" : "@" + stress.id());
    }
}
