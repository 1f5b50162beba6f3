package org.entente.claims;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A CAMEO event code: a two-digit root ({@code 04}, consult), a three-digit
 * category ({@code 042}, make a visit), or a four-digit one under a known
 * three-digit category. The codes, their labels and their PLOVER categories
 * come from {@code cameo.tsv} beside this class.
 *
 * @param value the digits
 */
public record CameoCode(String value) {
    private static final Map<String, Entry> CODEBOOK = readCodebook();

    /** One line of the codebook. */
    public record Entry(String code, String label, String plover) {
    }

    public CameoCode {
        if (value == null || !value.matches("[0-9]{2,4}")) {
            throw new IllegalArgumentException("CAMEO code '" + value + "' must be 2 to 4 digits, such as 04 or 042");
        }
        String known = value.length() == 4 ? value.substring(0, 3) : value;
        if (!CODEBOOK.containsKey(known)) {
            throw new IllegalArgumentException("'" + value + "' is not a CAMEO event code");
        }
    }

    @JsonCreator
    public static CameoCode of(String value) {
        return new CameoCode(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** The two-digit root: {@code 04} for {@code 042}. */
    public String root() {
        return value.substring(0, 2);
    }

    /** The root as a number, 1 to 20: CAMEO orders its roots from cooperation (low) to conflict (high). */
    public int rootNumber() {
        return Integer.parseInt(root());
    }

    /** Whether the code gives no more than its root: {@code 17} or {@code 170}, not {@code 172}. */
    public boolean isRootOnly() {
        return value.length() == 2 || value.length() == 3 && value.endsWith("0");
    }

    /** Whether the code is of force: coercion (17), assault (18), fighting (19) or mass violence (20). */
    public boolean isForce() {
        return rootNumber() >= 17;
    }

    /**
     * Whether the code asks or offers something one may grant, accept or turn
     * down: an appeal (02), an intent or offer (03), a demand (10).
     */
    public boolean isAnswerable() {
        return root().equals("02") || root().equals("03") || root().equals("10");
    }

    /** Whether the code is of violence: assault (18), fighting (19) or mass violence (20); not coercion (17). */
    public boolean isViolence() {
        return rootNumber() >= 18;
    }

    /** Whether the code judges an act or an actor: disapproval (11) or rejection (12). */
    public boolean isJudgement() {
        return root().equals("11") || root().equals("12");
    }

    /** The code's codebook entry; a four-digit code has its three-digit parent's. */
    public Entry entry() {
        return CODEBOOK.get(value.length() == 4 ? value.substring(0, 3) : value);
    }

    /** The PLOVER category, or null where PLOVER codes none (most public statements). */
    public String plover() {
        String p = entry().plover();
        return p.equals("-") ? null : p;
    }

    /** Every code of the codebook, roots and three-digit categories, in code order. */
    public static Collection<Entry> codebook() {
        return CODEBOOK.values();
    }

    private static Map<String, Entry> readCodebook() {
        Map<String, Entry> book = new LinkedHashMap<>();
        try (InputStream in = CameoCode.class.getResourceAsStream("cameo.tsv")) {
            if (in == null) {
                throw new IllegalStateException("cameo.tsv is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t");
                book.put(f[0], new Entry(f[0], f[1], f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(book).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll);
    }
}
