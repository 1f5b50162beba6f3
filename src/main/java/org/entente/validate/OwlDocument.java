package org.entente.validate;

import org.apache.jena.vocabulary.DCTerms;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.rdf.Ent;

/**
 * Merges the ontology and article graphs into one OWL document with a header
 * of its own, declaring every individual, so Protégé opens it without import
 * resolution and sees the same thing OWL API sees.
 */
public final class OwlDocument {
    private OwlDocument() {
    }

    public static Model merge(Model ontology, List<Model> articleGraphs) {
        Model doc = ModelFactory.createDefaultModel();
        doc.setNsPrefixes(Ent.prefixes());
        Resource oldHeader = ontology.getResource(Ent.ONTOLOGY);
        List<Resource> headers = ontology.listSubjectsWithProperty(RDF.type, OWL2.Ontology).toList();
        for (Statement s : ontology.listStatements().toList()) {
            if (!headers.contains(s.getSubject())) {
                doc.add(s);
            }
        }
        articleGraphs.forEach(doc::add);

        Resource header = doc.createResource(Ent.KNOWLEDGE_GRAPH)
                .addProperty(RDF.type, OWL2.Ontology)
                .addProperty(RDFS.label, "entente knowledge graph", "en")
                .addProperty(RDFS.comment, "The entente diplomacy ontology together with the individuals of "
                        + articleGraphs.size() + " article graph(s): articles, claims, evidence, events, relationships and entities.", "en");
        copy(oldHeader, header, doc, OWL2.versionInfo);
        copy(oldHeader, header, doc, DCTerms.license);

        for (Resource individual : doc.listSubjectsWithProperty(RDF.type).toList()) {
            if (!isSchemaTerm(doc, individual)) {
                individual.addProperty(RDF.type, OWL2.NamedIndividual);
            }
        }
        return doc;
    }

    private static void copy(Resource from, Resource to, Model doc, Property p) {
        from.listProperties(p).forEachRemaining(s -> doc.add(to, p, s.getObject()));
    }

    /** Classes, properties, datatypes and axioms are not individuals. */
    private static boolean isSchemaTerm(Model doc, Resource r) {
        if (r.isAnon()) {
            return true;
        }
        for (Resource kind : List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty,
                OWL2.Ontology, RDFS.Datatype, OWL2.AllDisjointClasses)) {
            if (doc.contains(r, RDF.type, kind)) {
                return true;
            }
        }
        return false;
    }
}
