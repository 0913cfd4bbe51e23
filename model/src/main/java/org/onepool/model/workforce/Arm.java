package org.onepool.model.workforce;

import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Stress;

/**
 * One arm of a paired comparison: business as usual (no option) or an option, under a stress or none,
 * and for an invest-to-save budget split, with the option's levers funded by a plan.
 *
 * @param option  null for business as usual
 * @param stress  null for no shock
 * @param funding null unless a budget plan funds the option's levers
 * @param apart   true for the counterfactual without the scenario's sharing in place ({@code inPlace})
 */
public record Arm(Option option, Stress stress, LeverFunding funding, boolean apart) {
    public static final Arm BASELINE = new Arm(null, null);
    /** Business as usual without the sharing already in place: what a published check compares with. */
    public static final Arm APART = new Arm(null, null, null, true);

    public Arm(Option option, Stress stress) {
        this(option, stress, null);
    }

    public Arm(Option option, Stress stress, LeverFunding funding) {
        this(option, stress, funding, false);
    }

    public String id() {
        return (option == null ? apart ? "apart" : "baseline" : option.id()) + (stress == null ? "" : "@" + stress.id());
    }
}
