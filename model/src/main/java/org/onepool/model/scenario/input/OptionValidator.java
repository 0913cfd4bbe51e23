package org.onepool.model.scenario.input;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.onepool.model.scenario.CostSharing;
import org.onepool.model.scenario.CostSharingMethod;
import org.onepool.model.scenario.Effect;
import org.onepool.model.scenario.Effects;
import org.onepool.model.scenario.Intervention;
import org.onepool.model.scenario.JobFamily;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.StaffCostChange;
import org.onepool.model.scenario.Stress;

/** Checks options, their interventions and the stresses. */
final class OptionValidator {
    static final int MAX_OPTIONS = 30;
    static final int MAX_STRESSES = 30;

    private final Scenario scenario;
    private final Checks checks;
    private final Set<String> partnerIds;
    private final Set<String> familyIds;
    private final int horizonMonths;

    private OptionValidator(Scenario scenario, Checks checks) {
        this.scenario = scenario;
        this.checks = checks;
        this.partnerIds = scenario.partners().stream().map(Partner::id).collect(Collectors.toSet());
        this.familyIds = scenario.jobFamilies().stream().map(JobFamily::id).collect(Collectors.toSet());
        Integer years = scenario.appraisal().horizonYears();
        this.horizonMonths = years >= 1 && years <= 60 ? years * 12 : 60 * 12;
    }

    static void validate(Scenario scenario, Checks checks) {
        OptionValidator v = new OptionValidator(scenario, checks);
        v.options();
        v.stresses();
        v.inPlace();
        if (scenario.budgetSplit() != null) BudgetSplitCheck.check(scenario, scenario.budgetSplit(), checks,
                f -> "budgetSplit." + f);
    }

    private void options() {
        checks.named("options", scenario.options(), MAX_OPTIONS, "options", Option::id, Option::name, (p, o) -> {
            Set<String> members = partnerIds;
            if (o.partners() != null) {
                checks.nonEmpty(p + ".partners", o.partners(), "at least one partner id, or no list for all");
                checks.references(p + ".partners", o.partners(), partnerIds, "partner");
                members = Set.copyOf(o.partners());
            }
            costSharing(p + ".costSharing", o.costSharing(), members);
            checks.nonEmpty(p + ".interventions", o.interventions(), "at least one intervention");
            for (int j = 0; j < o.interventions().size(); j++) {
                intervention(p + ".interventions[" + j + "]", o.interventions().get(j), members);
            }
            Set<String> leaving = new java.util.HashSet<>();
            for (int j = 0; j < o.withdrawals().size(); j++) {
                var w = o.withdrawals().get(j);
                String q = p + ".withdrawals[" + j + "]";
                checks.reference(q + ".partner", w.partner(), members, "partner of this option");
                if (w.partner() != null && !leaving.add(w.partner())) {
                    checks.add(q + ".partner", w.partner(), "each partner withdrawing once");
                }
                checks.between(q + ".month", w.month(), 1, horizonMonths - 1);
                if (w.exitFeeGbp() != null) {
                    checks.money(q + ".exitFeeGbp", w.exitFeeGbp());
                    if (w.month() != null && nobodyStaysAfter(o, members, w.month())) {
                        checks.add(q + ".exitFeeGbp", "a fee when the last partner leaves (month " + w.month() + ")",
                                "no exit fee: no partner of the option stays after month " + w.month()
                                        + " to receive it (the option ends when its last partner leaves)");
                    }
                }
            }
        });
    }

    /** Whether every partner of the option that may join it has withdrawn by {@code month}. */
    private boolean nobodyStaysAfter(Option o, Set<String> members, int month) {
        return scenario.partners().stream()
                .filter(partner -> members.contains(partner.id()) && partner.inPartnership())
                .allMatch(partner -> o.withdrawals().stream().anyMatch(x -> partner.id().equals(x.partner())
                        && x.month() != null && x.month() <= month));
    }

    /**
     * The sharing in place: interventions as in an option (partners and families), but in force from before
     * the start at full strength and without costs (the same in every arm), so none of an option's timing,
     * costs, stop rules or budget levers; and the published figures checked against it.
     */
    private void inPlace() {
        for (int j = 0; j < scenario.inPlace().size(); j++) {
            String p = "inPlace[" + j + "]";
            Intervention in = scenario.inPlace().get(j);
            intervention(p, in, partnerIds, "partner");
            String already = "nothing: sharing in place is in force from before the appraisal start";
            if (in.startMonth() != 0) checks.add(p + ".startMonth", "" + in.startMonth(), already);
            if (in.rampUpMonths() != 0) checks.add(p + ".rampUpMonths", "" + in.rampUpMonths(), already);
            if (in.endMonth() != null) checks.add(p + ".endMonth", "" + in.endMonth(), "nothing: it stays in place");
            if (in.stopIf() != null) checks.add(p + ".stopIf", "a stop rule", "nothing: it stays in place");
            if (in.doseResponse() != null) checks.add(p + ".doseResponse", "a dose response", "nothing: it is no lever");
            String costless = "nothing: the sharing in place costs the same in every arm, so its costs are not booked";
            if (in.setupCostGbp().central() != 0 || !in.setupCostGbp().isFixed()) {
                checks.add(p + ".setupCostGbp", "" + in.setupCostGbp().central(), costless);
            }
            if (in.runningCostGbpPerYear().central() != 0 || !in.runningCostGbpPerYear().isFixed()) {
                checks.add(p + ".runningCostGbpPerYear", "" + in.runningCostGbpPerYear().central(), costless);
            }
        }
        for (int j = 0; j < scenario.publishedChecks().size(); j++) {
            String p = "publishedChecks[" + j + "]";
            var c = scenario.publishedChecks().get(j);
            checks.between(p + ".publishedGbpPerYear", c.publishedGbpPerYear(), 0, 1e10, "an amount in GBP from 0 to 10 billion");
            checks.present(p + ".source", c.source() == null || c.source().isBlank() ? null : c.source(), "where the figure comes from");
            checks.present(p + ".covers", c.covers() == null || c.covers().isBlank() ? null : c.covers(), "what the figure covers");
        }
        if (!scenario.publishedChecks().isEmpty() && scenario.inPlace().isEmpty()) {
            checks.add("publishedChecks", scenario.publishedChecks().size() + " checks", "sharing in place (inPlace) to check");
        }
    }

    private void costSharing(String p, CostSharing sharing, Set<String> members) {
        if (sharing.hostedBy() != null) checks.reference(p + ".hostedBy", sharing.hostedBy(), members, "partner of this option");
        if (sharing.method() != CostSharingMethod.EXPLICIT) {
            if (sharing.shares() != null) {
                checks.add(p + ".shares", "shares with method " + sharing.method().name().toLowerCase(),
                        "no shares unless method is explicit");
            }
            return;
        }
        if (!checks.present(p + ".shares", sharing.shares(), "a share for each partner of the option")) return;
        double sum = 0;
        for (Map.Entry<String, Double> e : sharing.shares().entrySet()) {
            checks.reference(p + ".shares." + e.getKey(), e.getKey(), members, "partner of this option");
            checks.between(p + ".shares." + e.getKey(), e.getValue(), 0, 1, "a share between 0 and 1");
            sum += e.getValue();
        }
        checks.sumsToOne(p + ".shares", sum, "shares");
    }

    private void intervention(String p, Intervention in, Set<String> members) {
        intervention(p, in, members, "partner of this option");
    }

    private void intervention(String p, Intervention in, Set<String> members, String member) {
        checks.nonEmpty(p + ".partners", in.partners(), "at least one partner id, or no list for the option's");
        checks.references(p + ".partners", in.partners(), members, member);
        checks.nonEmpty(p + ".jobFamilies", in.jobFamilies(), "at least one job family id, or no list for all");
        checks.references(p + ".jobFamilies", in.jobFamilies(), familyIds, "job family");
        checks.between(p + ".startMonth", in.startMonth(), 0, horizonMonths - 1);
        checks.between(p + ".rampUpMonths", in.rampUpMonths(), 0, 240);
        checks.between(p + ".leadInMonths", in.leadInMonths(), 0, horizonMonths - 1);
        if (in.endMonth() != null) {
            // An intervention that ends within its lead-in would cost money and never act.
            checks.between(p + ".endMonth", in.endMonth(), in.effectsFromMonth() + 1, horizonMonths);
        }
        if (in.decayHalfLifeMonths() != null) {
            checks.between(p + ".decayHalfLifeMonths", in.decayHalfLifeMonths(), 1, 240);
            if (in.endMonth() == null) {
                checks.add(p + ".decayHalfLifeMonths", in.decayHalfLifeMonths().toString(),
                        "an endMonth too: the month the upkeep stops and the effect starts to fade");
            }
        }
        if (in.stopIf() != null) {
            var rule = in.stopIf();
            checks.between(p + ".stopIf.reviewMonth", rule.reviewMonth(), in.startMonth() + 1, horizonMonths - 1);
            if (rule.reductionBelow() != null) {
                checks.between(p + ".stopIf.reductionBelow", rule.reductionBelow(), 0, 1, "a share from 0 to 1");
            }
            checks.money(p + ".stopIf.windDownCostGbp", rule.windDownCostGbp());
        }
        for (int k = 0; k < in.staffCostChanges().size(); k++) {
            StaffCostChange change = in.staffCostChanges().get(k);
            String q = p + ".staffCostChanges[" + k + "]";
            checks.reference(q + ".partner", change.partner(), members, "partner of this option");
            checks.text(q + ".role", change.role());
            if (change.fteChange() != null) {
                checks.between(q + ".fteChange", change.fteChange(), -100_000, 100_000,
                        "full-time posts from -100000 (removed) to 100000 (added)");
            }
            checks.money(q + ".costPerFteGbpPerYear", change.costPerFteGbpPerYear());
            checks.between(q + ".fromMonth", change.fromMonth(), in.startMonth(), horizonMonths - 1);
        }
        checks.money(p + ".setupCostGbp", in.setupCostGbp());
        checks.money(p + ".runningCostGbpPerYear", in.runningCostGbpPerYear());
        effects(p + ".effects", in.effects());
        in.effects().given().keySet().stream().filter(e -> e.combination().notFor() == in.type()).forEach(e ->
                checks.add(p + ".effects." + e.jsonName(), e.jsonName() + " on " + e.combination().notFor().jsonName(),
                        "no " + e.jsonName() + " on this type: its effect is what the simulation does with it "
                                + "(model/ODD.md, one causal route per effect)"));
        if (in.doseResponse() != null) BudgetSplitCheck.doseResponse(p + ".doseResponse", in.doseResponse(), checks);
        BudgetSplitCheck.leverRunningCosts(p, in, checks);
    }

    /** Every effect stated lies in its declared range. */
    private void effects(String p, Effects effects) {
        effects.given().forEach((effect, value) -> {
            Effect.Range range = effect.range();
            checks.range(p + "." + effect.jsonName(), value, range.min(), range.max(), range.expected());
        });
    }

    private void stresses() {
        checks.named("stresses", scenario.stresses(), MAX_STRESSES, "stresses", Stress::id, Stress::name, (p, s) -> {
            checks.between(p + ".startMonth", s.startMonth(), 0, horizonMonths - 1);
            checks.references(p + ".partners", s.partners(), partnerIds, "partner");
            stressParameters(p, s);
        });
    }

    private void stressParameters(String p, Stress s) {
        switch (s.type()) {
            case EFFECT_SCALE -> {
                if (checks.present(p + ".effectScale", s.effectScale(), "a multiplier on effects, e.g. 0.5")) {
                    checks.between(p + ".effectScale", s.effectScale(), 0, 2, "a multiplier from 0 to 2");
                }
            }
            case MARKET_TIGHTENING -> {
                if (s.timeToFillMultiplier() == null && s.campaignFailureIncrease() == null) {
                    checks.add(p, "neither timeToFillMultiplier nor campaignFailureIncrease", "at least one of them");
                }
                if (s.timeToFillMultiplier() != null) {
                    checks.between(p + ".timeToFillMultiplier", s.timeToFillMultiplier(), 1, 10, "a multiplier from 1 to 10");
                }
                if (s.campaignFailureIncrease() != null) {
                    checks.between(p + ".campaignFailureIncrease", s.campaignFailureIncrease(), 0, 0.9, "from 0 to 0.9");
                }
            }
            case PAY_RESTRAINT -> {
                if (checks.present(p + ".payGapPerYear", s.payGapPerYear(), "the yearly widening of the pay gap")) {
                    checks.between(p + ".payGapPerYear", s.payGapPerYear(), 0, 0.2, "from 0 to 0.2 a year");
                }
            }
            case PARTNER_WITHDRAWS -> {
                if (checks.present(p + ".partner", s.partner(), "the id of the partner that withdraws")) {
                    checks.reference(p + ".partner", s.partner(), partnerIds, "partner");
                }
            }
            case ESTABLISHMENT_CUT -> {
                if (checks.present(p + ".establishmentChange", s.establishmentChange(), "a cut such as -0.05")) {
                    checks.between(p + ".establishmentChange", s.establishmentChange(), -0.9, -0.0001,
                            "a cut from -0.9 to just below 0");
                }
            }
            case DEMAND_SURGE -> {
                if (checks.present(p + ".establishmentChange", s.establishmentChange(), "a rise such as 0.1")) {
                    checks.between(p + ".establishmentChange", s.establishmentChange(), 0.0001, 2, "a rise from above 0 to 2");
                }
                if (checks.present(p + ".durationMonths", s.durationMonths(), "how many months the surge lasts")) {
                    checks.between(p + ".durationMonths", s.durationMonths(), 1, horizonMonths);
                }
            }
            default -> throw new IllegalStateException("unhandled stress type " + s.type());
        }
    }
}
