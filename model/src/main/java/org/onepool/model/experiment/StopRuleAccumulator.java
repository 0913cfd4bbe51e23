package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.onepool.model.scenario.Intervention;
import org.onepool.model.scenario.Option;

/**
 * Folds an option's stop rules over the replications: how often each rule stopped its intervention, and the
 * option's NPV with its rules, without them (the same replications, common random numbers) and the difference,
 * the value of being able to stop the pilot. Bounded memory, replications in order.
 */
final class StopRuleAccumulator {
    private final Option option;
    private final int[] stops;
    private final StreamingStats withRules = new StreamingStats();
    private final StreamingStats withoutRules = new StreamingStats();
    private final StreamingStats difference = new StreamingStats();
    private final Variance differenceVariance = new Variance();
    private int n;

    StopRuleAccumulator(Option option) {
        this.option = option;
        this.stops = new int[option.interventions().size()];
    }

    void add(double npvWithRules, ReplicationOutcome.StopRuleOutcome outcome) {
        for (int i : outcome.stoppedInterventions()) stops[i]++;
        withRules.add(npvWithRules);
        withoutRules.add(outcome.npvWithoutRules());
        double gain = npvWithRules - outcome.npvWithoutRules();
        difference.add(gain);
        differenceVariance.increment(gain);
        n++;
    }

    Summary.StopRules result() {
        List<Summary.StopRuleShare> rules = new ArrayList<>();
        for (int i = 0; i < stops.length; i++) {
            Intervention in = option.interventions().get(i);
            var rule = in.stopIf();
            if (rule == null) continue;
            rules.add(new Summary.StopRuleShare(in.label(), rule.indicator().id(), rule.reductionBelow(),
                    rule.reviewMonth(), n == 0 ? 0 : (double) stops[i] / n));
        }
        Double error = n < 2 ? null : Math.sqrt(differenceVariance.getResult() / n);
        return new Summary.StopRules(rules, withRules.stats(), withoutRules.stats(), difference.stats(), error);
    }
}
