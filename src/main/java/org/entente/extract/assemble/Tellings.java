package org.entente.extract.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.claims.Claim;
import org.entente.claims.Evidence;
import org.entente.claims.Factuality;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.events.EventMention;
import org.entente.extract.pipeline.ArticleWork;

/**
 * The sentences that state one situation, gathered by the way each states it
 * (its factuality and source): one claim per way, with those sentences as its
 * evidence. A sentence with no event mention behind it ("an alliance between
 * Chile and Peru") states the situation as asserted, on no one's word. What
 * a source says, or the article hedges or predicts, rests on the words that
 * say it ({@link Passages}); what the article asserts, on the whole sentence.
 */
final class Tellings {
    private record Way(Factuality factuality, String source) {
    }

    private final Map<Way, List<Evidence>> evidence = new LinkedHashMap<>();

    /** A sentence that states the situation, through the mention told there, or none. */
    void add(ArticleWork article, int sentence, EventMention told) {
        Way way = told == null ? new Way(Factuality.ASSERTED, null) : new Way(told.factuality(), told.source());
        Sentence s = article.analysis().sentences().get(sentence);
        int[] passage = told == null || way.equals(new Way(Factuality.ASSERTED, null)) ? null
                : Passages.of(s, told, article.events().stream().filter(x -> x.sentence() == sentence && x != told).toList());
        Evidence ev = passage == null ? AssembleStage.evidence(article.text(), s.begin(), s.end())
                : AssembleStage.evidence(article.text(), s.token(passage[0]).begin(), s.token(passage[1]).end());
        List<Evidence> list = evidence.computeIfAbsent(way, k -> new ArrayList<>());
        if (!list.contains(ev)) {
            list.add(ev);
        }
    }

    /** The claims about the situation, numbered on from the claims already made; what a source says is reported. */
    List<Claim> claims(String about, int numbered) {
        List<Claim> out = new ArrayList<>();
        for (var w : evidence.entrySet()) {
            Way way = w.getKey();
            Factuality f = way.factuality() == Factuality.ASSERTED && way.source() != null ? Factuality.REPORTED : way.factuality();
            out.add(new Claim(String.format("c%02d", numbered + out.size() + 1), about, w.getValue(), way.source(), f,
                    AssembleStage.CONFIDENCE));
        }
        return out;
    }
}
