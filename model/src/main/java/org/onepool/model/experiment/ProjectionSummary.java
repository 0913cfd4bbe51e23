package org.onepool.model.experiment;

import java.util.ArrayList;
import java.util.List;
import org.onepool.model.projection.Band;
import org.onepool.model.projection.Projection;
import org.onepool.model.projection.ProjectionMeasure;
import org.onepool.model.projection.ProjectionRow;

/** The summary's compact projections block: partner totals (and the overall total) per year, per arm. */
final class ProjectionSummary {
    private ProjectionSummary() {
    }

    static Summary.Projections of(Projection projection) {
        List<Summary.ProjectionArm> arms = new ArrayList<>();
        for (int a = 0; a < projection.arms().size(); a++) {
            Projection.Arm arm = projection.arms().get(a);
            List<Summary.ProjectionPartner> partners = new ArrayList<>();
            for (int r = 0; r < projection.rows().size(); r++) {
                ProjectionRow row = projection.rows().get(r);
                if (!row.allFamilies()) continue;
                List<Summary.ProjectionYear> years = new ArrayList<>();
                for (int y = 0; y < projection.years().size(); y++) {
                    years.add(new Summary.ProjectionYear(projection.years().get(y),
                            stats(projection.get(a, r, y, ProjectionMeasure.STAFF_IN_POST)),
                            stats(projection.get(a, r, y, ProjectionMeasure.VACANCIES_YEAR_END)),
                            stats(projection.get(a, r, y, ProjectionMeasure.VACANCY_RATE)),
                            stats(projection.get(a, r, y, ProjectionMeasure.LEAVERS)),
                            stats(projection.get(a, r, y, ProjectionMeasure.JOINERS)),
                            stats(projection.get(a, r, y, ProjectionMeasure.AGENCY_FTE)),
                            stats(projection.get(a, r, y, ProjectionMeasure.AGENCY_SPEND_GBP)),
                            stats(projection.get(a, r, y, ProjectionMeasure.PAY_BILL_GBP))));
                }
                partners.add(new Summary.ProjectionPartner(row.partnerId(), row.partnerName(), years));
            }
            arms.add(new Summary.ProjectionArm(arm.id(), arm.name(), arm.kind(), partners));
        }
        return new Summary.Projections(projection.years(), arms);
    }

    private static Stats stats(Band b) {
        return new Stats(b.mean(), b.p10(), b.p50(), b.p90());
    }
}
