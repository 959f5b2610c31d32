package org.mutualaid.core.match;

import java.util.Arrays;
import java.util.function.Supplier;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;

/**
 * The profiles of posts recently scored as candidates, by post id: the same open posts come up
 * again and again (the newest of each kind of help), and making a profile is most of scoring one.
 *
 * <p>An entry is used only for the same post id, kind and text: it keeps a 64-bit hash of the
 * text, not the text, and a post whose text was erased or replaced (or a new post that got a
 * deleted one's id) has another hash and is profiled afresh. {@link #clear()} drops every entry,
 * for when text is erased (/forget, /wipe, /redact, retention): the profiles hold the posts' words.
 *
 * <p>Direct-mapped: a post's slot is its id modulo the size, and a newer post takes the slot of an
 * older one. Ids are given in order, so the newest posts, the likeliest candidates, never push
 * each other out; and a lookup is one array read, where a map of boxed ids chased pointers (a
 * tenth of scoring, by JFR). A profile takes about 1.75 KB (measured with a class histogram: 3,770
 * profiles, 6.6 MB), so a full cache of the default size takes some 7 MB of the Docker image's
 * 96 MB heap. With 100,000 open posts in a chat, 2,100 suggestions looked up 118,000 candidates'
 * profiles, 3,770 of them distinct; 4,096 slots found 96% of them here.
 */
final class ProfileCache {

    private record Entry(long id, PostKind kind, long textHash, PostProfile profile) {}

    private final Entry[] slots;

    /** size: a power of two */
    ProfileCache(int size) {
        if (Integer.bitCount(size) != 1) throw new IllegalArgumentException("not a power of two: " + size);
        this.slots = new Entry[size];
    }

    /** The post's profile, made by make unless this post with this text was profiled before. */
    synchronized PostProfile of(Post post, Supplier<PostProfile> make) {
        long hash = hash(post.text());
        int slot = (int) (post.id() & (slots.length - 1));
        Entry e = slots[slot];
        if (e != null && e.id() == post.id() && e.kind() == post.kind() && e.textHash() == hash) return e.profile();
        PostProfile profile = make.get();
        slots[slot] = new Entry(post.id(), post.kind(), hash, profile);
        return profile;
    }

    /** Whether this post with this text has a profile here. */
    synchronized boolean holds(Post post) {
        Entry e = slots[(int) (post.id() & (slots.length - 1))];
        return e != null && e.id() == post.id() && e.kind() == post.kind() && e.textHash() == hash(post.text());
    }

    synchronized void clear() {
        Arrays.fill(slots, null);
    }

    synchronized int size() {
        int n = 0;
        for (Entry e : slots) if (e != null) n++;
        return n;
    }

    /** FNV-1a over the text's chars: 64 bits, so that two texts of one id practically never collide. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
