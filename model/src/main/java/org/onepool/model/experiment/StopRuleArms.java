package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.List;
import org.onepool.model.scenario.Intervention;
import org.onepool.model.scenario.Option;

/**
 * The value of a pilot as an option: an option whose interventions carry stop rules is also run with every
 * rule switched off, as an extra arm on the same replications (common random numbers), so the report can
 * set what the option is worth with its rules against without them.
 */
final class StopRuleArms {
    private StopRuleArms() {
    }

    static boolean hasStopRule(Option option) {
        return option.interventions().stream().anyMatch(i -> i.stopIf() != null);
    }

    /** The same option with every stop rule switched off (same id: it is appraised on the same benefit streams). */
    static Option withoutStopRules(Option option) {
        List<Intervention> interventions = new ArrayList<>();
        for (Intervention i : option.interventions()) {
            interventions.add(i.stopIf() == null ? i : new Intervention(i.type(), i.name(), i.partners(),
                    i.jobFamilies(), i.startMonth(), i.rampUpMonths(), i.setupCostGbp(), i.runningCostGbpPerYear(),
                    i.runningCostIsPaymentToStaff(), i.effects(), i.doseResponse(), i.priceYear(), i.endMonth(), null,
                    i.leadInMonths(), i.decayHalfLifeMonths(), i.staffCostChanges()));
        }
        return new Option(option.id(), option.name(), option.description(), option.partners(), option.costSharing(),
                interventions, option.withdrawals());
    }
}
