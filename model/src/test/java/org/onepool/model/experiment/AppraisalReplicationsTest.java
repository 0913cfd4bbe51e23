package org.onepool.model.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.Scenario;
import org.onepool.model.scenario.Stress;

class AppraisalReplicationsTest {
    private static final long SEED = 4242;

    private static ExperimentPlan appraisalOnly(int replications, int threads) {
        return new ExperimentPlan(replications, SEED, threads, null, false, false, 4, replications, 3);
    }

    /** Outcomes as they reach a cluster's driver: serialised on an executor, read back. */
    @SuppressWarnings("unchecked")
    private static List<ReplicationOutcome> shipped(List<ReplicationOutcome> outcomes) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(outcomes));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (List<ReplicationOutcome>) in.readObject();
        }
    }

    private static AppraisalFold foldBlocks(AppraisalReplications replications, int n, int... cuts) throws Exception {
        AppraisalFold fold = replications.fold(n);
        int from = 0;
        for (int to : cuts) {
            for (ReplicationOutcome o : shipped(replications.block(from, to))) fold.add(o);
            from = to;
        }
        for (ReplicationOutcome o : shipped(replications.block(from, n))) fold.add(o);
        return fold;
    }

    @Test
    void blocksFoldedInOrderGiveExactlyTheLocalRun() throws Exception {
        Scenario scenario = ExperimentTest.scenario();
        Summary local = Experiment.run(scenario, "x.yaml", "0", appraisalOnly(12, 2), Progress.NONE).summary();
        AppraisalReplications replications = new AppraisalReplications(scenario, SEED, null, null);
        AppraisalFold uneven = foldBlocks(replications, 12, 1, 5);
        AppraisalFold single = foldBlocks(replications, 12);

        assertThat(uneven.optionResults()).isEqualTo(local.options());
        assertThat(uneven.baseline()).isEqualTo(local.baseline());
        assertThat(single.optionResults()).isEqualTo(local.options());
        assertThat(uneven.folded()).isEqualTo(12);
    }

    @Test
    void pastTheExactPercentilesTheOrderedFoldStillMatchesTheLocalRun() throws Exception {
        // Beyond 200 replications the percentiles come from P-square, whose answer depends on the order.
        int n = StreamingStats.EXACT + 7;
        Scenario scenario = ExperimentTest.scenario();
        Summary local = Experiment.run(scenario, "x.yaml", "0", appraisalOnly(n, 2), Progress.NONE).summary();
        AppraisalReplications replications = new AppraisalReplications(scenario, SEED, List.of("pool"), null);
        AppraisalFold fold = foldBlocks(replications, n, 90, 180, 199);

        assertThat(fold.optionResults()).containsExactly(local.options().get(0));
    }

    @Test
    void anOutcomeOutOfOrderIsRefused() {
        AppraisalReplications replications = new AppraisalReplications(ExperimentTest.scenario(), SEED, null, null);
        AppraisalFold fold = replications.fold(4);
        fold.add(replications.outcome(0));
        assertThatThrownBy(() -> fold.add(replications.outcome(2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("replication 2");
    }

    @Test
    void underAStressTheBlocksGiveTheLocalRunsStressTestRow() throws Exception {
        Scenario scenario = ExperimentTest.scenario();
        int n = 6;
        ExperimentPlan plan = new ExperimentPlan(n, SEED, 2, null, false, true, 4, n, 3);
        Summary local = Experiment.run(scenario, "x.yaml", "0", plan, Progress.NONE).summary();
        Stress stress = StressTests.stressesOf(scenario).get(1);
        AppraisalReplications replications = new AppraisalReplications(scenario, SEED, null, stress);
        AppraisalFold fold = foldBlocks(replications, n, 2);

        for (int k = 0; k < local.options().size(); k++) {
            Summary.StressResult row = local.options().get(k).stress().get(1);
            Summary.OptionResult cell = fold.optionResults().get(k);
            assertThat(row.stress()).isEqualTo(stress.id());
            assertThat(cell.npv()).isEqualTo(row.npv());
            assertThat(cell.probabilityNpvPositive()).isEqualTo(row.probabilityNpvPositive());
        }
        // The stress changes the answer: it is not the unstressed appraisal under another name.
        assertThat(fold.optionResults().get(0).npv()).isNotEqualTo(local.options().get(0).npv());
    }

}
