package org.mutualaid.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.App;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Incoming;
import org.mutualaid.platform.Messenger;
import org.mutualaid.platform.Outgoing;
import org.mutualaid.platform.SendResult;
import org.mutualaid.store.Database;
import org.mutualaid.time.ManualClock;

/**
 * Feeds the whole bot (parser, handlers, matcher, SQLite store, outbox) ten thousand generated
 * messages and button presses that mix every command with hostile arguments, and checks that
 * nothing breaks: no exception, no internal failure, every answer short enough to send, and the
 * database consistent at the end. The generator is seeded, so a failure replays exactly.
 */
@DisplayName("Hostile input: thousands of generated messages never break the bot")
class HostileInputTest {

    private static final long SEED = 0x5EED_2024L;
    private static final int INPUTS = 10_000;
    /** Telegram's limit for one message; counted in UTF-16 code units, as Telegram counts. */
    private static final int MAX_REPLY_CHARS = 4096;
    private static final String PLATFORM = "console";
    private static final String GROUP = "local";
    private static final Pattern THANKS = Pattern.compile("^Thanks, .*?\\. Your (need|offer) is #(\\d+)\\.", Pattern.DOTALL);
    /** The confirmation of a post asked for privately, to its author. */
    private static final Pattern POSTED_PRIVATELY = Pattern.compile("^Posted in (your group) as #(\\d+), without your name\\.");

    private record Sender(String ref, String name) {}

    private static final List<org.mutualaid.platform.Person> COORDINATORS = List.of(
            new org.mutualaid.platform.Person("u1", "Ana"), new org.mutualaid.platform.Person("u2", "Bo Chen"));
    private static final List<Sender> MEMBERS = List.of(
            new Sender("u1", "Ana"),
            new Sender("u2", "Bo Chen"),
            new Sender("u3", "مريم الحسن"),
            new Sender("u4", "Chidi 👩🏽‍🔧"),
            new Sender("u5", "José <b>&amp;</b>"),
            new Sender("u6", "\u202EnamoW\u202C"),
            // as long as a Telegram first name may be (64 characters)
            new Sender("u7", "Maximiliana Esperanza Gutiérrez de la Fuente y Montenegro-Ortiz."));

    /** What the bot must do with one generated input. */
    private enum Expect { REPLY, IGNORE, ANY }

    private record Case(String kind, String text, String action, Expect expect) {}

    /** The in-test platform: takes everything, keeps it. */
    private static final class Collector implements Messenger {
        final List<Outgoing> sent = new ArrayList<>();

        @Override
        public String platform() {
            return PLATFORM;
        }

        @Override
        public SendResult send(Outgoing message) {
            sent.add(message);
            return new SendResult.Sent();
        }
    }

    @TempDir
    Path dir;

    private Database db;
    private App app;
    private ManualClock clock;
    private final Collector messenger = new Collector();
    private final CommandParser parser = new CommandParser("bot");
    private int events;

    /** post numbers confirmed with "Thanks, …. Your need is #N." */
    private final Set<Integer> confirmedNumbers = new TreeSet<>();
    private int confirmations;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        clock = new ManualClock(Instant.parse("2025-03-01T09:00:00Z"));
        app = new App(db, clock, List.of(messenger));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    @DisplayName("10,000 generated messages and button presses: no exception, no failure, every reply sendable, the store consistent")
    void survivesGeneratedInput() {
        seed();
        Generator gen = new Generator(new Random(SEED));
        Problems problems = new Problems();
        Map<Expect, Integer> seen = new LinkedHashMap<>();
        long started = System.nanoTime();

        for (int i = 0; i < INPUTS; i++) {
            Case c = gen.next(confirmedNumbers.size());
            Sender s = MEMBERS.get(gen.r.nextInt(MEMBERS.size()));
            boolean privateChat = gen.r.nextInt(12) == 0;
            String chatRef = privateChat ? "dm-" + s.ref() : GROUP;
            // in a private chat everything is said to the bot: what a group ignores gets a line saying what to do instead
            if (privateChat && c.expect() == Expect.IGNORE && !org.mutualaid.core.command.TextRules.clean(c.text()).isEmpty()) {
                c = new Case(c.kind(), c.text(), c.action(), Expect.REPLY);
            }
            String eventId = "fuzz-" + i;
            Incoming in = c.action() == null
                    ? Incoming.text(PLATFORM, eventId, chatRef, privateChat, s.ref(), s.name(), c.text(), true)
                    : new Incoming(PLATFORM, eventId, chatRef, null, privateChat, s.ref(), s.name(), null, c.action(),
                            null, null, true, "press-" + i, null);
            // the first two members coordinate the group, so /settings, /close and the rest are exercised, not only refused
            if (!privateChat) in = in.withCoordinators(COORDINATORS);
            seen.merge(c.expect(), 1, Integer::sum);
            check(i, c, in, problems);
            clock.advance(Duration.ofSeconds(1 + gen.r.nextInt(600)));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        int longest = messenger.sent.stream().mapToInt(o -> o.message().plainText().length()).max().orElse(0);
        String statuses = db.withHandle(h -> h.createQuery("SELECT group_concat(status || '=' || n, ' ') FROM "
                + "(SELECT status, count(*) AS n FROM post GROUP BY status)").mapTo(String.class).one());
        int suggestions = db.withHandle(h -> h.createQuery("SELECT count(*) FROM suggestion").mapTo(Integer.class).one());
        String anonymous = db.withHandle(h -> h.createQuery("SELECT (SELECT count(*) FROM post WHERE anonymous = 1) || ' anonymous posts, '"
                + " || (SELECT count(*) FROM relay) || ' relays'").mapTo(String.class).one());
        System.out.printf("HostileInputTest: %,d inputs in %,d ms; expectations %s; %,d replies, the longest %,d chars;"
                        + " %,d posts (%s), %,d suggestions, %s%n",
                INPUTS, millis, seen, messenger.sent.size(), longest, confirmations, statuses, suggestions, anonymous);

        List<Executable> checks = new ArrayList<>(problems.assertions());
        checks.add(this::databaseStillAnswers);
        checks.add(this::postsMatchConfirmations);
        checks.add(this::searchIndexHoldsExactlyTheOpenPosts);
        checks.add(this::claimsMatchStatuses);
        checks.add(this::storedTextsAreClean);
        checks.add(this::outboxIsEmptied);
        assertAll("after " + INPUTS + " hostile inputs (seed " + SEED + ")", checks);
    }

    @Test
    @DisplayName("/mine for a member with 30 open posts, each claimed by a neighbour, fits one message")
    void mineWithThirtyClaimedPostsFitsOneMessage() {
        // ordinary names and ordinary post texts: only the number of posts is large
        Sender author = new Sender("m1", "Maria Fernanda Costa");
        Sender helper = new Sender("m2", "Oluwaseun Adeyemi");
        for (int i = 1; i <= 30; i++) {
            List<Outgoing> posted = say(author, "/offer Warm winter coats, blankets and thick socks in good condition, "
                    + "sizes for adults and children, batch " + i);
            assertTrue(THANKS.matcher(posted.get(0).message().plainText()).find(), () -> posted.get(0).message().plainText());
            assertEquals(1, say(helper, "/claim " + i).size());
        }
        List<Outgoing> mine = say(author, "/mine");
        assertEquals(1, mine.size());
        String text = mine.get(0).message().plainText();
        assertTrue(text.startsWith("Your open posts here:"), text);
        assertTrue(text.contains("#30 offer"), "the newest posts come first");
        assertTrue(text.matches("(?s).*…and \\d+ more\\..*"), "what did not fit is counted, not dropped silently: " + text);
        // /mine once listed all 30 posts here in 4,350 characters, which Telegram refuses ("message is too long")
        assertTrue(text.length() <= MAX_REPLY_CHARS,
                "/mine reply is " + text.length() + " characters (" + text.codePointCount(0, text.length())
                        + " code points), over the " + MAX_REPLY_CHARS + " a Telegram message may have");
    }

    private List<Outgoing> say(Sender s, String text) {
        Incoming in = Incoming.text(PLATFORM, "say-" + events++, GROUP, false, s.ref(), s.name(), text, true);
        int before = messenger.sent.size();
        assertEquals(Bot.Outcome.HANDLED, app.bot().handle(in, parser), text);
        app.dispatcher().sendDue(1000);
        clock.advance(Duration.ofMinutes(1));
        return List.copyOf(messenger.sent.subList(before, messenger.sent.size()));
    }

    // ---- running one input ---------------------------------------------------------------------

    private void seed() {
        String[][] posts = {
                {"u1", "/need groceries for a family of 3 until Friday"},
                {"u2", "/offer I can drive people to dialysis on Tuesdays"},
                {"u3", "/offer hot meals on weekends #food"},
                {"u4", "/need a ride to the pharmacy"},
                {"u2", "/need help moving boxes on Saturday"},
                {"u5", "/offer baby clothes and a stroller"},
        };
        for (String[] p : posts) {
            Sender s = MEMBERS.stream().filter(m -> m.ref().equals(p[0])).findFirst().orElseThrow();
            Incoming in = Incoming.text(PLATFORM, "seed-" + events++, GROUP, false, s.ref(), s.name(), p[1], true);
            int before = messenger.sent.size();
            assertEquals(Bot.Outcome.HANDLED, app.bot().handle(in, parser), p[1]);
            app.dispatcher().sendDue(1000);
            List<Outgoing> replies = messenger.sent.subList(before, messenger.sent.size());
            assertEquals(1, replies.size(), p[1]);
            assertTrue(THANKS.matcher(replies.get(0).message().plainText()).find(), () -> replies.get(0).message().plainText());
            noteConfirmations(replies);
            clock.advance(Duration.ofMinutes(3));
        }
    }

    private void check(int index, Case c, Incoming in, Problems problems) {
        Supplier<String> what = () -> "#" + index + " " + c.kind() + " from " + in.senderRef() + (in.privateChat() ? " (private)" : "") + ": "
                + (c.action() == null ? "text " + show(c.text()) : "action " + show(c.action()));
        int before = messenger.sent.size();
        Bot.Outcome outcome;
        try {
            outcome = app.bot().handle(in, parser);
        } catch (Throwable t) {
            problems.add("handle() threw", () -> what.get() + "\n" + stackTrace(t));
            return;
        }
        try {
            while (app.dispatcher().sendDue(1000) > 0) {
                // each pass takes one row per place
            }
        } catch (Throwable t) {
            problems.add("sendDue() threw", () -> what.get() + "\n" + stackTrace(t));
            return;
        }
        List<Outgoing> replies = List.copyOf(messenger.sent.subList(before, messenger.sent.size()));
        noteConfirmations(replies);

        if (outcome == Bot.Outcome.FAILED) {
            problems.add("outcome FAILED (an internal error)", what);
        } else if (outcome == Bot.Outcome.DUPLICATE) {
            problems.add("outcome DUPLICATE for a new event id", what);
        }
        if (outcome == Bot.Outcome.HANDLED && replies.isEmpty()) {
            problems.add("HANDLED without a reply", what);
        }
        if (outcome == Bot.Outcome.IGNORED && !replies.isEmpty()) {
            problems.add("IGNORED but replied", () -> what.get() + " → " + show(replies.get(0).message().plainText()));
        }
        if (c.expect() == Expect.REPLY && (outcome != Bot.Outcome.HANDLED || replies.isEmpty())) {
            problems.add("a command for the bot got no reply", () -> what.get() + " → " + outcome + ", " + replies.size() + " replies");
        }
        if (c.expect() == Expect.IGNORE && outcome != Bot.Outcome.IGNORED) {
            problems.add("plain text or another bot's command was not ignored", () -> what.get() + " → " + outcome);
        }
        for (Outgoing o : replies) {
            String text = o.message().plainText();
            if (text.isBlank()) {
                problems.add("empty reply", what);
            }
            if (text.length() > MAX_REPLY_CHARS) {
                problems.add("reply over " + MAX_REPLY_CHARS + " characters", () -> what.get() + " → " + text.length() + " UTF-16 chars, "
                        + text.codePointCount(0, text.length()) + " code points, starting " + show(text));
            }
            Destination to = o.to();
            // from a private chat, an anonymous post or a private /done is announced in the group
            if (to.kind() == Destination.Kind.CHAT && !to.ref().equals(in.chatRef()) && !(in.privateChat() && to.ref().equals(GROUP))) {
                problems.add("reply sent to another chat", () -> what.get() + " → " + to);
            }
        }
    }

    private void noteConfirmations(List<Outgoing> replies) {
        for (Outgoing o : replies) {
            for (Pattern confirmation : List.of(THANKS, POSTED_PRIVATELY)) {
                java.util.regex.Matcher m = confirmation.matcher(o.message().plainText());
                if (m.find()) {
                    confirmations++;
                    confirmedNumbers.add(Integer.parseInt(m.group(2)));
                }
            }
        }
    }

    // ---- checks on the final state ----------------------------------------------------------------

    private void databaseStillAnswers() {
        for (String command : List.of("/list", "/list needs 2", "/mine", "/help")) {
            Incoming in = Incoming.text(PLATFORM, "final-" + events++, GROUP, false, "u1", "Ana", command, true);
            int before = messenger.sent.size();
            assertEquals(Bot.Outcome.HANDLED, app.bot().handle(in, parser), command);
            app.dispatcher().sendDue(1000);
            List<Outgoing> replies = messenger.sent.subList(before, messenger.sent.size());
            assertEquals(1, replies.size(), command);
            assertTrue(replies.get(0).message().plainText().length() <= MAX_REPLY_CHARS, command);
        }
        String list = messenger.sent.get(messenger.sent.size() - 4).message().plainText();
        assertTrue(list.startsWith("Open posts") || list.startsWith("No open posts"), list);
    }

    private void postsMatchConfirmations() {
        List<Integer> numbers = db.withHandle(h -> h.createQuery(
                "SELECT p.number FROM post p JOIN chat c ON c.id = p.chat_id WHERE c.platform_ref = :g ORDER BY p.number")
                .bind("g", GROUP).mapTo(Integer.class).list());
        int allPosts = db.withHandle(h -> h.createQuery("SELECT count(*) FROM post").mapTo(Integer.class).one());
        int nextNumber = db.withHandle(h -> h.createQuery("SELECT next_post_no FROM chat WHERE platform_ref = :g")
                .bind("g", GROUP).mapTo(Integer.class).one());
        assertEquals(confirmations, allPosts, "every stored post was confirmed with \"Thanks\" exactly once");
        assertEquals(confirmations, confirmedNumbers.size(), "no post number was confirmed twice");
        assertEquals(new ArrayList<>(confirmedNumbers), numbers, "the confirmed numbers are the stored ones");
        assertEquals(numbers.size() + 1, nextNumber, "post numbers run 1..n without gaps");
        if (!numbers.isEmpty()) assertEquals(numbers.size(), numbers.get(numbers.size() - 1));
        assertTrue(allPosts > 500, "the generator should get a good share of posts accepted, got " + allPosts);
    }

    private void searchIndexHoldsExactlyTheOpenPosts() {
        Set<Long> open = new HashSet<>(db.withHandle(h -> h.createQuery("SELECT id FROM post WHERE status = 'open'")
                .mapTo(Long.class).list()));
        // the index rows are the posts' ids negated (SearchIndex.rowid), so that ascending order is newest first
        Set<Long> indexed = new HashSet<>(db.withHandle(h -> h.createQuery("SELECT -rowid FROM post_search")
                .mapTo(Long.class).list()));
        assertEquals(open, indexed);
    }

    private void claimsMatchStatuses() {
        List<String> wrong = db.withHandle(h -> h.createQuery("""
                SELECT p.number || ' ' || p.status || ' claimer=' || coalesce(p.claimer_id, '-')
                       || ' active claims=' || (SELECT count(*) FROM claim c WHERE c.post_id = p.id AND c.ended_at IS NULL)
                FROM post p
                WHERE (p.status = 'claimed' AND (p.claimer_id IS NULL OR p.claimer_id = p.author_id
                        OR (SELECT count(*) FROM claim c WHERE c.post_id = p.id AND c.ended_at IS NULL
                            AND c.claimer_id = p.claimer_id) != 1))
                   OR (p.status = 'open' AND p.claimer_id IS NOT NULL)
                   OR (p.status != 'claimed' AND EXISTS (SELECT 1 FROM claim c WHERE c.post_id = p.id AND c.ended_at IS NULL))
                   OR (p.status IN ('open', 'claimed')) = (p.closed_at IS NOT NULL)""").mapTo(String.class).list());
        assertEquals(List.of(), wrong, "posts whose status, claimer and claims disagree");
        int claimed = db.withHandle(h -> h.createQuery("SELECT count(*) FROM claim").mapTo(Integer.class).one());
        assertTrue(claimed > 50, "the generator should exercise claims, got " + claimed);
    }

    private void storedTextsAreClean() {
        List<String> texts = db.withHandle(h -> h.createQuery("SELECT text FROM post").mapTo(String.class).list());
        List<String> dirty = new ArrayList<>();
        for (String t : texts) {
            String problem = problemWithStoredText(t);
            if (problem != null && dirty.size() < 10) dirty.add(problem + ": " + show(t));
        }
        assertEquals(List.of(), dirty, "stored post texts with characters that cleaning should have removed");
    }

    private static String problemWithStoredText(String t) {
        if (t.isEmpty()) return "empty";
        if (!t.equals(t.strip())) return "white space at the ends";
        if (t.contains("  ")) return "double space";
        if (t.codePointCount(0, t.length()) > 1000) return "over 1,000 characters";
        if (t.codePoints().noneMatch(Character::isLetterOrDigit)) return "no letter or digit";
        int previous = ' ';
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.SURROGATE) return String.format("lone surrogate U+%04X", cp);
            if (type == Character.CONTROL) return String.format("control character U+%04X", cp);
            if (cp != ' ' && (Character.isWhitespace(cp) || Character.isSpaceChar(cp))) return String.format("white space U+%04X", cp);
            if (type == Character.PRIVATE_USE || type == Character.UNASSIGNED) return String.format("unassigned or private U+%04X", cp);
            boolean tag = cp >= 0xE0020 && cp <= 0xE007F;
            boolean afterEmojiPart = Character.getType(previous) == Character.OTHER_SYMBOL
                    || Character.getType(previous) == Character.MODIFIER_SYMBOL || previous == 0x200D
                    || (previous >= 0xE0020 && previous <= 0xE007F) || Character.getType(previous) == Character.NON_SPACING_MARK
                    || Character.getType(previous) == Character.ENCLOSING_MARK;
            // the joiner and tag characters are kept only inside emoji sequences (👩🏽‍💻, 🏴󠁧󠁢󠁳󠁣󠁴󠁿)
            if (type == Character.FORMAT && !((cp == 0x200D || tag) && afterEmojiPart)) {
                return String.format("invisible format character U+%04X", cp);
            }
            if (cp == 0x200D && (Character.isLetterOrDigit(previous) || previous == ' ')) return "joiner after a letter or space";
            previous = cp;
        }
        return null;
    }

    private void outboxIsEmptied() {
        int notSent = db.withHandle(h -> h.createQuery("SELECT count(*) FROM outbox WHERE status != 'sent'").mapTo(Integer.class).one());
        assertEquals(0, notSent, "outbox rows not sent");
        List<Long> kept = db.withHandle(h -> h.createQuery("SELECT id FROM outbox").mapTo(Long.class).list());
        List<Long> handed = messenger.sent.stream().map(Outgoing::id).toList();
        assertEquals(handed.size(), new HashSet<>(handed).size(), "no outbox row was handed to the platform twice");
        assertTrue(new HashSet<>(handed).containsAll(kept), "every outbox row was handed to the platform");
        // rows deleted once sent (relayed words, exports, the last word after /forget) are the only ones missing
        assertTrue(handed.size() >= kept.size());
    }

    // ---- the generator -----------------------------------------------------------------------------

    private static final String[] COMMANDS = {
            "need", "offer", "list", "mine", "claim", "unclaim", "done", "cancel", "help", "start",
            "renew", "close", "redact", "settings", "digest", "stats", "coordinators", "synonym", "Settings", "SYNONYM", "forget", "wipe",
            "needs", "request", "offers", "my", "take", "fulfilled", "withdraw",
            "post", "reply", "share", "endrelay", "end", "relays", "export",
            // claims are what relays start from: weighed twice
            "claim",
            "NEED", "Offer", "LiSt", "CLAIM", "Done", "MINE",
            "foo", "delete", "admin", "drop_table", "x", "_", "9", "needoffer", "claim2",
            "a_command_name_of_exactly_32_chr", "a_command_name_of_33_characters__"};
    private static final Set<String> POST_ACTIONS = Set.of("claim", "unclaim", "done", "cancel", "take", "fulfilled", "withdraw",
            "renew", "close", "redact");
    private static final String[] SETTINGS_ARGS = {"", "timezone Europe/Madrid", "timezone europe/madrid", "timezone Mars/Base",
            "timezone +02:00", "timezone", "digest 08:30", "digest 8.30", "digest 25:00", "digest off", "digest 23:59", "digest -1:00",
            "digest-to group", "digest-to both", "digest-to private", "digest-to nowhere", "reminders on", "reminders off",
            "reminders maybe", "quiet 21:00-08:00", "quiet 22:00 - 07:30", "quiet 21:00", "quiet 00:00-00:00",
            "expiry needs 14d offers 30d", "expiry offers 1d", "expiry needs 0d", "expiry needs 999d", "expiry needs 14", "frobnicate 3"};
    private static final String[] ACTION_NAMES = {"claim", "unclaim", "done", "cancel", "CLAIM", "take", "list", "need", "",
            "renew", "close", "nomatch", "post", "share", "endrelay"};
    private static final String[] OUR_MENTIONS = {"@bot", "@BOT", "@Bot"};
    private static final String[] OTHER_MENTIONS = {"@OtherBot", "@bot_helper", "@bots", "@b", "@other.bot", "@x:matrix.org"};
    private static final String[] BROKEN_MENTIONS = {"@", "@@bot", "@bot@bot", "@ bot", "@bot!", "@b\u00F6t", "@bot\u200B"};
    private static final String[] ASCII_SEPARATORS = {" ", " ", " ", "  ", "\t", "\n", "\r\n", " \u000B"};
    private static final String[] OTHER_SEPARATORS = {"\u00A0", "\u3000", "\u200B", "\u2028", ",", ":", "\u202E"};
    private static final String[] WORDS = {
            "groceries", "food", "ride", "rides", "drive", "car", "dialysis", "diapers", "baby", "moving", "boxes", "van",
            "rent", "bread", "milk", "soup", "dog food", "wheelchair", "laptop", "phone", "help", "Friday", "2", "for",
            "the", "and", "weekend", "tomorrow", "hot meals", "childcare", "medicine", "pharmacy", "doctor", "translation",
            "English", "I can", "need", "offer", "#food", "#rides", "#transport", "café", "niño", "Zoë", "naïve",
            "مساعدة", "طعام", "אוכל", "עזרה", "食物", "帮助", "도움", "मदद", "İstanbul", "ß", "ﬁ", "Ⅻ", "½", "𝐀𝐁𝐂",
            // letters newer than SQLite's unicode61 tables (Unicode 6.1): the search must not choke on them
            "\uAB70\uAB71", "\u1C90\u1C91", "\uA7AB", "\u08A1", "\u0860", "ª", "ʰ", "々"};
    private static final String[] EMOJI = {
            "🍞", "🙏", "👨‍👩‍👧‍👦", "👩🏽‍💻", "🏳️‍🌈", "🇺🇦", "1️⃣", "#️⃣", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "❤️‍🔥", "🧑🏿‍🤝‍🧑🏻", "👍🏽",
            "🫶", "😀", "\u200D", "🏻", "\uFE0F", "🇺", "🏴"};
    private static final String[] INJECTIONS = {
            "' OR '1'='1", "\"; DROP TABLE post; --", "'); DELETE FROM outbox; --", "\" OR \"\"=\"", "Robert'); DROP TABLE member;--",
            "NEAR(food rides, 2)", "NEAR(\"a\" \"b\")", "food AND rides", "food OR", "OR", "AND", "NOT", "*", "food*", "^food",
            "body:food", "chat : \"c1\"", "{body labels}:x", "kind:offer", "labels : kfood", "- kind : need", "(", ")", "((food)",
            "\"unterminated", "\"\"", "-food", "+food", "rowid", "post_search", "1=1", "%", "_", "\\", "\\\"", "'", "''",
            "UNION SELECT * FROM member", "/* comment */", "-- ", ";", "`", "NULL", "x'00'", "bm25(post_search)", "MATCH",
            "highlight(post_search, 2, '<', '>')", "c1", "kfood", "ktransport", ":tag", "?", "?1", "$x", "@x", ":g"};
    private static final String[] HTML = {
            "<b>bold</b>", "&amp;", "&lt;script&gt;", "<script>alert(1)</script>", "<a href=\"tg://user?id=1\">x</a>",
            "<i>", "</b>", "&#0;", "&#x202E;", "&", "<", ">", "<pre>", "<code>", "<tg-spoiler>", "<!--", "]]>", "<br/>",
            "<img src=x onerror=alert(1)>", "&nbsp;", "*bold*", "_it_", "`code`", "[link](http://x)", "||spoiler||"};
    private static final String[] MENTIONS_IN_TEXT = {
            "@bot", "@BOT", "@OtherBot", "@everyone", "@here", "@room", "<@123>", "@bot /need x", "/need@bot", "/claim@OtherBot 1"};
    private static final String[] WEIRD_ACTIONS = {
            "", " ", ":", "::", "claim", "claim:1:2", "CLAIM:1", "claim: 1", "claim:1 ", " claim:1", "list:1", "need:x",
            "claim:\u0000", "claim:#", "claim:-1", "claim:0", "done:99999999999", "cancel:1e3", "unclaim:\u0661",
            "post:1", "post:1:", "post:1:x", "post:0:5", "post:99:99999999", "share:", "share:1:2", "endrelay:#1", "endrelay:-3"};
    private static final int[] ZERO_WIDTH = {0x200B, 0x200C, 0x200D, 0xFEFF, 0x2060, 0x180E, 0x00AD, 0x034F};
    private static final int[] BIDI = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C};
    private static final int[] SPACES = {' ', '\t', '\n', '\r', 0x0B, 0x0C, 0x85, 0xA0, 0x1680, 0x2000, 0x2007, 0x200A, 0x2028,
            0x2029, 0x202F, 0x205F, 0x3000};
    private static final int[] ODD = {0xFFFE, 0xFFFF, 0xFFFD, 0x10FFFF, 0xE000, 0xF8FF, 0xF0000, 0x1D400, 0x1E900, 0xA7C0, 0x16FE4,
            0x0E33, 0x0F0C, 0x1100, 0x11A8};

    private static final class Generator {
        final Random r;
        private int highest;

        Generator(Random r) {
            this.r = r;
        }

        Case next(int postsSoFar) {
            highest = postsSoFar;
            int dice = r.nextInt(100);
            if (dice < 62) return command();
            if (dice < 72) return action();
            if (dice < 82) return plain();
            if (dice < 92) return randomSlash();
            return mentionOnly();
        }

        /** A command with a chosen name, addressing and separator, and arguments that may or may not suit it. */
        private Case command() {
            String name = pick(COMMANDS);
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            boolean validName = name.length() <= 32;
            String prefix = r.nextInt(12) == 0 ? "!" : "/";
            String lead = r.nextInt(15) == 0 ? pick(new String[] {" ", "  ", "\n", "\t ", "\u3000"}) : "";
            int addressing = r.nextInt(10);
            String mention;
            Expect expect;
            if (addressing < 6) {
                mention = "";
                expect = Expect.REPLY;
            } else if (addressing < 8) {
                mention = pick(OUR_MENTIONS);
                expect = Expect.REPLY;
            } else if (addressing < 9) {
                mention = pick(OTHER_MENTIONS);
                expect = Expect.IGNORE;
            } else {
                mention = pick(BROKEN_MENTIONS);
                expect = Expect.ANY;
            }
            String args = r.nextInt(10) < 7 ? argsFor(lower) : text();
            String separator;
            if (args.isEmpty() && r.nextBoolean()) {
                separator = "";
            } else if (r.nextInt(12) == 0) {
                separator = pick(OTHER_SEPARATORS);
                expect = Expect.ANY;
            } else {
                separator = pick(ASCII_SEPARATORS);
            }
            if (!validName) expect = Expect.IGNORE;
            return new Case("command /" + lower, lead + prefix + name + mention + separator + args, null, expect);
        }

        private String argsFor(String command) {
            if (POST_ACTIONS.contains(command)) {
                String n = r.nextInt(8) == 0 ? "" : number();
                return r.nextInt(4) == 0 ? n + pick(ASCII_SEPARATORS) + text() : n;
            }
            return switch (command) {
                case "list" -> listArgs();
                case "need", "needs", "request", "offer", "offers" -> text();
                case "settings" -> r.nextInt(4) == 0 ? text() : pick(SETTINGS_ARGS);
                case "post", "share", "endrelay", "end", "export" -> r.nextInt(5) == 0 ? text() : number();
                case "reply" -> number() + pick(ASCII_SEPARATORS) + (r.nextInt(8) == 0 ? "" : text());
                case "synonym" -> r.nextInt(3) == 0 ? text() : pick(WORDS) + " " + pick(new String[] {"baby", "food", "transport", "x", "#food"});
                default -> r.nextBoolean() ? "" : text();
            };
        }

        /** A button press: usually one of the bot's own shapes, sometimes garbage. */
        private Case action() {
            String action = switch (r.nextInt(6)) {
                case 0, 1 -> pick(ACTION_NAMES) + ":" + number();
                case 2 -> pick(ACTION_NAMES) + ":" + shortText();
                case 3 -> shortText();
                case 4 -> pick(WEIRD_ACTIONS);
                default -> text();
            };
            return new Case("button", null, action, Expect.REPLY);
        }

        /** Chat that is not a command: the bot must stay quiet. */
        private Case plain() {
            String t = text();
            String lead = t.stripLeading();
            Expect expect = lead.startsWith("/") || lead.startsWith("!") ? Expect.ANY : Expect.IGNORE;
            if (t.isEmpty()) t = "hello";
            return new Case("plain", t, null, expect);
        }

        /** A slash followed by anything at all. */
        private Case randomSlash() {
            return new Case("random slash", "/" + (r.nextBoolean() ? shortText() : text()), null, Expect.ANY);
        }

        private Case mentionOnly() {
            String t = pick(MENTIONS_IN_TEXT) + (r.nextBoolean() ? " " + shortText() : "");
            String lead = t.stripLeading();
            return new Case("mention", t, null, lead.startsWith("/") || lead.startsWith("!") ? Expect.ANY : Expect.IGNORE);
        }

        // -- arguments --

        String number() {
            int upper = Math.max(3, highest + 3);
            return switch (r.nextInt(14)) {
                case 0, 1, 2, 3 -> String.valueOf(1 + r.nextInt(upper));
                case 4 -> "#" + (1 + r.nextInt(upper));
                case 5 -> pick(new String[] {"0", "#0", "-0", "00", "000000000", "#000"});
                case 6 -> "-" + r.nextInt(100_000);
                case 7 -> switch (r.nextInt(4)) {
                    case 0 -> Long.toString(Math.abs(r.nextLong()));
                    case 1 -> "9".repeat(1 + r.nextInt(60));
                    case 2 -> "2147483648";
                    default -> String.valueOf(Integer.MAX_VALUE);
                };
                case 8 -> (1 + r.nextInt(upper)) + pick(new String[] {"abc", "a", "e5", ".5", ",000", "#", "x", "🍞", "\u0301"});
                case 9 -> pick(new String[] {"0x1F", "1e5", "١٢", "１２", "١", "߁", "𝟏𝟐", "²", "Ⅻ", "٣", "๑"});
                case 10 -> pick(new String[] {"#", "##3", "#-1", "# 3", "#" + Long.MAX_VALUE, "#1#2", "+3", "3+"});
                case 11 -> pick(new String[] {"999999999", "100000000", "1000000000", "123456789", "0000000001"});
                case 12 -> "\u202E" + (1 + r.nextInt(upper)) + "\u202C";
                default -> shortText();
            };
        }

        String listArgs() {
            int words = r.nextInt(5);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < words; i++) {
                if (i > 0) sb.append(pick(ASCII_SEPARATORS));
                sb.append(switch (r.nextInt(10)) {
                    case 0, 1 -> pick(new String[] {"needs", "offers", "need", "offer", "all", "NEEDS", "Offers"});
                    case 2 -> pick(new String[] {"#food", "food", "#rides", "#transport", "#groceries", "#dialysis", "#מזון", "#食物"});
                    case 3 -> pick(new String[] {"1", "2", "3", "0", "10000", "10001", "99999", "123456", "-1", "00002", "#2"});
                    case 4 -> String.valueOf(r.nextInt(40));
                    case 5 -> "#" + pick(WORDS);
                    case 6 -> pick(INJECTIONS);
                    case 7 -> pick(HTML);
                    case 8 -> "#" + "a".repeat(30 + r.nextInt(5));
                    default -> shortText();
                });
            }
            return sb.toString();
        }

        String shortText() {
            return build(1 + r.nextInt(30));
        }

        /** Mostly short texts, some over the post limit, a few up to 5,000 characters. */
        String text() {
            int dice = r.nextInt(100);
            int target;
            if (dice < 5) target = 0;
            else if (dice < 75) target = 1 + r.nextInt(80);
            else if (dice < 92) target = 80 + r.nextInt(1200);
            else target = 900 + r.nextInt(4100);
            return build(target);
        }

        private String build(int target) {
            StringBuilder sb = new StringBuilder(target + 16);
            // post-like texts: most fragments are words, so many posts are accepted and matched
            while (sb.length() < target) {
                int dice = r.nextInt(100);
                if (dice < 35) {
                    sb.append(pick(WORDS));
                } else if (dice < 45) {
                    sb.append(pick(EMOJI));
                } else if (dice < 52) {
                    sb.append(pick(INJECTIONS));
                } else if (dice < 57) {
                    sb.append(pick(HTML));
                } else if (dice < 60) {
                    sb.append(pick(MENTIONS_IN_TEXT));
                } else if (dice < 63) {
                    sb.append(r.nextBoolean() ? String.valueOf(r.nextInt(1000)) : number());
                } else {
                    appendCodePoints(sb, 1 + r.nextInt(6));
                }
                if (r.nextInt(3) > 0 && sb.length() < target) sb.appendCodePoint(r.nextInt(6) == 0 ? pick(SPACES) : ' ');
            }
            if (sb.length() > target) {
                // cut, possibly in the middle of a surrogate pair or joiner sequence: that is hostile too
                sb.setLength(target);
            }
            return sb.toString();
        }

        private void appendCodePoints(StringBuilder sb, int n) {
            int kind = r.nextInt(15);
            for (int i = 0; i < n; i++) {
                int cp = switch (kind) {
                    case 0 -> r.nextInt(4) == 0 ? (r.nextBoolean() ? 0x7F : 0x80 + r.nextInt(0x20)) : r.nextInt(0x20);
                    case 1 -> pick(ZERO_WIDTH);
                    case 2 -> pick(BIDI);
                    case 3 -> 0xD800 + r.nextInt(0x800); // a lone surrogate
                    case 4 -> 0x0600 + r.nextInt(0x100); // Arabic, with its marks
                    case 5 -> 0x05D0 + r.nextInt(0x1B); // Hebrew letters
                    case 6 -> 0x4E00 + r.nextInt(0x5200); // CJK
                    case 7 -> 0x0300 + r.nextInt(0x70); // combining marks
                    case 8 -> 0x0900 + r.nextInt(0x80); // Devanagari
                    case 9 -> 0xAC00 + r.nextInt(0x2BA4); // Hangul
                    case 10 -> pick(SPACES);
                    case 11 -> pick(ODD);
                    case 12 -> 0x20 + r.nextInt(0x5F); // printable ASCII
                    case 13 -> 0x1F300 + r.nextInt(0x700); // emoji blocks
                    default -> r.nextInt(0x110000); // anything at all
                };
                sb.appendCodePoint(cp);
            }
        }

        private String pick(String[] options) {
            return options[r.nextInt(options.length)];
        }

        private int pick(int[] options) {
            return options[r.nextInt(options.length)];
        }
    }

    // ---- reporting ---------------------------------------------------------------------------------

    /** Problems by kind, with the first few examples of each, so that one run reports everything. */
    private static final class Problems {
        private static final int EXAMPLES = 5;
        private final Map<String, List<String>> examples = new LinkedHashMap<>();
        private final Map<String, Integer> counts = new LinkedHashMap<>();

        void add(String kind, Supplier<String> example) {
            counts.merge(kind, 1, Integer::sum);
            List<String> list = examples.computeIfAbsent(kind, k -> new ArrayList<>());
            if (list.size() < EXAMPLES) list.add(example.get());
        }

        List<Executable> assertions() {
            List<Executable> out = new ArrayList<>();
            for (String kind : List.of("handle() threw", "sendDue() threw", "outcome FAILED (an internal error)",
                    "outcome DUPLICATE for a new event id", "HANDLED without a reply", "IGNORED but replied",
                    "a command for the bot got no reply", "plain text or another bot's command was not ignored", "empty reply",
                    "reply sent to another chat")) {
                out.add(() -> assertEquals(0, counts.getOrDefault(kind, 0), () -> describe(kind)));
            }
            String overLong = "reply over " + MAX_REPLY_CHARS + " characters";
            // a 64-character name (as Telegram allows) once took /mine over the limit with this seed
            out.add(() -> assertEquals(0, counts.getOrDefault(overLong, 0), () -> describe(overLong)));
            // any kind not listed above still fails the test
            out.add(() -> assertTrue(examples.keySet().stream().allMatch(k -> k.startsWith("handle()")
                    || k.startsWith("sendDue()") || k.startsWith("outcome") || k.startsWith("HANDLED") || k.startsWith("IGNORED")
                    || k.startsWith("a command") || k.startsWith("plain text") || k.startsWith("empty reply")
                    || k.startsWith("reply ")), () -> "unexpected problem kinds " + examples.keySet()));
            return out;
        }

        private String describe(String kind) {
            return counts.getOrDefault(kind, 0) + " × " + kind + "; first examples:\n  " + String.join("\n  ", examples.get(kind));
        }
    }

    /** The string with everything outside printable ASCII written as \\u{…}, cut to 160 code points. */
    static String show(String s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder("\"");
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < Math.min(cps.length, 160); i++) {
            int cp = cps[i];
            if (cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\') b.appendCodePoint(cp);
            else b.append(String.format("\\u{%X}", cp));
        }
        b.append('"');
        if (cps.length > 160) b.append("…(").append(s.length()).append(" chars)");
        return b.toString();
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        String[] lines = w.toString().split("\n");
        return String.join("\n", java.util.Arrays.copyOf(lines, Math.min(lines.length, 25)));
    }
}
