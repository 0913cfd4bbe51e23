package org.onepool.cli;

import java.util.Locale;
import org.onepool.model.experiment.ExperimentResult;
import org.onepool.model.experiment.Summary;
import org.onepool.reports.Formats;

/** The lines `onepool run` prints when it finishes. */
final class ConsoleLines {
    private ConsoleLines() {
    }

    static String option(Summary.OptionResult o, ExperimentResult result) {
        // Payback is a cash question: the financial case's, not the economic case's flows of value.
        Summary.Payback payback = o.financial().paybackMonth();
        // The payback statistics are over the runs that pay back; most runs not paying back is the headline then.
        String pays = payback.p50() == null || payback.neverShare() >= 0.5
                ? "does not pay back in cash within the horizon in " + Formats.percent(payback.neverShare()) + " of runs"
                : "pays back in cash " + Formats.month(payback.p50().intValue(), result.summary().startMonth())
                        + (payback.neverShare() > 0 ? " (never in " + Formats.percent(payback.neverShare()) + " of runs)" : "");
        return String.format(Locale.UK, "  %s: NPSV %s (P10 %s to P90 %s), probability of a positive NPSV %s; net cash %s, %s",
                o.name(), Formats.money(o.npv().p50()), Formats.money(o.npv().p10()), Formats.money(o.npv().p90()),
                Formats.percent(o.probabilityNpvPositive()), Formats.money(o.financial().totalNetCash().p50()), pays);
    }

    /** An option's stop rules in a line: how often each stops, and what being able to stop is worth (mean). */
    static String stopRules(Summary.OptionResult o) {
        Summary.StopRules r = o.stopRules();
        StringBuilder stops = new StringBuilder();
        for (Summary.StopRuleShare rule : r.rules()) {
            if (stops.length() > 0) stops.append("; ");
            stops.append(rule.intervention()).append(" stops at month ").append(rule.reviewMonth()).append(" in ")
                    .append(Formats.percent(rule.shareStopped())).append(" of runs");
        }
        return String.format(Locale.UK, "    stop rules: %s; worth %s on average (NPSV mean %s with them, %s without)",
                stops, Formats.money(r.difference().mean()), Formats.money(r.npvWithRules().mean()),
                Formats.money(r.npvWithoutRules().mean()));
    }

    static String throughput(ExperimentResult result) {
        double perSecond = result.elapsedSeconds() > 0 ? result.staffMonths() / result.elapsedSeconds() : 0;
        return String.format(Locale.UK, "Simulated %s staff-months in %.1f s: %s staff-months a second.",
                Formats.count(result.staffMonths()), result.elapsedSeconds(), Formats.count(perSecond));
    }
}
