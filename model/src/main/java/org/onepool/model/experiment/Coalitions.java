package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.List;
import org.onepool.model.scenario.Intervention;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.Scenario;

/**
 * The coalitions of an option: the option with only some of its partners pooling. A coalition is a bit mask
 * over the option's partners (bit i: the option's i-th partner, in scenario order). Its option keeps every
 * stated cost (the set-up and running costs are what the intervention costs whoever joins: an assumption
 * the fair-share output states), restricts the option's and each intervention's partners to the members,
 * and drops an intervention none of whose partners is a member (its costs with it).
 */
final class Coalitions {
    private final Option option;
    private final List<String> members;

    Coalitions(Scenario scenario, Option option) {
        this.option = option;
        List<String> ids = new ArrayList<>();
        for (Partner p : scenario.partners()) {
            if (option.partners() == null || option.partners().contains(p.id())) ids.add(p.id());
        }
        this.members = List.copyOf(ids);
    }

    /** The option's partners, in scenario order: bit i of a mask is members().get(i). */
    List<String> members() {
        return members;
    }

    int size() {
        return members.size();
    }

    int grand() {
        return (1 << members.size()) - 1;
    }

    /** The partner ids of a coalition, in scenario order. */
    List<String> idsOf(int mask) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) if ((mask & (1 << i)) != 0) ids.add(members.get(i));
        return ids;
    }

    /** The option as coalition {@code mask} would run it; the grand coalition is the option itself. */
    Option optionOf(int mask) {
        if (mask == grand()) return option;
        List<String> in = idsOf(mask);
        List<Intervention> interventions = new ArrayList<>();
        for (Intervention i : option.interventions()) {
            if (i.partners() == null) {
                interventions.add(i);
                continue;
            }
            List<String> covered = i.partners().stream().filter(in::contains).toList();
            if (covered.isEmpty()) continue;
            interventions.add(new Intervention(i.type(), i.name(), covered, i.jobFamilies(), i.startMonth(),
                    i.rampUpMonths(), i.setupCostGbp(), i.runningCostGbpPerYear(), i.runningCostIsPaymentToStaff(),
                    i.effects(), i.doseResponse(), i.priceYear()));
        }
        return new Option(option.id(), option.name() + " (" + String.join(", ", in) + ")", option.description(), in,
                option.costSharing(), interventions);
    }
}
