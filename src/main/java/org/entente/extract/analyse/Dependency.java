package org.entente.extract.analyse;

/**
 * One arc of a sentence's Universal Dependencies graph (enhanced++: relations
 * name their preposition, {@code obl:against}, and coordinated words share
 * their heads' dependents).
 *
 * @param head      the governing token's index, or -1 for the root
 * @param dependent the dependent token's index
 * @param relation  the relation, as {@code nsubj}, {@code obj}, {@code obl:with}, {@code nsubj:pass}
 */
public record Dependency(int head, int dependent, String relation) {

    /** The relation without its subtype: {@code obl} for {@code obl:with}. */
    public String base() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
