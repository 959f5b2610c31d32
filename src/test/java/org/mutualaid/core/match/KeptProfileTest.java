package org.mutualaid.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.TestChat;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.store.BulkLoader;

/** The matcher's profiles kept with open posts: read back exactly, never from other rules, gone with the post's words. */
class KeptProfileTest {

    private static final Path SETS = Path.of("src", "test", "resources", "matching");

    @TempDir
    Path dir;

    record Written(PostKind kind, String text) {}

    private static List<Written> everyPostOfOurSets() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Written> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SETS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.isBlank()) continue;
                    JsonNode n = json.readTree(line);
                    out.add(new Written(n.get("kind").asText().equals("need") ? PostKind.NEED : PostKind.OFFER, n.get("text").asText()));
                }
            }
        }
        return out;
    }

    @Test
    @DisplayName("Every post of our matching sets reads back as the profile that was made, entry for entry and in the same order")
    void readsBackExactly() throws IOException {
        List<Written> posts = everyPostOfOurSets();
        assertTrue(posts.size() > 500, "posts read: " + posts.size());
        // read once: parsing the word files for each of some ten thousand posts took minutes
        Taxonomy taxonomy = Taxonomy.builtIn();
        StopWords stopWords = StopWords.builtIn();
        for (Written w : posts) {
            PostProfile made = PostProfile.of(w.text(), w.kind(), taxonomy, stopWords);
            Optional<String> kept = ProfileCodec.encode(made);
            assertTrue(kept.isPresent(), w.text());
            PostProfile read = ProfileCodec.decode(kept.get()).orElseThrow();
            assertEquals(made, read, w.text());
            // the order decides ties and the words of a reason
            assertEquals(List.copyOf(made.stems().keySet()), List.copyOf(read.stems().keySet()), w.text());
            assertEquals(List.copyOf(made.categoryHits().keySet()), List.copyOf(read.categoryHits().keySet()), w.text());
            assertEquals(List.copyOf(made.facetValues()), List.copyOf(read.facetValues()), w.text());
            assertEquals(List.copyOf(made.excluded()), List.copyOf(read.excluded()), w.text());
        }
    }

    @Test
    @DisplayName("A profile made by other matching rules, cut short or damaged is not used")
    void otherRulesOrDamageAreNotUsed() {
        PostProfile made = PostProfile.of("need a ride to dialysis on Tuesday mornings, size 10 shoes too", PostKind.NEED,
                Taxonomy.builtIn(), StopWords.builtIn());
        String kept = ProfileCodec.encode(made).orElseThrow();
        assertTrue(kept.startsWith(RulesVersion.current()));
        assertTrue(ProfileCodec.decode(kept).isPresent());
        assertFalse(ProfileCodec.decode("0123456789abcdef" + kept.substring(RulesVersion.current().length())).isPresent(), "other rules");
        assertFalse(ProfileCodec.decode(kept.substring(0, kept.length() / 2)).isPresent(), "cut short");
        assertFalse(ProfileCodec.decode(kept.replace("\u001d1", "\u001dmany")).isPresent(), "a count that is no number");
        assertFalse(ProfileCodec.decode(kept + "\u001eextra").isPresent(), "a field too many");
        assertFalse(ProfileCodec.decode(null).isPresent());
        assertFalse(ProfileCodec.decode("").isPresent());
    }

    @Test
    @DisplayName("A new post keeps its profile while open or claimed; closing it or erasing its author's words clears it")
    void keptWhileLive() {
        try (TestChat chat = new TestChat(dir.resolve("live.db"))) {
            chat.say("Ana", "/need a ride to dialysis on Tuesday mornings");
            chat.say("Ben", "/offer I can drive to medical appointments on Tuesdays");
            String version = rulesVersion();
            assertEquals(2, chat.count("SELECT count(*) FROM post_profile WHERE profile LIKE '" + version + "%'"));
            chat.say("Ben", "/claim 1");
            assertTrue(chat.text(PROFILE_OF + 1).startsWith(version), "claimed posts can open again");
            chat.say("Ana", "/done 1");
            assertNull(chat.text(PROFILE_OF + 1));
            assertTrue(chat.text(PROFILE_OF + 2).startsWith(version));
            chat.privately("Ben", "/forget");
            chat.privately("Ben", "/forget yes");
            assertEquals("", chat.text("SELECT text FROM post WHERE number = 2"), "Ben's words are erased");
            assertNull(chat.text(PROFILE_OF + 2));
            assertEquals(0, chat.count("SELECT count(*) FROM post_profile"));
        }
    }

    private static final String PROFILE_OF = "SELECT pp.profile FROM post_profile pp JOIN post p ON p.id = pp.post_id WHERE p.number = ";

    private static String rulesVersion() {
        return org.mutualaid.App.newMatcher().rulesVersion();
    }

    @Test
    @DisplayName("Housekeeping keeps profiles of open posts that have none or one by other rules, batch by batch, and then finds none left")
    void housekeepingKeepsMissingProfiles() {
        try (TestChat chat = new TestChat(dir.resolve("old.db"))) {
            chat.say("Ana", "/need a winter coat for my son, size 10");
            long chatId = chat.count("SELECT id FROM chat");
            Member ana = new Member(chat.count("SELECT id FROM member"), "console", "ana", "Ana");
            List<BulkLoader.Row> rows = new ArrayList<>();
            for (int i = 0; i < 450; i++) {
                rows.add(new BulkLoader.Row(chatId, i % 2 == 0 ? PostKind.NEED : PostKind.OFFER, ana, "groceries for a family of " + i,
                        List.of("food")));
            }
            new BulkLoader(chat.app().database()).load(rows, Instant.parse("2026-03-02T10:00:00Z"));
            chat.app().database().withHandle(h -> h.execute(
                    "UPDATE post_profile SET profile = 'an-older-build' || profile WHERE post_id = (SELECT id FROM post WHERE number = 1)"));
            chat.say("Ana", "/need a ride to the food bank");
            chat.say("Ana", "/cancel 452");
            assertEquals(450 + 1, chat.app().bot().keepProfiles(), "the loaded posts and the one by other rules");
            String version = rulesVersion();
            assertEquals(451, chat.count("SELECT count(*) FROM post p JOIN post_profile pp ON pp.post_id = p.id "
                    + "WHERE p.status = 'open' AND pp.profile LIKE '" + version + "%'"));
            assertNull(chat.text(PROFILE_OF + 452), "a withdrawn post gets none");
            assertEquals(0, chat.app().bot().keepProfiles());
        }
    }

    @Test
    @DisplayName("A bot started afresh scores candidates from their kept profiles exactly as from their text")
    void freshProcessScoresTheSame() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> posts = new ArrayList<>();
        for (String line : Files.readAllLines(SETS.resolve("holdout.jsonl"))) if (!line.isBlank()) posts.add(json.readTree(line));
        Path kept = dir.resolve("kept.db");
        try (TestChat chat = new TestChat(kept)) {
            for (JsonNode p : posts) if (p.get("kind").asText().equals("offer")) chat.say(p.get("author").asText(), "/offer " + p.get("text").asText());
            assertTrue(chat.count("SELECT count(*) FROM post_profile") > 10);
        }
        Path none = dir.resolve("none.db");
        Files.copy(kept, none);
        try (TestChat chat = new TestChat(none)) {
            chat.app().database().withHandle(h -> h.execute("DELETE FROM post_profile"));
        }
        List<String> fromKept = needsAnswered(kept, posts);
        List<String> fromText = needsAnswered(none, posts);
        assertEquals(fromText, fromKept);
        assertTrue(fromKept.stream().anyMatch(s -> s.contains("both about")), "some needs get suggestions: " + fromKept);
    }

    @Test
    @DisplayName("A bot started afresh reads a candidate's kept profile rather than its text")
    void keptProfileIsWhatIsRead() {
        Path db = dir.resolve("planted.db");
        try (TestChat chat = new TestChat(db)) {
            chat.say("Ben", "/offer I can drive people to dialysis");
            String knitting = org.mutualaid.App.newMatcher().profileToKeep("knitting lessons on Sunday afternoons", PostKind.OFFER).orElseThrow();
            chat.app().database().withHandle(h -> h.createUpdate("UPDATE post_profile SET profile = :p").bind("p", knitting).execute());
        }
        try (TestChat chat = new TestChat(db)) {
            String reply = String.join("\n", chat.say("Ana", "/need a ride to dialysis"));
            assertFalse(reply.contains("#1"), "the planted profile is read, and knitting is no ride: " + reply);
        }
        try (TestChat chat = new TestChat(dir.resolve("plain.db"))) {
            chat.say("Ben", "/offer I can drive people to dialysis");
            String reply = String.join("\n", chat.say("Ana", "/need a ride to dialysis"));
            assertTrue(reply.contains("#1"), "from its text, the offer is a ride: " + reply);
        }
    }

    private static List<String> needsAnswered(Path db, List<JsonNode> posts) {
        List<String> out = new ArrayList<>();
        try (TestChat chat = new TestChat(db)) {
            for (JsonNode p : posts) {
                if (p.get("kind").asText().equals("need")) out.addAll(chat.say(p.get("author").asText(), "/need " + p.get("text").asText()));
            }
        }
        return out;
    }
}
