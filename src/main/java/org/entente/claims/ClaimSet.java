package org.entente.claims;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything claimed by one article: the events and relationships it speaks of
 * and the claims that assert them.
 *
 * @param article    the article id (its file name without extension)
 * @param producedBy who wrote the claims: {@code curated}, or an extractor name and version
 * @param events     events the claims are about
 * @param relations  standing relationships the claims are about
 * @param claims     the claims
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ClaimSet(
        String article,
        String producedBy,
        List<Situation> events,
        List<Situation> relations,
        List<Claim> claims) {

    public ClaimSet {
        Ids.requireArticleId(article);
        if (producedBy == null || producedBy.isBlank()) {
            throw new IllegalArgumentException("producedBy must say who wrote the claims ('curated' or an extractor and its version)");
        }
        events = events == null ? List.of() : List.copyOf(events);
        relations = relations == null ? List.of() : List.copyOf(relations);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /** Events and relationships together. */
    @JsonIgnore
    public List<Situation> situations() {
        return Stream.concat(events.stream(), relations.stream()).toList();
    }
}
