package org.entente.validate;

import java.util.List;

/**
 * What OWL API and HermiT say of an ontology document, as Protégé would show it.
 *
 * @param axioms            logical and declaration axioms loaded
 * @param profileViolations OWL 2 DL profile violations, one line each
 * @param consistent        whether HermiT finds the ontology consistent
 * @param unsatisfiable     named classes HermiT finds unsatisfiable
 */
public record OwlReport(int axioms, List<String> profileViolations, boolean consistent, List<String> unsatisfiable) {
    public OwlReport {
        profileViolations = List.copyOf(profileViolations);
        unsatisfiable = List.copyOf(unsatisfiable);
    }

    public boolean clean() {
        return profileViolations.isEmpty() && consistent && unsatisfiable.isEmpty();
    }
}
