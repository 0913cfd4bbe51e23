package org.onepool.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onepool.model.data.BandRate;
import org.onepool.model.data.ExtractEstimates;
import org.onepool.model.data.FamilyEstimate;
import org.onepool.model.data.Interval;
import org.onepool.model.data.LeavingReason;
import org.onepool.model.data.PartnerEstimate;

/**
 * The generator states the rates, so the truth is known: what the import estimates from its extracts must
 * fall within its 95% intervals of the stated rates about 95% of the time, over several seeds. Misses are
 * counted against the binomial: with n intervals at 95%, more than the stated number of misses has a chance
 * below 0.5% if the intervals are right.
 */
class RecoveringTheTruthTest {
    private static final long[] SEEDS = {1, 2, 3, 4};

    @TempDir
    Path temp;

    @Test
    void theCommittedSampleIsWhatTheGeneratorWritesForSeedOne() throws Exception {
        SampleGenerator.write(1, temp);
        for (String file : List.of("council-staff.csv", "council-leavers.csv", "council-vacancies.csv", "trust-staff.csv",
                "trust-leavers.csv", "trust-vacancies.csv", "truth.csv")) {
            assertThat(Files.readString(temp.resolve(file))).as(file)
                    .isEqualTo(Files.readString(SampleGenerator.SAMPLE.resolve(file)));
        }
    }

    @Test
    void estimatedRatesAndSharesFallWithinTheirIntervalsOfTheStatedOnesForSeveralSeeds() throws Exception {
        List<String> bandMisses = new ArrayList<>();
        List<String> shareMisses = new ArrayList<>();
        List<String> recruitmentMisses = new ArrayList<>();
        int bands = 0;
        int shares = 0;
        int recruitment = 0;
        double relativeError = 0;
        for (long seed : SEEDS) {
            Path folder = Files.createDirectories(temp.resolve("seed" + seed));
            SampleGenerator.write(seed, folder);
            Map<String, Double> truth = SampleGenerator.truth(folder);
            ExtractImport run = ExtractImport.prepare(folder.resolve("mapping.yaml"), null);
            run.read();
            assertThat(run.refused()).isFalse();
            ExtractEstimates e = run.estimate();
            for (PartnerEstimate p : e.partners()) {
                for (FamilyEstimate f : p.families()) {
                    assertThat(f.bandsFromPartner()).isFalse();
                    assertThat(f.bands()).as("no band merged").hasSize(4);
                    for (BandRate b : f.bands()) {
                        double stated = truth.get(p.partner() + "/" + f.jobFamily() + "/annualLeavingRate/" + b.fromYears());
                        bands++;
                        relativeError += (b.annualRate().estimate() - stated) / stated;
                        if (!b.annualRate().contains(stated)) bandMisses.add(seed + " " + p.partner() + " " + f.jobFamily() + " " + b);
                    }
                    for (LeavingReason r : List.of(LeavingReason.CAREER, LeavingReason.PAY, LeavingReason.RELOCATION)) {
                        shares++;
                        double stated = truth.get(p.partner() + "//reasonShare." + r.code() + "/");
                        if (!f.reasonShares().get(r).contains(stated)) shareMisses.add(seed + " " + p.partner() + " " + f.jobFamily() + " " + r);
                    }
                    shares++;
                    double other = truth.get(p.partner() + "//reasonShare.other/") + truth.get(p.partner() + "//reasonShare.dismissal/");
                    if (!f.reasonShares().get(LeavingReason.OTHER).contains(other)) shareMisses.add(seed + " " + p.partner() + " other");
                }
                var r = p.recruitment();
                Interval median = medianInterval(r.timeToFill().logMean(), r.timeToFill().logSd(), r.timeToFill().n());
                for (var check : List.of(
                        Map.entry(median, truth.get(p.partner() + "//timeToFillMedianMonths/")),
                        Map.entry(r.failure(), truth.get(p.partner() + "//campaignFailureProbability/")),
                        Map.entry(r.agencyCover(), truth.get(p.partner() + "//agencyCoverShare/")))) {
                    recruitment++;
                    if (!check.getKey().contains(check.getValue())) recruitmentMisses.add(seed + " " + p.partner() + " " + check);
                }
                assertThat(r.timeToFill().ksPValue()).as("the campaigns are lognormal: the fit is not rejected").isGreaterThan(0.01);
                assertThat(p.retirement().meanYears()).isCloseTo(truth.get(p.partner() + "//retirementAgeMeanYears/"),
                        org.assertj.core.api.Assertions.within(1.0));
            }
        }
        // 96 band rates: P(more than 11 misses) < 0.5% at 95% coverage; 96 shares likewise; 24 recruitment figures: > 5.
        assertThat(bands).isEqualTo(96);
        assertThat(bandMisses).as("band rates missed").hasSizeLessThanOrEqualTo(11);
        assertThat(shares).isEqualTo(96);
        assertThat(shareMisses).as("reason shares missed").hasSizeLessThanOrEqualTo(11);
        assertThat(recruitmentMisses).as("recruitment figures missed").hasSizeLessThanOrEqualTo(5);
        // No bias across the 96 rates: the mean relative error is within a few per cent.
        assertThat(relativeError / bands).isBetween(-0.04, 0.04);
    }

    /** The 95% interval of a lognormal's median exp(mu), from the sampling error of mu (sd / sqrt(n)). */
    private static Interval medianInterval(double mu, double sd, int n) {
        double half = 1.959964 * sd / Math.sqrt(n);
        return new Interval(Math.exp(mu), Math.exp(mu - half), Math.exp(mu + half));
    }
}
