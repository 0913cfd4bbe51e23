package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.List;
import org.onepool.model.scenario.Assumption;
import org.onepool.model.scenario.Evidence;
import org.onepool.model.scenario.Intervention;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Scenario;

/**
 * Weak spots a finance officer should see before the panel does: a benefit-cost ratio above 10, one
 * saving line carrying more than half an option's saving, and a mechanism whose effect inputs are all
 * graded {@code assumption} carrying more than a third of it. Warnings never change an exit code.
 */
public final class Warnings {
    /** Thresholds, as the report states them. */
    public static final double MAX_BCR = 10, MAX_LINE_SHARE = 0.5, MAX_ASSUMED_MECHANISM_SHARE = 1.0 / 3;

    private Warnings() {
    }

    /**
     * One intervention of an option and its effect inputs.
     *
     * @param option       index of the option in the scenario
     * @param intervention index of the intervention in the option
     * @param label        the intervention's name, else its type
     * @param effects      its effect inputs in the assumptions register
     */
    public record Mechanism(int option, int intervention, String label, List<Assumption> effects) {
        public Mechanism {
            effects = List.copyOf(effects);
        }

        /** True when it has effect inputs and every one is graded assumption (or carries no grade). */
        public boolean restsOnAssumptionsOnly() {
            return !effects.isEmpty() && effects.stream().allMatch(a -> a.input().evidence() == null
                    || a.input().evidence() == Evidence.ASSUMPTION);
        }
    }

    /** Every intervention of every option whose effect inputs are all graded assumption. */
    public static List<Mechanism> assumptionOnlyMechanisms(Scenario scenario, List<Assumption> register) {
        List<Mechanism> out = new ArrayList<>();
        for (int o = 0; o < scenario.options().size(); o++) {
            Option option = scenario.options().get(o);
            for (int j = 0; j < option.interventions().size(); j++) {
                String prefix = "options[" + o + "].interventions[" + j + "].effects.";
                List<Assumption> effects = register.stream().filter(a -> a.path().startsWith(prefix)).toList();
                Intervention in = option.interventions().get(j);
                String label = in.name() != null ? in.name() : typeName(in.type());
                Mechanism m = new Mechanism(o, j, label, effects);
                if (m.restsOnAssumptionsOnly()) out.add(m);
            }
        }
        return out;
    }

    /** The type as a scenario file spells it (talentBank), from its JSON name. */
    private static String typeName(org.onepool.model.scenario.InterventionType type) {
        try {
            var property = type.getDeclaringClass().getField(type.name())
                    .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            return property != null ? property.value() : type.name();
        } catch (NoSuchFieldException e) {
            return type.name();
        }
    }

    /** What validate can say without simulating: the mechanisms a run will check. */
    public static List<String> beforeRun(Scenario scenario, List<Assumption> register) {
        List<String> out = new ArrayList<>();
        for (Mechanism m : assumptionOnlyMechanisms(scenario, register)) {
            out.add("%s: '%s' rests only on inputs graded assumption; 'run' warns if it carries more than a third "
                    .formatted(scenario.options().get(m.option()).id(), m.label()) + "of the option's saving");
        }
        return out;
    }

    /**
     * The warnings on a run's results.
     *
     * @param carried per option, the mechanisms resting on assumptions only with the share of the option's
     *                saving each carries
     */
    public static List<String> of(List<Summary.OptionResult> options, List<List<MechanismShare>> carried) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < options.size(); k++) {
            Summary.OptionResult o = options.get(k);
            Summary.Economic e = o.economic();
            if (e != null && e.bcr() != null) {
                double bcr = e.bcr();
                if (bcr > MAX_BCR) {
                    out.add("%s: benefit-cost ratio %.1f (expected values) is above %.0f: check the effects it rests on"
                            .formatted(o.id(), bcr, MAX_BCR));
                }
            } else if (e != null && e.optionCostsPv().mean() > 0) {
                // It pays for itself, so the Green Book ratio is undefined: its benefits against its costs instead.
                double times = e.expectedSocialBenefitsPv() / e.optionCostsPv().mean();
                if (times > MAX_BCR) {
                    out.add(("%s: benefit-cost ratio undefined (it pays for itself), but its benefits are %.1f times "
                            + "its costs (expected values), above %.0f: check the effects it rests on")
                            .formatted(o.id(), times, MAX_BCR));
                }
            }
            double gross = 0;
            for (Summary.CategoryAmount c : o.byCategory()) gross += Math.max(0, c.netSaving().mean());
            for (Summary.CategoryAmount c : o.byCategory()) {
                if (gross > 0 && c.netSaving().mean() > MAX_LINE_SHARE * gross) {
                    out.add("%s: one saving line, %s, carries %.0f%% of the saving"
                            .formatted(o.id(), c.category(), 100 * c.netSaving().mean() / gross));
                }
            }
            for (MechanismShare m : carried.get(k)) {
                if (m.share() > MAX_ASSUMED_MECHANISM_SHARE) {
                    out.add("%s: '%s', whose inputs are all graded assumption, carries %.0f%% of the saving"
                            .formatted(o.id(), m.label(), 100 * m.share()));
                }
            }
        }
        return out;
    }

    /** A mechanism resting on assumptions only, and the share of its option's saving it carries (PV). */
    public record MechanismShare(String label, double share) {
    }
}
