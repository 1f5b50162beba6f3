package org.entente.extract.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.claims.Entity;
import org.entente.gazetteer.Gazetteer;

/**
 * The names of the gazetteer's actors as word sequences, for finding them in
 * tokenised text: labels, aliases and metonyms ("the Kremlin") name an actor,
 * demonyms ("Iranian") and combining forms ("Sino") stand for a state. Where
 * two entities share a name, an actor's own name beats a metonym ("the
 * Kremlin" is the Kremlin, not Russia), and a metonym beats a place's name
 * ("Beijing" acting is China).
 * Built once; immutable.
 */
public final class NameIndex {
    /** A name found: the entity and whether it was a demonym or combining form. */
    public record Hit(String entity, boolean demonym, boolean agent, int rank) {
    }

    private final Map<String, Hit> byName = new HashMap<>();
    /** Abbreviations in capitals ("CAR", "US"), which match only as written: "Car bomb" is no republic. */
    private final Map<String, Hit> capitals = new HashMap<>();
    private final Map<String, String> combiningForms = new HashMap<>();
    private final int longest;

    public NameIndex(Gazetteer gazetteer) {
        int max = 1;
        for (Entity e : gazetteer.entities()) {
            if (!e.isAgent() && !e.isPlace()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(e.label());
            names.addAll(e.aliases());
            for (String n : names) {
                max = Math.max(max, put(n, new Hit(e.id(), false, e.isAgent(), e.isAgent() ? 3 : 1)));
            }
            for (String m : e.metonyms()) {
                max = Math.max(max, put(m, new Hit(e.id(), false, e.isAgent(), 2)));
            }
            for (String d : e.demonyms()) {
                max = Math.max(max, put(d, new Hit(e.id(), true, e.isAgent(), 2)));
            }
            for (String c : e.combiningForms()) {
                combiningForms.putIfAbsent(key(c.replace("-", "")), e.id());
            }
        }
        this.longest = max;
    }

    /** Adds a name unless one already holds it; an actor's name beats a place's ("Beijing" is China acting). */
    private int put(String name, Hit hit) {
        String k = key(name);
        if (k.isEmpty()) {
            return 0;
        }
        boolean abbreviation = name.length() <= 6 && name.replaceAll("[^A-Za-z]", "").matches("[A-Z]{2,}");
        Map<String, Hit> into = abbreviation ? capitals : byName;
        String at = abbreviation ? plain(name).trim() : k;
        Hit old = into.get(at);
        if (old == null || hit.rank() > old.rank()) {
            into.put(at, hit);
        }
        return k.split(" ").length;
    }

    /** Lower case, typographic quotes plain, accents kept, words joined by single spaces. */
    public static String key(String words) {
        return plain(words).toLowerCase(Locale.ROOT).replace(" 's", "'s").trim().replaceAll("\\s+", " ");
    }

    /** Folds a name to plain ASCII words for ids: "Recep Tayyip Erdoğan" gives "recep tayyip erdogan". */
    public static String fold(String name) {
        return Normalizer.normalize(plain(name), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("ß", "ss");
    }

    static String plain(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u00A0', ' ');
    }

    /** The entity named by these words exactly, if any. */
    public Hit find(String words) {
        Hit exact = capitals.get(plain(words).trim());
        return exact != null ? exact : byName.get(key(words));
    }

    /** The state a combining form such as "Sino" stands for, if any. */
    public String combiningForm(String prefix) {
        return combiningForms.get(key(prefix));
    }

    /** The most words a name has. */
    public int longest() {
        return longest;
    }
}
