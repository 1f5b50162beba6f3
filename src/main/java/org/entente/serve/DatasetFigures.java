package org.entente.serve;

/** The size of the store as the query page and VoID report it. */
record DatasetFigures(long articles, long claims, long events, long entities, long triples) {
}
