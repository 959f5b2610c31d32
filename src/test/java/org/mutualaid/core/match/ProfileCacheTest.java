package org.mutualaid.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.core.Bot;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.model.PostStatus;
import org.mutualaid.platform.Incoming;
import org.mutualaid.store.Database;
import org.mutualaid.store.SqlStorage;
import org.mutualaid.time.ManualClock;

/** The matcher's cache of candidates' profiles never serves a profile of other words than the post's. */
class ProfileCacheTest {

    private final AtomicInteger made = new AtomicInteger();

    private static Post post(long id, PostKind kind, String text) {
        return new Post(id, 1, (int) id, kind, PostStatus.OPEN, new Member(7, "test", "m7", "Ana"), null, text, List.of(), Set.of(),
                Instant.EPOCH);
    }

    private PostProfile profile(ProfileCache cache, Post p) {
        return cache.of(p, () -> {
            made.incrementAndGet();
            return PostProfile.of(p.text(), p.kind(), Taxonomy.builtIn(), StopWords.builtIn());
        });
    }

    @Test
    @DisplayName("The same post with the same text is profiled once")
    void samePostOnce() {
        ProfileCache cache = new ProfileCache(8);
        PostProfile first = profile(cache, post(3, PostKind.OFFER, "I can drive to the clinic on Tuesdays"));
        assertSame(first, profile(cache, post(3, PostKind.OFFER, "I can drive to the clinic on Tuesdays")));
        assertEquals(1, made.get());
    }

    @Test
    @DisplayName("A post whose text was erased or replaced, or that is of the other kind, is profiled afresh")
    void changedTextOrKindIsNotServed() {
        ProfileCache cache = new ProfileCache(8);
        PostProfile before = profile(cache, post(3, PostKind.OFFER, "I can drive to the clinic on Tuesdays"));
        PostProfile erased = profile(cache, post(3, PostKind.OFFER, ""));
        assertNotSame(before, erased);
        assertEquals(0, erased.stems().size());
        // a deleted post's id given again to a new post
        PostProfile other = profile(cache, post(3, PostKind.NEED, "need a ride to the clinic"));
        assertNotSame(erased, other);
        assertEquals(3, made.get());
    }

    @Test
    @DisplayName("A newer post takes an older one's slot, and clear drops everything")
    void slotsAndClear() {
        ProfileCache cache = new ProfileCache(8);
        profile(cache, post(1, PostKind.OFFER, "spare winter coats"));
        profile(cache, post(9, PostKind.OFFER, "babysitting on weekends"));
        assertEquals(1, cache.size());
        profile(cache, post(1, PostKind.OFFER, "spare winter coats"));
        assertEquals(3, made.get());
        cache.clear();
        assertEquals(0, cache.size());
        profile(cache, post(1, PostKind.OFFER, "spare winter coats"));
        assertEquals(4, made.get());
    }

    @Test
    @DisplayName("A new post's profile is kept for when it comes up as a candidate, so it is read once")
    void newPostsAreKept(@TempDir Path dir) {
        Matcher matcher = new Matcher(Taxonomy.builtIn(), StopWords.builtIn());
        try (Database db = Database.open(dir.resolve("kept.db"))) {
            Bot bot = new Bot(new SqlStorage(db), new ManualClock(Instant.parse("2026-03-02T10:00:00Z")), matcher);
            CommandParser parser = new CommandParser("bot");
            bot.handle(Incoming.text("console", "ev-1", "local", false, "ana", "Ana", "/need a ride to the clinic on Tuesday", true), parser);
            assertEquals(1, matcher.profilesKept(), "the need's own profile");
            bot.handle(Incoming.text("console", "ev-2", "local", false, "bo", "Bo", "/offer I can drive people to the clinic", true), parser);
            // the need was scored as the offer's candidate from the kept profile: one more, the offer's own
            assertEquals(2, matcher.profilesKept());
        }
    }
}
