package org.entente.query;

import org.apache.jena.query.ResultSetRewindable;

/**
 * A competency question answered from the store.
 *
 * @param question        the question
 * @param rows            the answer, fully read
 * @param matchesExpected whether it equals the answer expected for the project's article
 */
public record Answer(CompetencyQuestion question, ResultSetRewindable rows, boolean matchesExpected) {
}
