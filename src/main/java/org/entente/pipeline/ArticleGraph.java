package org.entente.pipeline;

import org.apache.jena.rdf.model.Model;
import org.entente.validate.ShapeReport;

/**
 * One article converted: the name of its graph, the graph, how many claims it
 * carries, and what SHACL said of it.
 */
public record ArticleGraph(String articleId, String graphName, Model graph, int claims, ShapeReport shapes) {
}
