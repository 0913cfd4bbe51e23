package org.onepool.model.finance;

import java.util.List;
import org.onepool.model.scenario.Option;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.Scenario;

/** Each partner's share of an option's costs under the option's sharing formula; shares sum to 1. */
public final class CostShares {
    private CostShares() {
    }

    /**
     * @param usage per partner, the option's use of shared services (e.g. hires through them); used only
     *              by the usage method, which falls back to headcount when nobody used anything
     */
    public static double[] of(Scenario scenario, Option option, double[] usage) {
        List<Partner> partners = scenario.partners();
        double[] weight = new double[partners.size()];
        for (int p = 0; p < partners.size(); p++) {
            Partner partner = partners.get(p);
            boolean member = (option.partners() == null || option.partners().contains(partner.id()))
                    && partner.inPartnership();
            if (!member) continue;
            weight[p] = switch (option.costSharing().method()) {
                case HEADCOUNT -> partner.headcount();
                case EQUAL -> 1;
                case USAGE -> usage[p];
                case EXPLICIT -> option.costSharing().shares().getOrDefault(partner.id(), 0.0);
            };
        }
        double total = sum(weight);
        if (total <= 0) {
            for (int p = 0; p < partners.size(); p++) {
                boolean member = (option.partners() == null || option.partners().contains(partners.get(p).id()))
                        && partners.get(p).inPartnership();
                weight[p] = member ? Math.max(1, partners.get(p).headcount()) : 0;
            }
            total = sum(weight);
        }
        for (int p = 0; p < weight.length; p++) weight[p] /= total;
        // A contractor whose costs fall to its commissioner: the council pays its share.
        for (int p = 0; p < partners.size(); p++) {
            String payer = partners.get(p).payerId();
            if (payer.equals(partners.get(p).id()) || weight[p] == 0) continue;
            for (int q = 0; q < partners.size(); q++) {
                if (partners.get(q).id().equals(payer)) {
                    weight[q] += weight[p];
                    weight[p] = 0;
                }
            }
        }
        return weight;
    }

    /**
     * Each month's shares when partners leave the option part-way ({@link Option#withdrawals}): from a partner's
     * month it pays nothing and the partners staying share the costs by the option's method among themselves.
     * Once every partner has left the option books no costs, so the last shares stand.
     */
    public static double[][] byMonth(Scenario scenario, Option option, double[] usage, int months) {
        double[][] out = new double[months][];
        List<String> members = scenario.partners().stream().map(Partner::id)
                .filter(id -> option.partners() == null || option.partners().contains(id)).toList();
        for (int m = 0; m < months; m++) {
            int month = m;
            List<String> staying = members.stream().filter(id -> month < option.withdrawalMonth(id)).toList();
            if (m > 0 && staying.size() == members.stream().filter(id -> month - 1 < option.withdrawalMonth(id)).count()) {
                out[m] = out[m - 1];
                continue;
            }
            out[m] = staying.isEmpty() ? out[Math.max(0, m - 1)] : of(scenario, new Option(option.id(), option.name(),
                    option.description(), staying, option.costSharing(), option.interventions()), usage);
        }
        return out;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) s += v;
        return s;
    }
}
