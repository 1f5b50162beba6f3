package org.entente.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.TestProject;
import org.entente.claims.Claim;
import org.entente.claims.ClaimSet;
import org.entente.claims.Participant;
import org.entente.claims.Role;
import org.entente.claims.Situation;
import org.entente.extract.events.EventMention;
import org.entente.extract.pipeline.ArticleWork;

/**
 * One extractor for every test of a run, since loading its models takes
 * seconds and a gigabyte; extraction itself holds no state, so sharing it is
 * safe. Also the small readings tests make of what it found.
 */
public final class TestExtractor {
    /** A Monday: "on Monday" is this day, "yesterday" the Sunday before. */
    public static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    private static Extractor extractor;

    private TestExtractor() {
    }

    public static synchronized Extractor get() {
        if (extractor == null) {
            extractor = Extractor.load(TestProject.data());
        }
        return extractor;
    }

    /** The article as extraction leaves it, read as published on {@link #MONDAY}. */
    public static ArticleWork work(String text) {
        return get().work("test", text, MONDAY);
    }

    public static ClaimSet claims(String text) {
        return get().extract("test", text, MONDAY);
    }

    /** The event mentions of a text that are not only the content of another act. */
    public static List<EventMention> events(String text) {
        return work(text).events().stream().filter(e -> !e.isContent()).toList();
    }

    /** The one event of a claim set with this CAMEO root; fails when there is not exactly one. */
    public static Situation onlyOfRoot(ClaimSet set, String root) {
        List<Situation> found = set.events().stream().filter(s -> s.cameoCode().root().equals(root)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one event of CAMEO root " + root + " in " + set.events());
        }
        return found.get(0);
    }

    /** Every entity taking part, those acted for included. */
    public static Set<String> entities(Situation s) {
        return s.participantsAndPrincipals().stream().map(Participant::entity).collect(Collectors.toSet());
    }

    /**
     * The entities of a situation in roles on one side: sources (initiator...) or targets (target, recipient...),
     * those acted for in the role of who acts for them.
     */
    public static Set<String> sources(Situation s) {
        return s.participantsAndPrincipals().stream().filter(p -> p.role() == Role.INITIATOR || p.role() == Role.PROPOSER
                || p.role() == Role.SUPPLIER || p.role() == Role.MEDIATOR || p.role() == Role.FOUNDER)
                .map(Participant::entity).collect(Collectors.toSet());
    }

    public static Set<String> targets(Situation s) {
        return s.participantsAndPrincipals().stream().filter(p -> p.role() == Role.TARGET || p.role() == Role.RECIPIENT
                || p.role() == Role.BUYER).map(Participant::entity).collect(Collectors.toSet());
    }

    public static List<Claim> claimsAbout(ClaimSet set, Situation s) {
        return set.claims().stream().filter(c -> c.about().equals(s.id())).toList();
    }
}
