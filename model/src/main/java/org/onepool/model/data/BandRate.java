package org.onepool.model.data;

/**
 * The annual leaving rate of a tenure band, estimated from leavers over years of exposure.
 *
 * @param toYears     null for the last, open band
 * @param leavers     leavers counted in the rate whose tenure at leaving lay in the band
 * @param exposureYears person-years the staff spent in the band while in view
 * @param people      how many people spent any time in the band
 * @param annualRate  1 - exp(-hazard), with the 95% interval of the hazard carried through
 */
public record BandRate(double fromYears, Double toYears, long leavers, double exposureYears, int people,
                       Interval annualRate) {
}
