package org.mutualaid.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.mutualaid.App;
import org.mutualaid.core.Bot;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.core.handler.Digest;
import org.mutualaid.core.model.Chat;
import org.mutualaid.core.match.Matcher;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.model.PostStatus;
import org.mutualaid.platform.Incoming;
import org.mutualaid.platform.Messenger;
import org.mutualaid.platform.Outgoing;
import org.mutualaid.platform.SendResult;
import org.mutualaid.store.BulkLoader;
import org.mutualaid.store.Database;
import org.mutualaid.time.ManualClock;
import org.sqlite.SQLiteConfig;

/**
 * "bench": how fast the bot stays as a group's history grows. Runs on a temporary database and
 * ends with one JSON line. Not a test: it takes a few minutes and its figures depend on the machine.
 */
public final class Benchmark {

    static final String PLATFORM = "bench";
    static final String CHAT = "big-group";
    /** a young group: the same commands there show what a history of 100,000 posts costs */
    private static final String SMALL_CHAT = "small-group";
    private static final int SMALL = 1_000;
    private static final int RAW_ROWS = 3_000;
    private static final int DIGEST_CHATS = 1_000;
    private static final int DIGEST_POSTS = 100;
    private static final int E2E_COMMANDS = 3_000;
    private static final int MATCH_SAMPLES = 2_000;
    private static final int MATCH_SAMPLES_1M = 500;
    /**
     * Suggestions before the timed ones. Right after loading, the JIT is still compiling the
     * matcher (on two cores it shares with the compiler): the first few hundred suggestions are
     * slower whatever the history's size. They are timed apart (FIRST) and reported, not counted
     * in the steady-state percentiles.
     */
    private static final int MATCH_WARM_UP = 1_000;
    private static final int FIRST = 500;
    private static final int BIG = 100_000;
    private static final int HUGE = 1_000_000;
    private static final int OTHER_CHATS = 20;
    private static final int OTHER_CHAT_POSTS = 5_000;
    private static final int LOAD_BATCH = 20_000;
    private static final int MEMBERS = 400;

    private final PrintStream out;
    private final SyntheticPosts synthetic = new SyntheticPosts(42);

    public Benchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--child")) {
            Child.run(Path.of(args[1]));
            return;
        }
        new Benchmark(System.out).run();
    }

    public void run() throws Exception {
        Path dir = Files.createTempDirectory("mutual-aid-bench-");
        try {
            runIn(dir);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
    }

    private void runIn(Path dir) throws Exception {
        out.println("mutual-aid-bot benchmark on " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", database in " + dir);

        double raw = rawInsertsPerSecond(dir.resolve("raw.db"));
        progress("plain sqlite-jdbc inserts, one row per transaction: %.0f/s", raw);

        Path dbFile = dir.resolve("bench.db");
        ManualClock clock = new ManualClock(Instant.parse("2026-06-01T09:00:00Z"));
        double e2e;
        double e2eSmall;
        Latencies match100k;
        Latencies match1m;
        try (Database db = Database.open(dbFile);
             App app = new App(db, clock, List.of(new DiscardingMessenger()))) {
            Setup setup = new Setup(db, app, clock);
            setup.otherChats();
            setup.fillBigChat(BIG);
            progress("loaded %,d open posts in the group and %,d in %d other groups", BIG, OTHER_CHATS * OTHER_CHAT_POSTS, OTHER_CHATS);
            tidy(app);
            match100k = matchLatencies(app, setup.bigChatId(), setup.members(), MATCH_SAMPLES);
            progress("matching with %,d open posts: p50 %.2f ms, p99 %.2f ms (the first %d after loading: p50 %.2f ms, p99 %.2f ms)", BIG,
                    ms(percentile(match100k.timed(), 50)), ms(percentile(match100k.timed(), 99)), FIRST,
                    ms(percentile(match100k.first(), 50)), ms(percentile(match100k.first(), 99)));
            e2e = endToEndPerSecond(app, clock, CHAT);
            progress("commands end to end with %,d open posts: %.0f/s", BIG, e2e);
            setup.load(setup.newChat(SMALL_CHAT, "Small group"), SMALL);
            e2eSmall = endToEndPerSecond(app, clock, SMALL_CHAT);
            progress("the same commands in a group with %,d open posts: %.0f/s", SMALL, e2eSmall);
            setup.fillBigChat(HUGE - BIG - E2E_COMMANDS);
            progress("loaded up to %,d open posts in the group", HUGE);
            tidy(app);
            match1m = matchLatencies(app, setup.bigChatId(), setup.members(), MATCH_SAMPLES_1M);
            progress("matching with %,d open posts: p50 %.2f ms, p99 %.2f ms", HUGE, ms(percentile(match1m.timed(), 50)), ms(percentile(match1m.timed(), 99)));
        }
        double digest = digestMillis(dir.resolve("digest.db"));
        progress("digests of %,d chats with %d open posts each: %.0f ms", DIGEST_CHATS, DIGEST_POSTS, digest);
        double startup = startupMillis(dir.resolve("startup.db"));
        progress("JVM start to the first answer in the console: %.0f ms", startup);
        double rss = childRssMegabytes(dbFile);
        progress("resident memory of a bot process on that database after its work: %.0f MB", rss);

        printTable(raw, e2e, e2eSmall, match100k, match1m, digest, startup, rss);
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("e2e_per_s", round(e2e, 0));
        json.put("raw_insert_per_s", round(raw, 0));
        json.put("e2e_ratio", round(e2e / raw, 3));
        json.put("e2e_per_s_1k", round(e2eSmall, 0));
        json.put("e2e_ratio_100k_to_1k", round(e2e / e2eSmall, 3));
        json.put("match_p50_ms_100k", round(ms(percentile(match100k.timed(), 50)), 3));
        json.put("match_p99_ms_100k", round(ms(percentile(match100k.timed(), 99)), 3));
        json.put("match_p99_ms_100k_first_500", round(ms(percentile(match100k.first(), 99)), 3));
        json.put("match_p99_ms_1m", round(ms(percentile(match1m.timed(), 99)), 3));
        json.put("digest_ms_1000_chats", round(digest, 0));
        json.put("startup_ms", round(startup, 0));
        json.put("rss_mb", round(rss, 1));
        out.println(json);
    }

    /**
     * Builds the daily digest of each of 1,000 chats with 100 open posts (half of them needs, a
     * day old, some suggested, some claimed), each in its own transaction as the daily job does.
     * The first pass warms the JVM up; the second is timed.
     */
    private double digestMillis(Path file) {
        ManualClock clock = new ManualClock(Instant.parse("2026-06-01T09:00:00Z"));
        try (Database db = Database.open(file); App app = new App(db, clock, List.of(new DiscardingMessenger()))) {
            Setup setup = new Setup(db, app, clock);
            List<Chat> chats = new ArrayList<>();
            for (int c = 0; c < DIGEST_CHATS; c++) {
                String ref = "digest-" + c;
                chats.add(app.storage().inTransaction(tx -> tx.chats().resolve(PLATFORM, ref, "Group " + ref, false, clock.instant())));
                setup.load(chats.get(c).id(), DIGEST_POSTS);
            }
            app.storage().inTransaction(tx -> {
                // a few claims and suggestions per chat, so every part of the digest has something to find
                for (Chat chat : chats) {
                    for (int n = 1; n <= 10; n += 2) {
                        Post need = tx.posts().byNumber(chat.id(), n).orElseThrow();
                        Post offer = tx.posts().byNumber(chat.id(), n + 1).orElseThrow();
                        tx.suggestions().record(need.id(), offer.id(), need.id(), 1, 1.0, "bench", clock.instant());
                    }
                    Post claimed = tx.posts().byNumber(chat.id(), 21).orElseThrow();
                    tx.posts().setStatus(claimed.id(), PostStatus.CLAIMED, setup.members().get(1), clock.instant());
                    tx.claims().open(claimed.id(), setup.members().get(1).id(), clock.instant());
                }
                return null;
            });
            clock.advance(Duration.ofDays(4));
            long elapsed = 0;
            for (int pass = 0; pass < 2; pass++) {
                long start = System.nanoTime();
                for (Chat chat : chats) {
                    app.storage().inTransaction(tx -> Digest.build(tx, chat, tx.chats().settings(chat.id(), app.bot().rules()),
                            app.bot().rules(), clock.instant()));
                }
                elapsed = System.nanoTime() - start;
            }
            return ms(elapsed);
        }
    }

    private void progress(String format, Object... args) {
        out.println("  " + String.format(Locale.ROOT, format, args));
        out.flush();
    }

    /** The yardstick: a plain sqlite-jdbc loop, one small row per transaction, with the bot's own pragmas. */
    static double rawInsertsPerSecond(Path file) throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE raw (id INTEGER PRIMARY KEY, chat INTEGER NOT NULL, text TEXT NOT NULL, created_at INTEGER NOT NULL)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO raw (chat, text, created_at) VALUES (?, ?, ?)")) {
                for (int warm = 0; warm < 300; warm++) insertOne(c, ps, warm);
                long start = System.nanoTime();
                for (int i = 0; i < RAW_ROWS; i++) insertOne(c, ps, i);
                return RAW_ROWS / seconds(System.nanoTime() - start);
            }
        }
    }

    private static void insertOne(Connection c, PreparedStatement ps, int i) throws Exception {
        ps.setLong(1, 1);
        ps.setString(2, "need a ride to the clinic on tuesday morning " + i);
        ps.setLong(3, i);
        ps.executeUpdate();
        c.commit();
    }

    /**
     * What the running bot's hourly housekeeping does to the search index (Service), done here at
     * once: a group's history builds up over weeks, with the index tidied every hour meanwhile.
     */
    private void tidy(App app) {
        long start = System.nanoTime();
        app.storage().tidySearchIndex(Duration.ofMinutes(10));
        progress("tidied the search index as the hourly housekeeping does: %.1f s", seconds(System.nanoTime() - start));
        // posts come in through the loader, not the bot: their profiles are kept as the housekeeping does after an upgrade
        start = System.nanoTime();
        int kept = app.bot().keepProfiles();
        progress("kept the matcher's profiles of %,d open posts as the housekeeping does: %.1f s", kept, seconds(System.nanoTime() - start));
    }

    /** Commands through Bot.handle: seen-event check, parse, insert with index rows, matching, outbox, commit. */
    private double endToEndPerSecond(App app, ManualClock clock, String chatRef) {
        CommandParser parser = new CommandParser("bot");
        List<Incoming> commands = new ArrayList<>();
        for (int i = 0; i < E2E_COMMANDS + 200; i++) {
            String kind = i % 2 == 0 ? "/need " : "/offer ";
            commands.add(Incoming.text(PLATFORM, "e2e-" + chatRef + "-" + i, chatRef, false, "m" + (i % MEMBERS), "Member " + (i % MEMBERS),
                    kind + synthetic.text(), true));
        }
        for (Incoming in : commands.subList(0, 200)) handleOrFail(app.bot(), in, parser);
        long start = System.nanoTime();
        for (Incoming in : commands.subList(200, commands.size())) {
            clock.advance(Duration.ofSeconds(1));
            handleOrFail(app.bot(), in, parser);
        }
        return E2E_COMMANDS / seconds(System.nanoTime() - start);
    }

    private static void handleOrFail(Bot bot, Incoming in, CommandParser parser) {
        Bot.Outcome outcome = bot.handle(in, parser);
        if (outcome != Bot.Outcome.HANDLED) throw new IllegalStateException("benchmark command not handled: " + outcome);
    }

    /** Suggestion latencies, each sorted: the timed ones, and the first ones after loading (among the warm-up). */
    record Latencies(long[] timed, long[] first) {}

    /** The matcher alone, for a new post that is not stored: candidate search and scoring, in a read transaction. */
    private Latencies matchLatencies(App app, long chatId, List<Member> members, int samples) {
        Matcher matcher = App.newMatcher();
        long[] nanos = new long[samples];
        long[] first = new long[FIRST];
        for (int i = -MATCH_WARM_UP; i < samples; i++) {
            PostKind kind = i % 2 == 0 ? PostKind.NEED : PostKind.OFFER;
            String text = synthetic.text();
            Post post = new Post(Long.MAX_VALUE - 1, chatId, Integer.MAX_VALUE, kind, PostStatus.OPEN,
                    members.get(Math.floorMod(i, members.size())), null, text, List.of(), matcher.categorize(text), Instant.EPOCH);
            long start = System.nanoTime();
            app.storage().inTransaction(tx -> matcher.suggestFor(post, tx));
            long took = System.nanoTime() - start;
            if (i >= 0) nanos[i] = took;
            else if (i + MATCH_WARM_UP < FIRST) first[i + MATCH_WARM_UP] = took;
        }
        Arrays.sort(nanos);
        Arrays.sort(first);
        return new Latencies(nanos, first);
    }

    /** From starting a JVM with the Docker image's flags to the console's answer to /help. */
    private static double startupMillis(Path db) throws Exception {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Process p = childJvm(List.of("org.mutualaid.Main", "console", "--db", db.toString()));
            long start = System.nanoTime();
            try (OutputStream stdin = p.getOutputStream()) {
                stdin.write("ana: /help\n".getBytes(StandardCharsets.UTF_8));
                stdin.flush();
                BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                String first = r.readLine();
                runs.add(System.nanoTime() - start);
                if (first == null || !first.startsWith("bot:")) throw new IllegalStateException("the console did not answer: " + first);
            }
            waitFor(p);
        }
        return ms(runs.stream().sorted().toList().get(1));
    }

    /** Runs bot work on the big database in a child JVM with the Docker image's flags and reads its resident memory. */
    private static double childRssMegabytes(Path db) throws Exception {
        Process p = childJvm(List.of(Benchmark.class.getName(), "--child", db.toString()));
        p.getOutputStream().close();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        waitFor(p);
        for (String line : output.split("\n")) {
            if (line.startsWith("rss_kb ")) return Long.parseLong(line.substring(7).strip()) / 1024.0;
        }
        throw new IllegalStateException("the child process did not report its memory: " + output);
    }

    static Process childJvm(List<String> mainAndArgs) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(dockerJvmFlags());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.addAll(mainAndArgs);
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** The flags the Docker image runs with (jvm-flags.txt; a test keeps the Dockerfile in step). */
    public static List<String> dockerJvmFlags() throws IOException {
        try (InputStream in = Benchmark.class.getResourceAsStream("/org/mutualaid/jvm-flags.txt")) {
            if (in == null) throw new IllegalStateException("jvm-flags.txt is missing from the build");
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+"));
        }
    }

    private static void waitFor(Process p) throws InterruptedException {
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("a child JVM did not finish");
        }
    }

    private void printTable(double raw, double e2e, double e2eSmall, Latencies m100k, Latencies m1m, double digest, double startup, double rss) {
        out.println();
        out.println("| measure                                     | result      | goal          |");
        out.println("| ------------------------------------------- | ----------- | ------------- |");
        row("commands end to end, 100k open posts (/s)", fmt(e2e, 0), "");
        row("plain sqlite-jdbc inserts (/s)", fmt(raw, 0), "");
        row("e2e_ratio", fmt(e2e / raw, 3), ">= 0.25");
        row("commands end to end, 1k open posts (/s)", fmt(e2eSmall, 0), "");
        row("  100k against 1k (e2e_ratio_100k_to_1k)", fmt(e2e / e2eSmall, 3), "");
        row("matching p50, 100k open posts (ms)", fmt(ms(percentile(m100k.timed(), 50)), 2), "");
        row("matching p99, 100k open posts (ms)", fmt(ms(percentile(m100k.timed(), 99)), 2), "<= 2");
        row("  the first 500 after loading, p99 (ms)", fmt(ms(percentile(m100k.first(), 99)), 2), "");
        row("matching p99, 1M open posts (ms)", fmt(ms(percentile(m1m.timed(), 99)), 2), "<= 20");
        row("digests of 1,000 chats (ms)", fmt(digest, 0), "<= 1000");
        row("JVM start to first console answer (ms)", fmt(startup, 0), "");
        row("resident memory, Docker flags (MB)", fmt(rss, 0), "<= 160");
        out.println();
    }

    private void row(String what, String result, String goal) {
        out.printf(Locale.ROOT, "| %-43s | %11s | %-13s |%n", what, result, goal);
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double seconds(long nanos) {
        return nanos / 1_000_000_000.0;
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    /** Sends nothing: the benchmark measures handling, not a platform. */
    static final class DiscardingMessenger implements Messenger {
        @Override
        public String platform() {
            return PLATFORM;
        }

        @Override
        public SendResult send(Outgoing message) {
            return new SendResult.Sent();
        }
    }

    /** Creates the chats and members and loads synthetic posts in bulk. */
    private final class Setup {
        private final App app;
        private final ManualClock clock;
        private final BulkLoader loader;
        private final Matcher matcher = App.newMatcher();
        private final List<Member> members = new ArrayList<>();
        private final long bigChatId;

        Setup(Database db, App app, ManualClock clock) {
            this.app = app;
            this.clock = clock;
            this.loader = new BulkLoader(db);
            app.storage().inTransaction(tx -> {
                for (int i = 0; i < MEMBERS; i++) members.add(tx.members().resolve(PLATFORM, "m" + i, "Member " + i, clock.instant()));
                return null;
            });
            this.bigChatId = newChat(CHAT, "Big group");
        }

        long newChat(String ref, String title) {
            return app.storage().inTransaction(tx -> tx.chats().resolve(PLATFORM, ref, title, false, clock.instant()).id());
        }

        long bigChatId() {
            return bigChatId;
        }

        List<Member> members() {
            return members;
        }

        void otherChats() {
            for (int c = 0; c < OTHER_CHATS; c++) {
                String ref = "other-" + c;
                long chatId = newChat(ref, null);
                load(chatId, OTHER_CHAT_POSTS);
            }
        }

        void fillBigChat(int count) {
            load(bigChatId, count);
        }

        void load(long chatId, int count) {
            for (int done = 0; done < count; done += LOAD_BATCH) {
                List<BulkLoader.Row> rows = new ArrayList<>();
                for (int i = 0; i < Math.min(LOAD_BATCH, count - done); i++) {
                    String text = synthetic.text();
                    rows.add(new BulkLoader.Row(chatId, i % 2 == 0 ? PostKind.NEED : PostKind.OFFER, members.get(i % members.size()),
                            text, List.copyOf(matcher.categorize(text))));
                }
                loader.load(rows, clock.instant());
            }
        }
    }

    /** The work a bot process does, in a JVM with the Docker flags, then its resident memory. */
    static final class Child {
        static void run(Path dbFile) throws Exception {
            ManualClock clock = new ManualClock(Instant.parse("2026-07-01T09:00:00Z"));
            SyntheticPosts synthetic = new SyntheticPosts(7);
            try (Database db = Database.open(dbFile); App app = new App(db, clock, List.of(new DiscardingMessenger()))) {
                CommandParser parser = new CommandParser("bot");
                for (int i = 0; i < 1_000; i++) {
                    String kind = i % 2 == 0 ? "/need " : "/offer ";
                    handleOrFail(app.bot(), Incoming.text(PLATFORM, "child-" + i, CHAT, false, "m" + (i % MEMBERS), "Member " + i,
                            kind + synthetic.text(), true), parser);
                    if (i % 100 == 0) handleOrFail(app.bot(), Incoming.text(PLATFORM, "child-list-" + i, CHAT, false, "m1", "Member 1",
                            "/list", true), parser);
                    while (app.dispatcher().sendDue(100) > 0) {
                        // until the outbox holds nothing due
                    }
                }
            }
            System.gc();
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) System.out.println("rss_kb " + line.replaceAll("[^0-9]", ""));
            }
        }
    }
}
