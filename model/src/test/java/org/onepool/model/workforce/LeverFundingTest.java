package org.onepool.model.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeverFundingTest {

    @Test
    void aFundingKeepsItsOwnCopyOfThePlan() {
        boolean[] funded = {true};
        double[][][] strength = {{{0.5, 0.6}}};
        double[][] spend = {{100, 200}};
        LeverFunding funding = new LeverFunding(funded, strength, spend, 12);
        funded[0] = false;
        strength[0][0][1] = 0.9;
        spend[0][0] = 7;
        assertThat(funding.funds(0)).isTrue();
        assertThat(funding.strength(0, 0, 1)).isEqualTo(0.6);
        assertThat(funding.spendGbp(0, 0)).isEqualTo(100);
        assertThat(funding.strength(0, 0, 2)).as("after the plan's months").isZero();
    }
}
