package org.onepool.reports;

import java.time.LocalDate;
import java.util.List;
import org.onepool.model.experiment.BudgetSplitResult;
import org.onepool.model.experiment.BudgetSplitResult.PlanResult;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.Scenario;

/**
 * budget-report.html (template budget-report.jte): the recommended split of an invest-to-save budget, its
 * verified NPV bands and the naive plans beside it. This class is what the template reads: the result and
 * the few sentences and sums worked out from it.
 */
final class BudgetSplitHtml {
    private final BudgetSplitResult result;
    private final Scenario scenario;
    private final LocalDate date;

    private BudgetSplitHtml(BudgetSplitResult result, Scenario scenario, LocalDate date) {
        this.result = result;
        this.scenario = scenario;
        this.date = date;
    }

    static String render(BudgetSplitResult result, Scenario scenario, LocalDate date) {
        return Templates.render("budget-report.jte", new BudgetSplitHtml(result, scenario, date));
    }

    BudgetSplitResult result() {
        return result;
    }

    String date() {
        return date.toString();
    }

    /** Whether the split maximises the P10 NPV rather than the expected NPV. */
    boolean cautious() {
        return result.question().objective().equals("p10");
    }

    /** A partner's name for its id. */
    String partner(String id) {
        return scenario.partner(id).map(Partner::name).orElse(id);
    }

    List<PlanResult> naivePlans() {
        return result.plans().stream().filter(p -> p.kind().equals("naive")).toList();
    }

    boolean anyOutsideLimits() {
        return result.plans().stream().anyMatch(p -> !p.withinLimits());
    }

    /** The recommended plan's spend on a lever in a year. */
    double spend(String lever, String year) {
        return result.recommendedPlan().allocations().stream()
                .filter(a -> a.lever().equals(lever) && a.year().equals(year))
                .mapToDouble(BudgetSplitResult.Allocation::spendGbp).sum();
    }

    static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    static String signed(double gbp) {
        return (gbp > 0 ? "+" : "") + Formats.money(gbp);
    }

    private String refinement() {
        var rounds = result.surface().refinements();
        if (rounds.isEmpty()) return "The surface's optimum was already among the simulated plans: no refinement.";
        var last = rounds.get(rounds.size() - 1);
        var first = rounds.get(0);
        return "The surface was then refined where the optimiser goes: in " + rounds.size() + " rounds its optimum "
                + "and plans near it were simulated and added. At the first round the surface predicted "
                + Formats.money(first.predictedMeanGbp()) + " for its optimum, which simulated at "
                + Formats.money(first.simulatedMeanGbp()) + "; at the last, " + Formats.money(last.predictedMeanGbp())
                + " against " + Formats.money(last.simulatedMeanGbp()) + ".";
    }

    List<String> methodNotes() {
        var s = result.surface();
        var q = result.question();
        return List.of(
                "The simulation is too slow to score every possible split, so " + s.designPoints() + " designed plans "
                        + "(spending nothing, each lever alone, and random plans from one tranche to the whole budget) "
                        + "were each simulated on the same " + q.designReplications() + " replications.",
                "A response surface was fitted to their NPVs by least squares, one fit per replication, so that a "
                        + "plan's predictions form a distribution (its mean and its 10th percentile). The dose-response "
                        + "is applied exactly; the surface fits how NPV answers each lever's discounted effect-years at "
                        + "each partner, the levers' interplay, and the spend. " + s.features() + " terms; on the design "
                        + "plans it explains " + Formats.percent(Math.max(0, s.rSquared())) + " of the variation in mean "
                        + "NPV (root mean square error " + Formats.money(s.rmseGbp()) + ").",
                "OptaPlanner split the tranches on the surface under the annual cap and each lever's minimum and "
                        + "maximum, once for the expected NPV and once for the P10 NPV. The optimised plans and the "
                        + "naive ones were then simulated on " + q.verificationReplications() + " fresh replications; "
                        + "the recommended plan is the optimised one with the best verified "
                        + (cautious() ? "P10" : "mean") + " NPV.",
                refinement(),
                "A year's spend works from the start of that year; the lever's own set-up and running costs are "
                        + "replaced by the plan's spend, which is shared among partners as the option's costs are.");
    }
}
