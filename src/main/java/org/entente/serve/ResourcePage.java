package org.entente.serve;

import org.entente.rdf.RdfFormat;
import static org.entente.serve.Html.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.shared.PrefixMapping;
import org.entente.rdf.Ent;
import org.entente.serve.ResourceDescription.Arc;
import org.entente.serve.ResourceDescription.ClaimView;
import org.entente.serve.ResourceDescription.Evidence;
import org.entente.serve.ResourceDescription.Term;

/**
 * Writes the HTML page of a resource: label, types, every property with
 * links, the claims concerning it with their quotes and sources, the other
 * claims of a claim's article, and incoming links. Every value passes through
 * {@link Html#escape}; links go to this server for IRIs it knows, to the web
 * for other http(s) IRIs, and nowhere for any other scheme.
 */
final class ResourcePage {
    /** Unlabelled IRIs are shown in their prefixed form, e.g. {@code rdf:type}. */
    private static final PrefixMapping PREFIXES = Ent.prefixes();

    private ResourcePage() {
    }

    /** The server link of an IRI: its {@code /id/} path when minted, else {@code /resource?iri=}. */
    static String localHref(String iri) {
        String path = LinkedData.pathOfIri(iri);
        return path != null ? path : "/resource?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    /**
     * @param self the path and query this page was asked for, without a format parameter,
     *             to which format links append theirs
     */
    static String render(ResourceDescription d, String self) {
        StringBuilder h = new StringBuilder(8192);
        head(h, d.label());
        h.append("<main>\n<h1>").append(escape(d.label())).append("</h1>\n");
        h.append("<p class=\"iri\"><code>").append(escape(d.iri())).append("</code></p>\n");
        if (!d.types().isEmpty()) {
            h.append("<p class=\"types\">Type: ");
            for (int i = 0; i < d.types().size(); i++) {
                h.append(i == 0 ? "" : ", ").append(link(d.types().get(i)));
            }
            h.append("</p>\n");
        }
        h.append("<p class=\"formats\">Also as ");
        String sep = self.contains("?") ? "&" : "?";
        for (RdfFormat f : Responses.RDF_OFFERS) {
            h.append("<a href=\"").append(escape(self + sep + "format=" + f.shortName())).append("\" type=\"")
                    .append(escape(f.mediaType())).append("\">").append(escape(f.shortName())).append("</a> ");
        }
        h.append("</p>\n");

        h.append("<section id=\"properties\"><h2>Properties</h2>\n<table>\n");
        for (Arc a : d.properties().items()) {
            h.append("<tr><th>").append(link(a.property())).append("</th><td>").append(value(a.other())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        cutNote(h, d.properties().cut());
        h.append("</section>\n");

        if (!d.claims().isEmpty()) {
            List<ClaimView> claims = d.claims().items();
            h.append("<section id=\"claims\"><h2>").append(claims.size() == 1 && claims.get(0).claim().iri().equals(d.iri())
                    ? "Evidence" : "Claims and their evidence").append("</h2>\n");
            for (ClaimView c : claims) {
                claim(h, c);
            }
            cutNote(h, d.claims().cut());
            h.append("</section>\n");
        }
        if (!d.otherClaims().isEmpty()) {
            h.append("<section id=\"other-claims\"><h2>Other claims of the article</h2>\n<ul>\n");
            for (Term t : d.otherClaims().items()) {
                h.append("<li>").append(link(t)).append("</li>\n");
            }
            h.append("</ul>\n");
            cutNote(h, d.otherClaims().cut());
            h.append("</section>\n");
        }
        h.append("<section id=\"incoming\"><h2>Incoming links</h2>\n");
        if (d.incoming().isEmpty()) {
            h.append("<p>None.</p>\n");
        } else {
            h.append("<table>\n");
            for (Arc a : d.incoming().items()) {
                h.append("<tr><td>").append(link(a.other())).append("</td><th>").append(link(a.property())).append("</th></tr>\n");
            }
            h.append("</table>\n");
            cutNote(h, d.incoming().cut());
        }
        h.append("</section>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Says when a section lists only the first rows. */
    private static void cutNote(StringBuilder h, boolean cut) {
        if (cut) {
            h.append("<p class=\"cut\">Only the first ").append(LinkedData.MAX_LISTED)
                    .append(" are shown; the SPARQL endpoint has them all.</p>\n");
        }
    }

    private static void claim(StringBuilder h, ClaimView c) {
        h.append("<article class=\"claim\"><h3>").append(link(c.claim())).append("</h3>\n<p>");
        if (c.factuality() != null) {
            h.append("<span class=\"factuality\">").append(link(c.factuality())).append("</span>");
        }
        if (c.source() != null) {
            h.append(" according to ").append(link(c.source()));
        }
        h.append("</p>\n");
        for (Evidence e : c.evidence()) {
            h.append("<blockquote>").append(escape(e.quote())).append("</blockquote>\n<p class=\"cite\">")
                    .append(link(e.article())).append(", characters ").append(e.begin()).append("–").append(e.end())
                    .append("</p>\n");
        }
        h.append("</article>\n");
    }

    /** The page's head and the site header, shared by every page. */
    static void head(StringBuilder h, String title) {
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append(" · entente</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/entente.css\">\n</head>\n<body>\n")
                .append("<header><a href=\"/\">entente</a> <nav><a href=\"/\">query</a> <a href=\"/void\">VoID</a> ")
                .append("<a href=\"").append(ServerSettings.DATASET).append("/sparql\">SPARQL endpoint</a></nav></header>\n");
    }

    /** A resource as a link with its label (or IRI); a literal as escaped text. */
    static String link(Term t) {
        if (!t.isIri()) {
            return value(t);
        }
        String text = escape(t.text() != null ? t.text() : PREFIXES.shortForm(t.iri()));
        String href = t.known() ? localHref(t.iri()) : externalHref(t.iri());
        if (href == null) {
            return "<span class=\"iri\" title=\"" + escape(t.iri()) + "\">" + text + "</span>";
        }
        return "<a href=\"" + escape(href) + "\" title=\"" + escape(t.iri()) + "\">" + text + "</a>";
    }

    private static String value(Term t) {
        if (t.isIri()) {
            return link(t);
        }
        StringBuilder v = new StringBuilder("<span class=\"literal\">").append(escape(t.text())).append("</span>");
        if (!t.language().isEmpty()) {
            v.append(" <span class=\"lang\">@").append(escape(t.language())).append("</span>");
        } else if (t.datatype() != null) {
            v.append(" <span class=\"datatype\">").append(escape(LinkedData.lastSegment(t.datatype()))).append("</span>");
        }
        return v.toString();
    }

    /** Only web IRIs become outside links, so no {@code javascript:} or {@code file:} IRI is ever clickable. */
    private static String externalHref(String iri) {
        return iri.startsWith("http://") || iri.startsWith("https://") ? iri : null;
    }

    static String notFound(String iri) {
        StringBuilder h = new StringBuilder();
        head(h, "Not found");
        h.append("<main><h1>Not found</h1><p>The store says nothing of <code>").append(escape(iri))
                .append("</code>.</p></main>\n</body>\n</html>\n");
        return h.toString();
    }
}
