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
        Summary.Payback payback = o.paybackMonth();
        String pays = payback.p50() == null ? "does not pay back within the horizon"
                : "payback " + Formats.month(payback.p50().intValue(), result.summary().startMonth());
        return String.format(Locale.UK, "  %s: NPV %s (P10 %s to P90 %s), %s, probability of saving %s",
                o.name(), Formats.money(o.npv().p50()), Formats.money(o.npv().p10()), Formats.money(o.npv().p90()),
                pays, Formats.percent(o.probabilityNpvPositive()));
    }

    static String throughput(ExperimentResult result) {
        double perSecond = result.elapsedSeconds() > 0 ? result.staffMonths() / result.elapsedSeconds() : 0;
        return String.format(Locale.UK, "Simulated %s staff-months in %.1f s: %s staff-months a second.",
                Formats.count(result.staffMonths()), result.elapsedSeconds(), Formats.count(perSecond));
    }
}
