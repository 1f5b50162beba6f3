package org.entente.extract.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.entente.extract.actors.Actors;
import org.entente.extract.actors.Mention;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;

/**
 * Which actors a token of a frame stands for: the actors named at it, the
 * names set beside it, or, for nouns of acts, places, goods and people, the
 * actor whose they are ("Russia's efforts", "the US embassy", "three Chilean
 * fishermen").
 */
final class StandsFor {
    private StandsFor() {
    }

    /** The actors a token stands for: its own mentions ("Sino-Russian" is two), or a state named in its modifiers. */
    static List<String> actors(Actors actors, Sentence s, int token, boolean target) {
        List<Mention> here = actors.allAt(s.index(), token);
        if (!here.isEmpty()) {
            Mention best = here.get(0);
            List<String> out = new ArrayList<>();
            for (Mention m : here) {
                if (m.start() == best.start() && m.end() == best.end() || m.kind() == best.kind()) {
                    String id = actors.isAgent(m.entity()) ? m.entity()
                            : actors.isPlace(m.entity()) ? actors.stateOf(m.entity()) : null;
                    if (id != null && actors.isAgent(id) && !out.contains(id)) {
                        out.add(id);
                    }
                }
            }
            return out;
        }
        for (int k : appositions(s, token)) {
            List<String> named = actors(actors, s, k, target);
            if (!named.isEmpty()) {
                return named;
            }
        }
        String lemma = s.token(token).lemma();
        if (STANDS_FOR_WHOSE_ACT_IT_IS.matcher(lemma).matches()) {
            return owners(actors, s, token, true);
        }
        return STANDS_FOR_ITS_STATE.matcher(lemma).matches() || target && ITS_PEOPLE.matcher(lemma).matches()
                ? owners(actors, s, token, false) : List.of();
    }

    /**
     * Nouns of acts that stand for whoever's act they are: a state, a person or
     * a body ("Russia's efforts to convene a summit", "declined Honcharuk's
     * offer", "attacked Pelosi's announcement"), and nouns of conduct that
     * stand for whoever showed it ("criticised Peru's stance", "praised his
     * courage").
     */
    private static final Pattern STANDS_FOR_WHOSE_ACT_IT_IS = Pattern.compile(
            "effort|endeavor|endeavour|attempt|bid|plan|move|decision|willingness|readiness|commitment|campaign|initiative|"
                    + "collaboration|cooperation|offer|proposal|request|announcement|statement|demand|policy|suggestion|"
                    + "remark|comment|accusation|allegation|conduct|action|order|"
                    + "stance|stand|view|approach|handling|response|reaction|role|leadership|courage|rhetoric|behaviour|behavior|"
                    + "tactic|strategy|record|contribution|work|help|assistance|service|sacrifice|restraint|resolve");

    /**
     * Nouns that stand for the state named with them: its places and
     * installations ("the US embassy", "a Saudi oil field") and its goods
     * ("Russian oil").
     */
    private static final Pattern STANDS_FOR_ITS_STATE = Pattern.compile(
            "base|embassy|consulate|facility|plant|field|oilfield|airport|port|ship|tanker|vessel|compound|boat|warship|submarine|jet|"
                    + "warplane|aircraft|plane|helicopter|drone|convoy|shipment|cargo|asset|"
                    + "headquarters|installation|refinery|territory|border|city|town|village|capital|province|region|"
                    + "airspace|water|position|outpost|station|target|interest|soil|"
                    + "oil|gas|energy|grain|technology|weapon|arms|goods?|product|export|import|crude|coal|trawler");

    /**
     * A state's people, who stand for it when something is done to them
     * ("released three Chilean fishermen") but not when they act ("Chinese
     * citizens criticised their government" is no act of China's).
     */
    private static final Pattern ITS_PEOPLE = Pattern.compile(
            "citizen|national|fisherman|sailor|seaman|journalist|reporter|tourist|worker|prisoner|hostage|crew|"
                    + "crewman|student|civilian|pilgrim|migrant|refugee|detainee|businessman|activist|resident|attache|attaché|staff");

    /**
     * The names set beside a noun: its appositions, and those of the noun it is
     * "of" ("the general manager of Abu Dhabi Media, Dr Ali bin Tamim", where
     * the parse hangs the name on "Media").
     */
    private static List<Integer> appositions(Sentence s, int token) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.dependents(token)) {
            if (d.relation().equals("appos") || d.relation().equals("dep") && s.token(d.dependent()).isProperNoun()) {
                out.add(d.dependent());
            } else if (d.relation().equals("nmod:of")) {
                for (Dependency e : s.dependents(d.dependent())) {
                    if (e.relation().equals("appos")) {
                        out.add(e.dependent());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The actors named in a noun's modifiers: "Russian" oil, "Russia's" efforts,
     * "their" cooperation. States only, but for the possessor of an act, who may
     * be anyone acting ("Honcharuk's offer").
     */
    private static List<String> owners(Actors actors, Sentence s, int token, boolean anyPossessor) {
        if (!s.token(token).isNoun()) {
            return List.of();
        }
        for (Dependency d : s.dependents(token)) {
            if (d.relation().matches("compound|amod|nmod:poss")) {
                boolean anyone = anyPossessor && d.relation().equals("nmod:poss");
                List<String> named = actors.allAt(s.index(), d.dependent()).stream().map(Mention::entity)
                        .filter(id -> anyone ? actors.isAgent(id) : actors.isState(id)).distinct().toList();
                if (!named.isEmpty()) {
                    return named;
                }
            }
        }
        return List.of();
    }
}
