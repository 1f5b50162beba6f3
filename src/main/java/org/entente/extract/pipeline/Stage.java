package org.entente.extract.pipeline;

import java.util.Set;

/**
 * One step of extraction: it reads some layers of an article and adds others.
 * A stage holds only what it was built with (models, lexicons); everything it
 * learns about an article goes into the article, so one stage may work on many
 * articles at once.
 */
public interface Stage {
    /** The layers this stage reads. */
    Set<Layer> requires();

    /** The layers this stage adds. */
    Set<Layer> provides();

    void run(ArticleWork article);
}
