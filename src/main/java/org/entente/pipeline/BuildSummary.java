package org.entente.pipeline;

import java.time.Duration;
import java.util.List;

/**
 * What a build did.
 *
 * @param articles       articles converted and loaded
 * @param claims         claims among them
 * @param triplesLoaded  triples in the article graphs and the ontology graph written
 * @param storeQuads     quads in the whole store afterwards
 * @param warnings       SHACL recommendations not met, one line each
 * @param took           wall-clock time of the whole build
 */
public record BuildSummary(int articles, int claims, long triplesLoaded, long storeQuads,
                           List<String> warnings, Duration took) {
    public BuildSummary {
        warnings = List.copyOf(warnings);
    }
}
