package org.entente.validate;

import java.util.List;

/**
 * What SHACL validation found in a graph.
 *
 * @param violations results with severity sh:Violation: the graph must not be loaded
 * @param warnings   results with severity sh:Warning or sh:Info: recommendations
 */
public record ShapeReport(List<String> violations, List<String> warnings) {
    public ShapeReport {
        violations = List.copyOf(violations);
        warnings = List.copyOf(warnings);
    }

    public boolean conforms() {
        return violations.isEmpty();
    }
}
