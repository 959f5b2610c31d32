package org.mutualaid.core.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A profile written as text, to be kept with its post: making a profile is most of scoring a
 * candidate, and in a long history most candidates are older than the matcher's cache holds.
 * Reading one back takes a few microseconds, making one tens.
 *
 * <p>The text starts with the {@link RulesVersion} that made it; one made by other rules, or one
 * that cannot be read, is not used. Entries are read back in the order they were written, so a
 * profile read back scores exactly as the one that was made (ties and reasons follow that order).
 * Fields are split by control characters that no word, stem, category or specific holds; a profile
 * whose values would hold one is not written.
 */
final class ProfileCodec {

    private static final char FIELD = '\u001e', ITEM = '\u001f', PAIR = '\u001d';
    private static final int FIELDS = 10;

    private ProfileCodec() {}

    /** The profile as text, or empty if one of its values cannot be written (it is then made afresh when needed). */
    static Optional<String> encode(PostProfile p) {
        StringBuilder b = new StringBuilder(256).append(RulesVersion.current());
        field(b);
        pairs(b, p.stems());
        field(b);
        pairs(b, p.categoryHits());
        for (Collection<?> values : List.of(p.facetValues(), p.sizes(), p.askedModes(), p.offeredModes(), p.named(), p.excluded())) {
            field(b);
            items(b, values);
        }
        field(b);
        b.append(p.when().days()).append(ITEM).append(p.when().parts());
        String text = b.toString();
        // a value holding a separator would be read back as something else
        return decode(text).filter(p::equals).map(ok -> text);
    }

    /** The profile kept as text, if it was made by the rules this build has and can be read. */
    static Optional<PostProfile> decode(String text) {
        if (text == null || !text.startsWith(RulesVersion.current())) return Optional.empty();
        String[] f = split(text, FIELD);
        if (f.length != FIELDS || !f[0].equals(RulesVersion.current())) return Optional.empty();
        try {
            Map<String, String> stems = new LinkedHashMap<>();
            for (String[] kv : pairs(f[1])) stems.put(kv[0], kv[1]);
            Map<String, Integer> hits = new LinkedHashMap<>();
            for (String[] kv : pairs(f[2])) hits.put(kv[0], Integer.parseInt(kv[1]));
            String[] when = split(f[9], ITEM);
            if (when.length != 2) return Optional.empty();
            return Optional.of(new PostProfile(stems, hits, PostProfile.shares(hits), strings(f[3]), strings(f[4]), modes(f[5]),
                    modes(f[6]), strings(f[7]), strings(f[8]), new Availability(Integer.parseInt(when[0]), Integer.parseInt(when[1]))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void field(StringBuilder b) {
        b.append(FIELD);
    }

    private static void pairs(StringBuilder b, Map<String, ?> map) {
        boolean first = true;
        for (Map.Entry<String, ?> e : map.entrySet()) {
            if (!first) b.append(ITEM);
            first = false;
            b.append(e.getKey()).append(PAIR).append(e.getValue());
        }
    }

    private static void items(StringBuilder b, Collection<?> values) {
        boolean first = true;
        for (Object v : values) {
            if (!first) b.append(ITEM);
            first = false;
            b.append(v instanceof Mode m ? m.name() : v.toString());
        }
    }

    private static List<String[]> pairs(String field) {
        List<String[]> out = new ArrayList<>();
        if (field.isEmpty()) return out;
        for (String item : split(field, ITEM)) {
            String[] kv = split(item, PAIR);
            if (kv.length != 2) throw new IllegalArgumentException("not a pair");
            out.add(kv);
        }
        return out;
    }

    private static Set<String> strings(String field) {
        Set<String> out = new LinkedHashSet<>();
        if (!field.isEmpty()) for (String s : split(field, ITEM)) out.add(s);
        return out;
    }

    private static Set<Mode> modes(String field) {
        Set<Mode> out = EnumSet.noneOf(Mode.class);
        if (!field.isEmpty()) for (String s : split(field, ITEM)) out.add(Mode.valueOf(s));
        return out;
    }

    /** Splits on one character, keeping empty pieces (String.split would drop trailing ones and read a regex). */
    private static String[] split(String s, char c) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, from)) {
            out.add(s.substring(from, i));
            from = i + 1;
        }
        out.add(s.substring(from));
        return out.toArray(String[]::new);
    }
}
