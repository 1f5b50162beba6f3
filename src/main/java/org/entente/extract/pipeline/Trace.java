package org.entente.extract.pipeline;

import java.io.PrintStream;
import org.entente.extract.actors.Mention;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.events.EventMention;

/**
 * What extraction made of an article, sentence by sentence, for people tuning
 * the lexicons: the parse, the actor mentions and the event mentions with
 * their participants, links, factuality and dates.
 */
public final class Trace {
    private Trace() {
    }

    public static void print(ArticleWork article, PrintStream out) {
        for (Sentence s : article.analysis().sentences()) {
            out.println("[" + s.index() + "] " + article.text().substring(s.begin(), s.end()).replace('\n', ' '));
            if (!s.isParsed()) {
                continue;
            }
            StringBuilder b = new StringBuilder("    ");
            for (Dependency d : s.dependencies()) {
                b.append(d.relation()).append('(').append(d.head() < 0 ? "ROOT" : word(s, d.head())).append(", ")
                        .append(word(s, d.dependent())).append(") ");
            }
            out.println(b);
            for (Mention m : article.mentions(s.index())) {
                out.println("    actor " + m.kind() + " \"" + s.words(m.start(), m.end(), article.text()) + "\" -> " + m.entity());
            }
            for (EventMention e : article.events()) {
                if (e.sentence() == s.index()) {
                    out.println("    event " + s.token(e.trigger()).word() + " " + e.code().value() + " " + e.type()
                            + (e.isContent() ? " (content)" : "") + " " + e.participants() + " " + e.factuality()
                            + (e.source() == null ? "" : ":" + e.source()) + " " + e.status()
                            + (e.date() == null ? "" : " " + e.date().value()) + " links " + e.links().stream()
                            .map(l -> l.kind() + "->" + (l.to() != null ? l.to().code().value() + "@" + l.to().sentence() : l.entity())).toList());
                }
            }
        }
    }

    private static String word(Sentence s, int i) {
        Token t = s.token(i);
        return t.word() + "-" + i;
    }
}
