package org.entente.extract.pipeline;

/** What a stage of extraction adds to the article it works on. */
public enum Layer {
    /** Sentences with tokens, parts of speech and lemmas; parses and named entities on the sentences that need them. */
    ANALYSIS,
    /** The date expressions of the text, normalised against the publication date. */
    TIMES,
    /** Mentions of actors, each resolved to an entity where it can be; the article's own entities. */
    ACTORS,
    /** Event mentions: triggers with their CAMEO codes. */
    EVENTS,
    /** Each event mention's participants in their roles. */
    ROLES,
    /** Links between event mentions: theme, topic, aim, after, part of. */
    LINKS,
    /** Each event mention's factuality, source, status and date. */
    FACTUALITY,
    /** The claim set. */
    CLAIMS
}
