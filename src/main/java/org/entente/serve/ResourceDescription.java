package org.entente.serve;

import org.entente.claims.Evidence;
import java.util.List;
import org.apache.jena.rdf.model.Model;

/**
 * What the server knows of one IRI, read in one transaction: its triples for
 * RDF clients, and for people its label, types, properties, incoming links,
 * and the claims that concern it with their evidence.
 *
 * @param iri         the resource
 * @param graph       its triples: outgoing, incoming, and those of the text spans next to it
 * @param label       its label, or its IRI's last segment when it has none
 * @param types       its classes
 * @param properties  its outgoing arcs, property by property
 * @param incoming    arcs from other resources to it
 * @param claims      claims that are it, are about it, about a situation it takes part in, or come from it (an article)
 * @param otherClaims for a claim, the other claims of its article
 */
record ResourceDescription(String iri, Model graph, String label, List<Term> types, Listed<Arc> properties,
                           Listed<Arc> incoming, Listed<ClaimView> claims, Listed<Term> otherClaims) {

    /**
     * The rows of one section of the page, and whether there were more than it lists.
     *
     * @param items the rows shown
     * @param cut   whether the store has more than are shown
     */
    record Listed<T>(List<T> items, boolean cut) {
        Listed {
            items = List.copyOf(items);
        }

        boolean isEmpty() {
            return items.isEmpty();
        }
    }

    /**
     * One RDF term as a page shows it.
     *
     * @param iri      the IRI, or null for a literal
     * @param text     a resource's label (null when it has none) or a literal's lexical form
     * @param language a literal's language tag, or ""
     * @param datatype a literal's datatype IRI, or null
     * @param known    whether the IRI is minted by entente or described in the store, so the server shows it
     */
    record Term(String iri, String text, String language, String datatype, boolean known) {
        boolean isIri() {
            return iri != null;
        }
    }

    /** One arc: a property and the resource or value at its other end. */
    record Arc(Term property, Term other) {
    }

    /**
     * A claim with its evidence.
     *
     * @param claim      the claim, labelled
     * @param factuality how the article puts it (reported, hedged, ...), labelled
     * @param source     whom the article attributes it to, or null
     * @param evidence   the quotes it rests on
     */
    record ClaimView(Term claim, Term factuality, Term source, List<Evidence> evidence) {
    }

    /** A quote from an article, where it sits, and which article. */
    record Evidence(String quote, long begin, long end, Term article) {
    }
}
