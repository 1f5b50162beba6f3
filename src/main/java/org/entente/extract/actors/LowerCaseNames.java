package org.entente.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.claims.Entity;
import org.entente.extract.analyse.Sentence;
import org.entente.gazetteer.Gazetteer;

/**
 * The gazetteer's names of actors written all in lower case ("the
 * international community", "world leaders"), found as written: the name
 * index looks only at capitalised words.
 *
 * @param ids     each name as written, to its entity
 * @param longest the most words a name has
 */
record LowerCaseNames(Map<String, String> ids, int longest) {

    static LowerCaseNames of(Gazetteer gazetteer) {
        Map<String, String> ids = new HashMap<>();
        for (Entity e : gazetteer.entities()) {
            if (!e.isAgent()) {
                continue;
            }
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.label());
            names.stream().filter(n -> n.equals(n.toLowerCase(Locale.ROOT)) && n.contains(" ")).forEach(n -> ids.putIfAbsent(n, e.id()));
        }
        return new LowerCaseNames(ids, ids.keySet().stream().mapToInt(n -> n.split(" ").length).max().orElse(0));
    }

    /** A name starting at a token, added to the mentions; the number of words it has, or 0. */
    int find(Sentence s, int i, List<Mention> out) {
        for (int len = Math.min(longest, s.size() - i); len >= 2; len--) {
            String id = ids.get(s.tokenWords(i, i + len));
            if (id != null) {
                out.add(new Mention(s.index(), i, i + len, i + len - 1, id, Mention.Kind.NAME));
                return len;
            }
        }
        return 0;
    }
}
