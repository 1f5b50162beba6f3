package org.entente.extract.actors;

/**
 * Words of a sentence that name or refer to an actor.
 *
 * @param sentence the sentence's index in the article
 * @param start    the first token
 * @param end      the token after the last
 * @param head     the token that stands for the whole mention in the parse
 * @param entity   the entity it refers to (a gazetteer id or one of the article's own), or null when unresolved
 * @param kind     how it refers
 */
public record Mention(int sentence, int start, int end, int head, String entity, Kind kind) {

    /** How a mention refers to its actor. */
    public enum Kind {
        /** A name: "Vladimir Putin", "Iran", "the Kremlin". */
        NAME,
        /** An adjective of a state: "Iranian", "Sino-". */
        DEMONYM,
        /** A title or common noun for an actor: "the Turkish leader", "the government", "officials". */
        DESCRIPTION,
        /** A pronoun: "he", "its", "they". */
        PRONOUN
    }

    public boolean covers(int token) {
        return token >= start && token < end;
    }

    public Mention resolvedTo(String id) {
        return new Mention(sentence, start, end, head, id, kind);
    }
}
