package org.mutualaid.matchfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mutualaid.config.UsageException;
import org.mutualaid.core.Bot;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.core.match.Matcher;
import org.mutualaid.core.model.Post;
import org.mutualaid.store.Database;
import org.mutualaid.store.SqlStorage;
import org.mutualaid.time.ManualClock;
import org.mutualaid.platform.Incoming;

/**
 * Replays a file of posts into a fresh chat, exactly as if each author had typed /need or /offer,
 * and reports what the bot suggested for each post. The matcher's figures are computed from this.
 */
public final class MatchFile {

    /** One post of the file. gold is null for offers and for files without judgements. */
    public record Entry(String id, String kind, String author, String text, List<String> gold) {}

    /** What the bot suggested for one post, as the file's ids, best first; number is the post's in the chat, 0 if it was refused. */
    public record Result(Entry entry, List<String> suggested, int number) {
        public Result(Entry entry, List<String> suggested) {
            this(entry, suggested, 0);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHAT = "match-file";

    private final Matcher matcher;

    public MatchFile(Matcher matcher) {
        this.matcher = matcher;
    }

    public static List<Entry> read(Path file) {
        if (!Files.isRegularFile(file)) throw new UsageException("No such file: " + file);
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) continue;
                JsonNode n;
                try {
                    n = JSON.readTree(line);
                } catch (IOException e) {
                    throw new UsageException(file + " line " + lineNo + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
                }
                String kind = n.path("kind").asText("").toLowerCase(Locale.ROOT);
                if (!n.hasNonNull("id") || !n.hasNonNull("text") || !(kind.equals("need") || kind.equals("offer"))) {
                    throw new UsageException(file + " line " + lineNo + " needs \"id\", \"text\" and \"kind\" (need or offer)");
                }
                List<String> gold = null;
                if (n.has("gold") && n.get("gold").isArray()) {
                    gold = new ArrayList<>();
                    for (JsonNode g : n.get("gold")) gold.add(g.asText());
                }
                entries.add(new Entry(n.get("id").asText(), kind, n.path("author").asText("member"), n.get("text").asText(), gold));
            }
        } catch (IOException e) {
            throw new UsageException("Could not read " + file + ": " + e.getMessage());
        }
        return entries;
    }

    /** Feeds the entries into a fresh database in a temporary folder, deleted afterwards. */
    public List<Result> run(List<Entry> entries) throws IOException {
        Path dir = Files.createTempDirectory("mutual-aid-match-");
        try (Database db = Database.open(dir.resolve("match.db"))) {
            return run(entries, db);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
    }

    private List<Result> run(List<Entry> entries, Database db) {
        SqlStorage storage = new SqlStorage(db);
        ManualClock clock = new ManualClock(Instant.parse("2026-01-05T09:00:00Z"));
        Bot bot = new Bot(storage, clock, matcher);
        CommandParser parser = new CommandParser("bot");
        Map<Integer, String> idByNumber = new HashMap<>();
        List<Result> results = new ArrayList<>();
        int event = 0;
        for (Entry e : entries) {
            clock.advance(Duration.ofMinutes(7));
            String authorRef = e.author().toLowerCase(Locale.ROOT);
            bot.handle(Incoming.text("match-file", "e" + (++event), CHAT, false, authorRef, e.author(),
                    "/" + e.kind() + " " + e.text(), true), parser);
            Post post = storage.inTransaction(tx -> {
                long chatId = tx.chats().resolve("match-file", CHAT, null, false, clock.instant()).id();
                return tx.posts().byNumber(chatId, idByNumber.size() + 1).orElse(null);
            });
            if (post == null) {
                // the bot refused the text (empty, too long): nothing stored, nothing suggested
                results.add(new Result(e, List.of()));
                continue;
            }
            idByNumber.put(post.number(), e.id());
            List<Integer> numbers = storage.inTransaction(tx -> tx.suggestions().suggestedFor(post.id()));
            results.add(new Result(e, numbers.stream().map(idByNumber::get).toList(), post.number()));
        }
        return results;
    }

    public static void print(List<Result> results, PrintStream out) {
        for (Result r : results) {
            ObjectNode line = JSON.createObjectNode();
            line.put("id", r.entry().id());
            var arr = line.putArray("suggested");
            r.suggested().forEach(arr::add);
            out.println(line.toString());
        }
        out.flush();
    }
}
