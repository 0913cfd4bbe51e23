package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stress table's workforce changes and partner positions: an option with no effect changes no
 * workforce figure under any stress, and each partner's net position is only its share of the costs.
 */
class StressWorkforceTest {

    @Test
    void underEveryStressAnOptionWithNoEffectMovesNoWorkforceFigureAndEachPartnerOnlyPaysItsShare() {
        ExperimentPlan plan = new ExperimentPlan(2, 99, 2, List.of("nothing", "pool"), false, true, 2, 3, 3);
        Summary s = Experiment.run(ExperimentTest.scenario(), "x.yaml", "0", plan, Progress.NONE).summary();
        Summary.OptionResult nothing = s.options().get(0);
        assertThat(nothing.stress()).hasSize(StressTests.stressesOf(ExperimentTest.scenario()).size());
        for (Summary.StressResult r : nothing.stress()) {
            assertThat(r.vacancyRateChange()).as(r.stress()).isEqualTo(Stats.ZERO);
            assertThat(r.leaversChangePerYear()).as(r.stress()).isEqualTo(Stats.ZERO);
            assertThat(r.agencySpendChangeGbpPerYear()).as(r.stress()).isEqualTo(Stats.ZERO);
            assertThat(r.byPartner()).extracting(Summary.StressPartner::partner).containsExactly("big", "small");
            // The partners' net positions add up to the option's NPV in every replication, so their means do.
            double sum = r.byPartner().stream().mapToDouble(p -> p.netNpv().mean()).sum();
            assertThat(sum).as(r.stress()).isCloseTo(r.npv().mean(), org.assertj.core.api.Assertions.within(1e-6));
            assertThat(r.byPartner()).allSatisfy(p -> assertThat(p.flagged()).isTrue());
        }
        // The pool does move the workforce under a stress: not a table of zeros by construction.
        assertThat(s.options().get(1).stress()).anySatisfy(r -> assertThat(r.vacancyRateChange().mean()).isNotZero());
    }
}
