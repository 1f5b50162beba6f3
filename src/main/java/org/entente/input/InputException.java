package org.entente.input;

import java.util.List;

/**
 * A user's input is wrong: a file is missing, malformed, or says something the
 * project cannot accept. Carries one or more {@link Problem}s, each saying where
 * and what. The CLI turns it into exit code 1 and one line per problem.
 */
public final class InputException extends RuntimeException {
    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).toString()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an input exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    public static InputException of(String where, String message) {
        return new InputException(Problem.at(where, message));
    }

    public List<Problem> problems() {
        return problems;
    }
}
