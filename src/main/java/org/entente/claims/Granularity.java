package org.entente.claims;

/** How precisely a date is known. */
public enum Granularity { DAY, MONTH, YEAR }
