package org.entente.serve;

import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;

/**
 * The forms a resource description is served in, chosen from the request's
 * {@code Accept} header or, for links a person can click, a {@code format}
 * parameter. Turtle is the answer to a client that accepts anything.
 */
enum RdfFormat {
    TURTLE("ttl", "text/turtle", Lang.TURTLE),
    HTML("html", "text/html", null),
    JSONLD("jsonld", "application/ld+json", Lang.JSONLD),
    NTRIPLES("nt", "application/n-triples", Lang.NTRIPLES),
    RDFXML("rdf", "application/rdf+xml", Lang.RDFXML);

    private final String name;
    private final String mediaType;
    private final Lang lang;

    RdfFormat(String name, String mediaType, Lang lang) {
        this.name = name;
        this.mediaType = mediaType;
        this.lang = lang;
    }

    /** The short name used in {@code ?format=}. */
    String shortName() {
        return name;
    }

    String mediaType() {
        return mediaType;
    }

    /** The RDF syntax, or null for the HTML page. */
    Lang lang() {
        return lang;
    }

    /**
     * The format to answer in: the {@code format} parameter when given (null when
     * it names no format), else the offer the Accept header rates highest, ties
     * going to the earlier offer; a missing or empty header means Turtle.
     */
    static RdfFormat choose(String accept, String formatParameter, List<RdfFormat> offers) {
        if (formatParameter != null) {
            String wanted = formatParameter.toLowerCase(Locale.ROOT);
            return offers.stream().filter(f -> f.name.equals(wanted) || f.mediaType.equals(wanted))
                    .findFirst().orElse(null);
        }
        if (accept == null || accept.isBlank()) {
            return offers.get(0);
        }
        AcceptList ranges;
        try {
            ranges = new AcceptList(accept);
        } catch (RuntimeException e) {
            return offers.get(0);
        }
        RdfFormat best = null;
        double bestQ = 0;
        for (RdfFormat offer : offers) {
            double q = quality(ranges, MediaType.create(offer.mediaType));
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return best;
    }

    /** The quality the most specific matching range gives a type; 0 when none matches. */
    private static double quality(AcceptList ranges, MediaType type) {
        MediaRange chosen = null;
        for (MediaRange r : ranges.entries()) {
            if (r.accepts(type) && (chosen == null || r.moreGroundedThan(chosen))) {
                chosen = r;
            }
        }
        return chosen == null ? 0 : chosen.get_q();
    }

    static final List<RdfFormat> ALL = List.of(values());
    static final List<RdfFormat> RDF_ONLY = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);
}
