package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.List;
import org.onepool.model.scenario.Intervention;
import org.onepool.model.scenario.JobFamily;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.PartnerType;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.Vetting;
import org.onepool.model.scenario.Workforce;

/**
 * The coalitions of an option: the option with only some of its partners pooling. A coalition is a bit mask
 * over the option's players (bit i: the i-th player, in scenario order). A player is one of the option's
 * partners together with the contractors it commissions among them: a contractor's staff join a pool only
 * under its contract, so it joins and leaves with its commissioner and is not a party of its own (a contractor
 * whose commissioner is not one of the option's partners is a player alone). Its option keeps every
 * stated cost (the set-up and running costs are what the intervention costs whoever joins: an assumption
 * the fair-share output states), restricts the option's and each intervention's partners to the members,
 * and drops an intervention that reaches none of the members' staff (its costs with it): none of its partners
 * is a member, or a pooling intervention finds no staff among them that may be pooled. So a partner the
 * option cannot reach changes no coalition's value: the null player.
 */
final class Coalitions {
    private final Scenario scenario;
    private final Option option;
    private final List<String> members;
    /** Each player's partner ids, the lead partner first, then its contractors in scenario order. */
    private final List<List<String>> players;

    /** @throws IllegalArgumentException if one of the option's interventions reaches no staff at all */
    Coalitions(Scenario scenario, Option option) {
        this.scenario = scenario;
        this.option = option;
        List<String> ids = new ArrayList<>();
        for (Partner p : scenario.partners()) {
            if (option.partners() == null || option.partners().contains(p.id())) ids.add(p.id());
        }
        this.members = List.copyOf(ids);
        this.players = playersOf(scenario, members);
        for (Intervention i : option.interventions()) {
            if (!reachesAnyone(i, i.partners() != null ? i.partners() : members)) {
                throw new IllegalArgumentException("option '" + option.id() + "': intervention '" + i.label()
                        + "' reaches no staff (none of its partners employs a family it covers"
                        + (i.type().pools() ? " that may be pooled" : "") + ")");
            }
        }
    }

    /** Whether the intervention covers some staff of these partners (pooling ones: staff who may be pooled). */
    private boolean reachesAnyone(Intervention intervention, List<String> partners) {
        for (Partner p : scenario.partners()) {
            if (!partners.contains(p.id()) || !members.contains(p.id()) || !p.inPartnership()) continue;
            if (intervention.type().pools() && p.vettingWall()) continue;
            for (Workforce w : p.workforce()) {
                if (w.headcount() <= 0) continue;
                if (intervention.jobFamilies() != null && !intervention.jobFamilies().contains(w.jobFamily())) continue;
                JobFamily family = scenario.jobFamilies().stream().filter(f -> f.id().equals(w.jobFamily()))
                        .findFirst().orElseThrow();
                if (!intervention.type().pools() || family.poolable() && family.vetting() != Vetting.POLICE) return true;
            }
        }
        return false;
    }

    /** The option's partners grouped into players: each contractor with the member that commissions it. */
    private static List<List<String>> playersOf(Scenario scenario, List<String> members) {
        List<List<String>> out = new ArrayList<>();
        for (String id : members) {
            if (commissionerAmong(scenario, id, members) != null) continue;
            List<String> player = new ArrayList<>();
            player.add(id);
            for (String other : members) if (id.equals(commissionerAmong(scenario, other, members))) player.add(other);
            out.add(List.copyOf(player));
        }
        return List.copyOf(out);
    }

    /** The member that commissions partner {@code id} when it is a contractor, else null. */
    private static String commissionerAmong(Scenario scenario, String id, List<String> members) {
        Partner p = scenario.partner(id).orElseThrow();
        if (p.type() != PartnerType.CONTRACTOR || p.contract() == null) return null;
        String by = p.contract().commissionedBy();
        return !by.equals(id) && members.contains(by) ? by : null;
    }

    /** Player i's partner ids (bit i of a mask): its lead partner, then the contractors that join with it. */
    List<String> partnersOf(int player) {
        return players.get(player);
    }

    int size() {
        return players.size();
    }

    int grand() {
        return (1 << players.size()) - 1;
    }

    /** The player ids (lead partners) of a coalition, in scenario order. */
    List<String> playersIn(int mask) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < players.size(); i++) if ((mask & (1 << i)) != 0) ids.add(players.get(i).get(0));
        return ids;
    }

    /** The partner ids of a coalition, contractors with their commissioners, in scenario order. */
    List<String> idsOf(int mask) {
        List<String> in = new ArrayList<>();
        for (int i = 0; i < players.size(); i++) if ((mask & (1 << i)) != 0) in.addAll(players.get(i));
        return members.stream().filter(in::contains).toList();
    }

    /** The option as coalition {@code mask} would run it; the grand coalition is the option itself. */
    Option optionOf(int mask) {
        if (mask == grand()) return option;
        List<String> in = idsOf(mask);
        List<Intervention> interventions = new ArrayList<>();
        for (Intervention i : option.interventions()) {
            List<String> covered = i.partners() == null ? in : i.partners().stream().filter(in::contains).toList();
            if (!reachesAnyone(i, covered)) continue;
            if (i.partners() == null) {
                interventions.add(i);
                continue;
            }
            interventions.add(new Intervention(i.type(), i.name(), covered, i.jobFamilies(), i.startMonth(),
                    i.rampUpMonths(), i.setupCostGbp(), i.runningCostGbpPerYear(), i.runningCostIsPaymentToStaff(),
                    i.effects(), i.doseResponse(), i.priceYear(), i.endMonth(), i.stopIf(), i.leadInMonths(),
                    i.decayHalfLifeMonths(), i.staffCostChanges().stream().filter(c -> in.contains(c.partner())).toList()));
        }
        return new Option(option.id(), option.name() + " (" + String.join(", ", in) + ")", option.description(), in,
                option.costSharing(), interventions,
                option.withdrawals().stream().filter(w -> in.contains(w.partner())).toList());
    }
}
