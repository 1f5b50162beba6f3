package org.entente.claims;

import org.entente.input.Ids;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An article's assertion that a situation holds: the situation, the text it
 * rests on, who the article says it comes from, and how firmly it is made.
 * Equality is by content.
 *
 * @param id         unique within the article's claim set
 * @param about      id of the situation asserted
 * @param evidence   the sentence or sentences it rests on (at least one)
 * @param source     gazetteer id of the agent the article attributes it to, or null
 * @param factuality asserted, reported, hedged, predicted or negated
 * @param confidence how sure its producer is, 0 to 1; null means curated (1)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Claim(
        String id,
        String about,
        List<Evidence> evidence,
        String source,
        Factuality factuality,
        Double confidence) {

    public Claim {
        Ids.requireSlug(id, "claim");
        Ids.requireSlug(about, "claim '" + id + "' about: situation");
        if (evidence == null || evidence.isEmpty()) {
            throw new IllegalArgumentException("claim '" + id + "' needs at least one evidence span");
        }
        evidence = List.copyOf(evidence);
        if (factuality == null) {
            throw new IllegalArgumentException("claim '" + id
                    + "' needs a factuality (asserted, reported, hedged, predicted or negated)");
        }
        if (confidence != null && (confidence < 0 || confidence > 1)) {
            throw new IllegalArgumentException("claim '" + id + "' confidence must be between 0 and 1");
        }
    }
}
