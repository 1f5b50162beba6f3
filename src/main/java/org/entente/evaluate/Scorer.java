package org.entente.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.claims.Claim;
import org.entente.claims.ClaimSet;
import org.entente.claims.Evidence;
import org.entente.claims.Factuality;
import org.entente.claims.Situation;
import org.entente.gazetteer.Gazetteer;

/**
 * Scores the claims extracted from one article against its gold claims. Gold
 * is taken as complete: an extracted event that matches no gold event is an
 * invention, whatever the reason. Matching is one to one and as large as
 * possible, under the strict and, separately, the lenient rule of
 * {@link EventMatcher}; factuality, sources, status and links are judged on
 * the strict pairs, dates on the pairs that match strictly when dates are left aside.
 */
public final class Scorer {
    /** The link types scored, by their field names in claims JSON. */
    public static final List<String> LINK_TYPES = List.of("theme", "topic", "aim", "after", "partOf");

    private final Gazetteer gazetteer;

    public Scorer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public ArticleScore score(ClaimSet gold, ClaimSet found) {
        return new Run(gold, found).score();
    }

    private final class Run {
        final ClaimSet gold;
        final ClaimSet found;
        final EntityMatcher entities;
        final EventMatcher events;
        final List<Situation> goldEvents;
        final List<Situation> foundEvents;
        /** For each found event, the gold event it is strictly matched to, or -1. */
        int[] strictPartner;
        /**
         * For each gold event, the found events in the order they are tried:
         * those resting on a sentence the gold event rests on first. Among
         * matchings of the same size this pairs events told by the same words,
         * which is what their links are then judged on.
         */
        int[][] preference;
        final List<LinkFinding> linkErrors = new ArrayList<>();
        final List<JudgementFinding> judgementErrors = new ArrayList<>();

        Run(ClaimSet gold, ClaimSet found) {
            this.gold = gold;
            this.found = found;
            this.entities = new EntityMatcher(gazetteer, gazetteer.withLocal(gold.entities()),
                    gazetteer.withLocal(found.entities()));
            this.events = new EventMatcher(entities);
            this.goldEvents = gold.events();
            this.foundEvents = found.events();
        }

        ArticleScore score() {
            preference = preferences();
            strictPartner = match(events::strict, null);
            int[] lenientPartner = match(events::lenient, strictPartner);
            int[] undatedPartner = match(events::strictIgnoringDate, strictPartner);
            Map<String, Counts> strictByRoot = new TreeMap<>();
            Map<String, Counts> lenientByRoot = new TreeMap<>();
            Counts strict = tally(strictPartner, strictByRoot);
            Counts lenient = tally(lenientPartner, lenientByRoot);

            Tally factuality = Tally.NONE;
            Tally source = Tally.NONE;
            Tally status = Tally.NONE;
            for (int f = 0; f < foundEvents.size(); f++) {
                if (strictPartner[f] < 0) {
                    continue;
                }
                Situation g = goldEvents.get(strictPartner[f]);
                Situation x = foundEvents.get(f);
                Tally[] claims = compareClaims(g, x);
                factuality = factuality.plus(claims[0]);
                source = source.plus(claims[1]);
                if (g.status() != null) {
                    status = status.plus(new Tally(g.status() == x.status() ? 1 : 0, 1));
                    if (g.status() != x.status()) {
                        judged(g, x, "status", g.status().jsonName(), x.status() == null ? "none" : x.status().jsonName());
                    }
                }
            }
            Tally dates = Tally.NONE;
            int extraDates = 0;
            for (int f = 0; f < foundEvents.size(); f++) {
                if (undatedPartner[f] < 0) {
                    continue;
                }
                Situation g = goldEvents.get(undatedPartner[f]);
                Situation x = foundEvents.get(f);
                if (g.date() != null) {
                    dates = dates.plus(new Tally(EventMatcher.sameDate(g.date(), x.date()) ? 1 : 0, 1));
                } else if (x.date() != null) {
                    extraDates++;
                }
            }
            return new ArticleScore(gold.article(), strict, lenient, strictByRoot, lenientByRoot, factuality, source,
                    status, dates, extraDates, links(), relations(), missed(), invented(), linkErrors, judgementErrors);
        }

        private int[][] preferences() {
            List<List<Evidence>> foundEvidence = foundEvents.stream().map(x -> evidenceOf(found, x)).toList();
            int[][] out = new int[goldEvents.size()][];
            for (int g = 0; g < out.length; g++) {
                List<Evidence> told = evidenceOf(gold, goldEvents.get(g));
                List<Integer> first = new ArrayList<>();
                List<Integer> rest = new ArrayList<>();
                for (int f = 0; f < foundEvents.size(); f++) {
                    List<Evidence> theirs = foundEvidence.get(f);
                    boolean shared = told.stream().anyMatch(a -> theirs.stream()
                            .anyMatch(b -> a.start() < b.end() && b.start() < a.end()));
                    (shared ? first : rest).add(f);
                }
                first.addAll(rest);
                out[g] = first.stream().mapToInt(Integer::intValue).toArray();
            }
            return out;
        }

        private static List<Evidence> evidenceOf(ClaimSet set, Situation s) {
            return claimsAbout(set, s.id()).stream().flatMap(c -> c.evidence().stream()).toList();
        }

        /**
         * A largest one-to-one matching (Kuhn's augmenting paths): for each found
         * event, its gold partner or -1. The pairs of {@code kept}, when given,
         * stay as they are and the rest is matched around them, so a looser rule
         * extends the strict pairs rather than reshuffling them.
         */
        int[] match(BiPredicate<Situation, Situation> fits, int[] kept) {
            int[] partner = kept == null ? new int[foundEvents.size()] : kept.clone();
            if (kept == null) {
                Arrays.fill(partner, -1);
            }
            boolean[] goldTaken = new boolean[goldEvents.size()];
            for (int p : partner) {
                if (p >= 0) {
                    goldTaken[p] = true;
                }
            }
            boolean[][] ok = new boolean[goldEvents.size()][foundEvents.size()];
            for (int g = 0; g < goldEvents.size(); g++) {
                for (int f = 0; f < foundEvents.size(); f++) {
                    ok[g][f] = !goldTaken[g] && partner[f] < 0 && fits.test(goldEvents.get(g), foundEvents.get(f));
                }
            }
            for (int g = 0; g < goldEvents.size(); g++) {
                if (!goldTaken[g]) {
                    augment(g, ok, partner, new boolean[foundEvents.size()]);
                }
            }
            return partner;
        }

        private boolean augment(int g, boolean[][] ok, int[] partner, boolean[] seen) {
            for (int f : preference[g]) {
                if (seen[f] || !ok[g][f]) {
                    continue;
                }
                seen[f] = true;
                if (partner[f] < 0 || augment(partner[f], ok, partner, seen)) {
                    partner[f] = g;
                    return true;
                }
            }
            return false;
        }

        Counts tally(int[] partner, Map<String, Counts> byRoot) {
            boolean[] goldMatched = new boolean[goldEvents.size()];
            int tp = 0;
            for (int f = 0; f < partner.length; f++) {
                if (partner[f] >= 0) {
                    goldMatched[partner[f]] = true;
                    tp++;
                    byRoot.merge(EventMatcher.root(goldEvents.get(partner[f])), new Counts(1, 0, 0), Counts::plus);
                } else {
                    byRoot.merge(EventMatcher.root(foundEvents.get(f)), new Counts(0, 1, 0), Counts::plus);
                }
            }
            int fn = 0;
            for (int g = 0; g < goldMatched.length; g++) {
                if (!goldMatched[g]) {
                    fn++;
                    byRoot.merge(EventMatcher.root(goldEvents.get(g)), new Counts(0, 0, 1), Counts::plus);
                }
            }
            return new Counts(tp, partner.length - tp, fn);
        }

        /**
         * Factuality and source of a matched pair, judged once per event: right
         * when the factualities of the extracted event's claims are those of the
         * gold event's claims (as sets: one claim or several saying the same is
         * alike), and likewise the sources they name, none included.
         */
        Tally[] compareClaims(Situation g, Situation x) {
            List<Claim> gc = claimsAbout(gold, g.id());
            List<Claim> xc = claimsAbout(found, x.id());
            Set<Factuality> gf = gc.stream().map(Claim::factuality).collect(Collectors.toSet());
            Set<Factuality> xf = xc.stream().map(Claim::factuality).collect(Collectors.toSet());
            boolean sources = gc.stream().allMatch(c -> xc.stream().anyMatch(d -> entities.same(c.source(), d.source())))
                    && xc.stream().allMatch(d -> gc.stream().anyMatch(c -> entities.same(c.source(), d.source())));
            if (!gf.equals(xf)) {
                judged(g, x, "factuality", words(gc, c -> c.factuality().jsonName()), words(xc, c -> c.factuality().jsonName()));
            }
            if (!sources) {
                judged(g, x, "source", words(gc, Claim::source), words(xc, Claim::source));
            }
            return new Tally[] {new Tally(gf.equals(xf) ? 1 : 0, 1), new Tally(sources ? 1 : 0, 1)};
        }

        private void judged(Situation g, Situation x, String aspect, String gold, String given) {
            judgementErrors.add(new JudgementFinding(this.gold.article(), g.id(), x.id(), aspect, gold, given));
        }

        /** The distinct values claims give, in order, joined by commas; "none" for a claim that gives none. */
        private static String words(List<Claim> claims, Function<Claim, String> value) {
            return claims.stream().map(value).map(v -> v == null ? "none" : v).distinct().collect(Collectors.joining(", "));
        }

        /** Links of every type: gold ones recovered or missed, extracted ones right or wrong. */
        Map<String, Counts> links() {
            int[] goldPartner = new int[goldEvents.size()];
            Arrays.fill(goldPartner, -1);
            for (int f = 0; f < strictPartner.length; f++) {
                if (strictPartner[f] >= 0) {
                    goldPartner[strictPartner[f]] = f;
                }
            }
            Map<String, Integer> goldIndex = index(goldEvents);
            Map<String, Integer> foundIndex = index(foundEvents);
            Map<String, Counts> out = new TreeMap<>();
            LINK_TYPES.forEach(t -> out.put(t, new Counts(0, 0, 0)));
            for (int g = 0; g < goldEvents.size(); g++) {
                Situation x = goldPartner[g] < 0 ? null : foundEvents.get(goldPartner[g]);
                for (String[] link : linksOf(goldEvents.get(g))) {
                    boolean recovered = x != null && linksOf(x).stream().anyMatch(l -> l[0].equals(link[0])
                            && sameTarget(link[1], l[1], goldIndex, foundIndex, goldPartner));
                    out.merge(link[0], recovered ? new Counts(1, 0, 0) : new Counts(0, 0, 1), Counts::plus);
                    if (!recovered) {
                        linkErrors.add(new LinkFinding(gold.article(), goldEvents.get(g).id(), link[0], link[1], true));
                    }
                }
            }
            for (int f = 0; f < foundEvents.size(); f++) {
                Situation g = strictPartner[f] < 0 ? null : goldEvents.get(strictPartner[f]);
                for (String[] link : linksOf(foundEvents.get(f))) {
                    boolean right = g != null && linksOf(g).stream().anyMatch(l -> l[0].equals(link[0])
                            && sameTarget(l[1], link[1], goldIndex, foundIndex, goldPartner));
                    if (!right) {
                        out.merge(link[0], new Counts(0, 1, 0), Counts::plus);
                        linkErrors.add(new LinkFinding(found.article(), foundEvents.get(f).id(), link[0], link[1], false));
                    }
                }
            }
            return out;
        }

        /** Whether a found link target stands for a gold one: matched events, or the same entity. */
        private boolean sameTarget(String goldTarget, String foundTarget, Map<String, Integer> goldIndex,
                Map<String, Integer> foundIndex, int[] goldPartner) {
            Integer g = goldIndex.get(goldTarget);
            Integer f = foundIndex.get(foundTarget);
            if (g != null || f != null) {
                return g != null && f != null && goldPartner[g] == f;
            }
            return entities.same(goldTarget, foundTarget);
        }

        private static List<String[]> linksOf(Situation s) {
            List<String[]> out = new ArrayList<>();
            s.themes().forEach(t -> out.add(new String[] {"theme", t}));
            s.topics().forEach(t -> out.add(new String[] {"topic", t}));
            if (s.aim() != null) {
                out.add(new String[] {"aim", s.aim()});
            }
            if (s.after() != null) {
                out.add(new String[] {"after", s.after()});
            }
            if (s.partOf() != null) {
                out.add(new String[] {"partOf", s.partOf()});
            }
            return out;
        }

        private static Map<String, Integer> index(List<Situation> list) {
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                m.put(list.get(i).id(), i);
            }
            return m;
        }

        /**
         * Relationships by type and the set of parties, one to one: a party acting for another stands for
         * that other ("Xi Jinping, for China, supports Russia" is China's support for Russia).
         */
        Counts relations() {
            List<Situation> g = new ArrayList<>(gold.relations());
            int tp = 0;
            int fp = 0;
            for (Situation x : found.relations()) {
                Situation hit = g.stream().filter(r -> r.type() == x.type() && sameEntities(r, x)).findFirst().orElse(null);
                if (hit != null) {
                    g.remove(hit);
                    tp++;
                } else {
                    fp++;
                }
            }
            return new Counts(tp, fp, g.size());
        }

        private boolean sameEntities(Situation g, Situation x) {
            List<String> gold = parties(g);
            List<String> found = parties(x);
            return gold.size() == found.size() && gold.stream().allMatch(p -> found.stream().anyMatch(q -> entities.same(p, q)));
        }

        private static List<String> parties(Situation s) {
            return s.participants().stream().map(p -> p.actingFor() != null ? p.actingFor() : p.entity()).distinct().toList();
        }

        List<Finding> missed() {
            boolean[] matched = new boolean[goldEvents.size()];
            for (int p : strictPartner) {
                if (p >= 0) {
                    matched[p] = true;
                }
            }
            List<Finding> out = new ArrayList<>();
            for (int g = 0; g < goldEvents.size(); g++) {
                if (matched[g]) {
                    continue;
                }
                Situation s = goldEvents.get(g);
                String nearest = null;
                for (int f = 0; f < foundEvents.size() && nearest == null; f++) {
                    if (strictPartner[f] < 0 && events.lenient(s, foundEvents.get(f))) {
                        nearest = "[" + foundEvents.get(f).id() + "] " + events.whyNotStrict(s, foundEvents.get(f));
                    }
                }
                out.add(finding(gold, s, true, nearest));
            }
            return out;
        }

        List<Finding> invented() {
            List<Finding> out = new ArrayList<>();
            for (int f = 0; f < foundEvents.size(); f++) {
                if (strictPartner[f] < 0) {
                    out.add(finding(found, foundEvents.get(f), false, null));
                }
            }
            return out;
        }

        private Finding finding(ClaimSet set, Situation s, boolean goldSide, String nearest) {
            String who = s.participantsAndPrincipals().stream()
                    .map(p -> (goldSide ? entities.goldLabel(p.entity()) : entities.extractedLabel(p.entity()))
                            + " (" + p.role().jsonName() + ")")
                    .collect(Collectors.joining(", "));
            String description = s.type().name() + " {" + who + "}" + (s.date() == null ? "" : " " + s.date().value());
            String sentence = claimsAbout(set, s.id()).stream().findFirst()
                    .map(c -> c.evidence().get(0).quote().replaceAll("\\s+", " ")).orElse("");
            return new Finding(set.article(), s.id(), s.cameoCode().value(), description, sentence, nearest);
        }
    }

    private static List<Claim> claimsAbout(ClaimSet set, String situation) {
        return set.claims().stream().filter(c -> c.about().equals(situation)).toList();
    }
}
