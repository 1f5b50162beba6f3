package org.entente.pipeline;

import org.entente.validate.OwlReport;

import java.util.List;

/**
 * What {@link ValidateOperation} found.
 *
 * @param articles articles whose claims were checked
 * @param claims   claims among them
 * @param warnings SHACL recommendations not met
 * @param owl      what OWL API and HermiT say of ontology plus individuals
 */
public record ValidationSummary(int articles, int claims, List<String> warnings, OwlReport owl) {
    public ValidationSummary {
        warnings = List.copyOf(warnings);
    }
}
