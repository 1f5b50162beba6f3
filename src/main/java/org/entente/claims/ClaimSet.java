package org.entente.claims;

import org.entente.input.Ids;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything claimed by one article: the events and relationships it speaks of
 * and the claims that assert them.
 *
 * @param article    the article id (its file name without extension)
 * @param producedBy who wrote the claims: {@code curated}, or an extractor name and version
 * @param author     for curated claims, who wrote them (a person or a team), or null
 * @param written    for curated claims, the day they were written ({@code YYYY-MM-DD}), or null
 * @param entities   entities named by this article that the gazetteer does not hold: people,
 *                   bodies and groups, with the same fields as gazetteer entries
 * @param events     events the claims are about
 * @param relations  standing relationships the claims are about
 * @param claims     the claims
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ClaimSet(
        String article,
        String producedBy,
        String author,
        String written,
        List<Entity> entities,
        List<Situation> events,
        List<Situation> relations,
        List<Claim> claims) {

    public ClaimSet {
        Ids.requireArticleId(article);
        if (producedBy == null || producedBy.isBlank()) {
            throw new IllegalArgumentException("producedBy must say who wrote the claims ('curated' or an extractor and its version)");
        }
        if (written != null) {
            try {
                LocalDate.parse(written);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("written '" + written + "' is not a date YYYY-MM-DD");
            }
        }
        entities = entities == null ? List.of() : List.copyOf(entities);
        events = events == null ? List.of() : List.copyOf(events);
        relations = relations == null ? List.of() : List.copyOf(relations);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /** Claims made by a program, with no author, date of writing or entities of their own. */
    public static ClaimSet extracted(String article, String producedBy, List<Situation> events,
            List<Situation> relations, List<Claim> claims) {
        return new ClaimSet(article, producedBy, null, null, List.of(), events, relations, claims);
    }

    /** Events and relationships together. */
    @JsonIgnore
    public List<Situation> situations() {
        return Stream.concat(events.stream(), relations.stream()).toList();
    }
}
