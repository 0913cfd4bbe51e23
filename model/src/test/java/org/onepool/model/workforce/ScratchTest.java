package org.onepool.model.workforce;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onepool.model.scenario.*;

class ScratchTest {
    @Test
    void run() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/minimal.yaml"));
        long t0 = System.nanoTime();
        List<ArmResult> r = Replication.run(s, ScenarioValues.central(), 1, List.of(Arm.BASELINE, new Arm(s.options().get(0), null)));
        System.out.println("ms " + (System.nanoTime() - t0) / 1e6);
        for (ArmResult a : r) {
            MonthlySeries ser = a.series();
            double cs = 0, cl = 0;
            for (int m = 0; m < ser.months(); m++) { cs += ser.total(m, Measure.COHORT_START); cl += ser.total(m, Measure.COHORT_LEAVERS); }
            System.out.printf("%s hc0=%.0f hcEnd=%.0f vac=%.1f cohortRate=%.4f leavers=%.0f ret=%.0f ext=%.0f int=%.0f fills=%.0f fillMonths=%.0f cost=%.0f%n",
                a.arm().id(), ser.total(0, Measure.HEADCOUNT), ser.total(ser.months()-1, Measure.HEADCOUNT),
                ser.total(Measure.VACANCIES)/ser.months(), cl/cs,
                ser.total(Measure.LEAVERS_CAREER)+ser.total(Measure.LEAVERS_PAY)+ser.total(Measure.LEAVERS_RELOCATION)+ser.total(Measure.LEAVERS_OTHER),
                ser.total(Measure.LEAVERS_RETIREMENT), ser.total(Measure.HIRES_EXTERNAL), ser.total(Measure.HIRES_INTERNAL),
                ser.total(Measure.FILLS_COMPLETED), ser.total(Measure.FILL_MONTHS), sum(a));
        }
    }
    static double sum(ArmResult a) { double t=0; for (int m=0;m<a.ledger().months();m++) t+=a.ledger().monthTotal(m); return t; }
}
