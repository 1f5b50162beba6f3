package org.entente.evaluate;

import java.util.List;
import java.util.Map;

/**
 * How the events extracted from one article compare with its gold events.
 *
 * @param article       the article id
 * @param strict        events matched one to one under the strict rule (true positives), misses and inventions
 * @param lenient       the same under the lenient rule
 * @param strictByRoot  strict counts per CAMEO root
 * @param lenientByRoot lenient counts per CAMEO root
 * @param factuality    strictly matched events whose claims give the gold factualities (compared as sets)
 * @param source        strictly matched events whose claims name the gold sources, none included (compared as sets)
 * @param status        strictly matched events with the gold status
 * @param dates         gold events with a date, matched strictly but for the date, whose date was found at the gold granularity
 * @param extraDates    events matched strictly but for the date that are dated where gold gives no date
 * @param links         per link type (theme, topic, aim, after, partOf): gold links recovered, wrong links, links missed
 * @param relations     standing relationships, matched by type and participant entities
 * @param missed        gold events with no strict match
 * @param invented      extracted events with no strict match
 * @param linkErrors    gold links not recovered and extracted links that are wrong
 * @param judgementErrors strictly matched events whose factuality, source or status is not the gold one
 */
public record ArticleScore(
        String article,
        Counts strict,
        Counts lenient,
        Map<String, Counts> strictByRoot,
        Map<String, Counts> lenientByRoot,
        Tally factuality,
        Tally source,
        Tally status,
        Tally dates,
        int extraDates,
        Map<String, Counts> links,
        Counts relations,
        List<Finding> missed,
        List<Finding> invented,
        List<LinkFinding> linkErrors,
        List<JudgementFinding> judgementErrors) {

    public ArticleScore {
        strictByRoot = Map.copyOf(strictByRoot);
        lenientByRoot = Map.copyOf(lenientByRoot);
        links = Map.copyOf(links);
        missed = List.copyOf(missed);
        invented = List.copyOf(invented);
        linkErrors = List.copyOf(linkErrors);
        judgementErrors = List.copyOf(judgementErrors);
    }
}
