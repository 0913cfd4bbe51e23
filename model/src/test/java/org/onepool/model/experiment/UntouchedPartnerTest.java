package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.CostCategory;
import org.onepool.model.scenario.Partner;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.input.ScenarioLoader;

/**
 * Thames Valley Police is in no One Oxfordshire option and sits behind the vetting wall: in every option
 * and every replication its numbers are exactly business as usual's (common random numbers down to the
 * event), so it saves nothing, pays nothing, and is not reported as paying more than it gains.
 */
class UntouchedPartnerTest {

    @Test
    void aPartnerInNoOptionBehindAVettingWallHasExactlyBusinessAsUsualNumbersInEveryOption() throws Exception {
        String full = Files.readString(Path.of("../scenarios/one-oxfordshire.yaml"));
        // Three years after a one-year warm-up keeps the test quick; the stresses are not needed.
        String yaml = full.substring(0, full.indexOf("\nstresses:")).replace("horizonYears: 10", "horizonYears: 3")
                .replace("  warmUpYears: 3", "  warmUpYears: 1");
        Scenario s = ScenarioLoader.parse(yaml, false);
        int police = -1;
        for (int p = 0; p < s.partners().size(); p++) {
            Partner partner = s.partners().get(p);
            if (partner.vettingWall()) police = p;
        }
        assertThat(police).isNotNegative();
        String policeId = s.partners().get(police).id();
        assertThat(s.options()).allSatisfy(o -> assertThat(o.partners()).doesNotContain(policeId));
        ExperimentPlan plan = new ExperimentPlan(3, 20270401, 2, null, false, false, 4, 4, 3, 0);
        Experiment experiment = new Experiment(s, plan);
        List<ReplicationOutcome> outcomes = experiment.replicate(0, plan.replications());
        for (ReplicationOutcome r : outcomes) {
            for (ReplicationOutcome.OptionOutcome o : r.options()) {
                var a = o.appraisal();
                assertThat(a.partnerSavingPv(police)).as("replication %d", r.replication()).isZero();
                assertThat(a.partnerNetNpv(police)).as("replication %d", r.replication()).isZero();
                for (CostCategory c : CostCategory.values()) {
                    for (int y = 0; y < a.years(); y++) {
                        assertThat(a.cell(police, c, y)).as("replication %d %s year %d", r.replication(), c, y).isZero();
                    }
                }
            }
        }
        Summary summary = Experiment.run(s, "one-oxfordshire.yaml", "0", plan, org.onepool.model.experiment.Progress.NONE)
                .summary();
        for (Summary.OptionResult o : summary.options()) {
            Summary.PartnerPosition p = o.byPartner().get(police);
            assertThat(p.flagged()).as(o.id()).isFalse();
            assertThat(p.netNpv()).isEqualTo(Stats.ZERO);
        }
    }
}
