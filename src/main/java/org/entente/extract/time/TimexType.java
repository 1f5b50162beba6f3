package org.entente.extract.time;

/**
 * The four kinds of temporal expression TimeML tells apart, each with its own form
 * of TIMEX3 value.
 */
public enum TimexType {
    /** A calendar period or a vague reference: {@code 2025-02-24}, {@code 2025-W08}, {@code PAST_REF}. */
    DATE,
    /** A time of a given day: {@code 2025-02-24T15:00}, {@code 2025-02-21TMO} for a morning. */
    TIME,
    /** A length of time: {@code P3D}, {@code PT5H}, {@code PXY} for "several years". */
    DURATION,
    /** A time that recurs: {@code P1D} for "daily", {@code XXXX-WXX-4} for "each Thursday". */
    SET
}
