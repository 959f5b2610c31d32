package org.mutualaid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.TestChat;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Incoming;
import org.mutualaid.platform.Outgoing;
import org.mutualaid.platform.Person;

@DisplayName("Follow-ups: digests, reminders, bumps and expiry on a hand-moved clock")
class FollowUpJobsTest {

    @TempDir
    Path dir;
    TestChat chat;
    int events;

    @BeforeEach
    void open() {
        chat = new TestChat(dir.resolve("jobs.db"));
    }

    @AfterEach
    void close() {
        chat.close();
    }

    /** Speaks in the group "local", where Ana coordinates. */
    private List<String> say(String name, String text) {
        return say("local", name, text);
    }

    private List<String> say(String chatRef, String name, String text) {
        return chat.deliver(Incoming.text("console", "ev-" + (++events), chatRef, false, name.toLowerCase(Locale.ROOT), name, text, true)
                .withCoordinators(List.of(new Person("ana", "Ana"))));
    }

    /** The member opens a private chat with the bot. */
    private void privately(String name) {
        chat.deliver(Incoming.text("console", "ev-" + (++events), "dm-" + name.toLowerCase(Locale.ROOT), true,
                name.toLowerCase(Locale.ROOT), name, "/start", true));
    }

    /** Runs the jobs as the service does every minute; returns what they sent. */
    private List<Outgoing> jobs() {
        int before = chat.sent.size();
        assertEquals(0, chat.app().followUps().runDue());
        while (chat.app().dispatcher().sendDue(100) > 0) {
            // drain
        }
        return List.copyOf(chat.sent.subList(before, chat.sent.size()));
    }

    private List<Outgoing> digests(List<Outgoing> sent) {
        return sent.stream().filter(o -> o.message().plainText().startsWith("Daily digest")).toList();
    }

    private void at(String instant) {
        chat.clock.set(Instant.parse(instant));
    }

    @Test
    @DisplayName("The digest goes out once a day at the chat's time in its time zone, privately to coordinators who can be written to")
    void dailyDigestInTimeZone() {
        at("2026-03-02T06:00:00Z");
        say("Ana", "/settings timezone Europe/Madrid");
        say("Ana", "/settings digest 08:30");
        say("Bo", "/need a ride to the clinic on Thursday");
        privately("Ana");
        at("2026-03-02T07:29:00Z"); // 08:29 in Madrid
        assertEquals(List.of(), digests(jobs()));
        at("2026-03-02T07:30:00Z");
        List<Outgoing> sent = digests(jobs());
        assertEquals(1, sent.size());
        assertEquals(Destination.member("console", "ana"), new Destination("console", sent.get(0).to().kind(), sent.get(0).to().ref(),
                null, null));
        assertTrue(sent.get(0).message().plainText().contains("#1"), sent.get(0).message().plainText());
        at("2026-03-02T20:00:00Z");
        assertEquals(List.of(), digests(jobs()), "once a day");
        at("2026-03-03T07:29:00Z");
        assertEquals(List.of(), digests(jobs()));
        at("2026-03-03T07:30:00Z");
        assertEquals(1, digests(jobs()).size());
    }

    @Test
    @DisplayName("A group the bot joins after the day's digest time gets its first digest at the next day's, not a minute after joining")
    void firstDigestAfterJoining() {
        at("2026-03-02T14:00:00Z");
        say("Bo", "/need a ride to the clinic on Thursday");
        privately("Ana");
        at("2026-03-02T14:01:00Z");
        assertEquals(List.of(), digests(jobs()), "joined at 14:00, after the 09:00 digest");
        at("2026-03-02T23:59:00Z");
        assertEquals(List.of(), digests(jobs()));
        at("2026-03-03T09:00:00Z");
        List<Outgoing> sent = digests(jobs());
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).message().plainText().contains("#1"), "the first digest holds what came since joining: " + sent.get(0).message().plainText());
    }

    @Test
    @DisplayName("Across the change to summer time the digest keeps its local time, once each day")
    void daylightSaving() {
        at("2026-03-27T06:00:00Z");
        say("Ana", "/settings timezone Europe/Madrid");
        say("Ana", "/settings digest 08:30");
        say("Ana", "/settings digest-to group");
        // Saturday 28 March: UTC+1, 08:30 local is 07:30 UTC
        at("2026-03-28T07:29:00Z");
        assertEquals(0, digests(jobs()).size());
        at("2026-03-28T07:30:00Z");
        assertEquals(1, digests(jobs()).size());
        // Sunday 29 March: clocks go forward at 02:00; 08:30 local is 06:30 UTC
        at("2026-03-29T06:29:00Z");
        assertEquals(0, digests(jobs()).size());
        at("2026-03-29T06:30:00Z");
        assertEquals(1, digests(jobs()).size());
        at("2026-03-29T07:30:00Z");
        assertEquals(0, digests(jobs()).size(), "not again at the old UTC time");
    }

    @Test
    @DisplayName("A digest that fell due while the bot was down goes out once at start, the same day only, and never twice after a restart")
    void catchUpAndRestart() {
        at("2026-03-02T06:00:00Z");
        say("Ana", "/settings digest-to group");
        say("Bo", "/need firewood");
        // down from 08:00 on the 2nd until 15:00 on the 5th: only the 5th's digest goes
        at("2026-03-05T15:00:00Z");
        List<Outgoing> sent = digests(jobs());
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).message().plainText().contains("Thu 5 Mar"), sent.get(0).message().plainText());
        chat.close();
        chat = new TestChat(dir.resolve("jobs.db"));
        chat.clock.set(Instant.parse("2026-03-05T15:01:00Z"));
        assertEquals(0, digests(jobs()).size(), "not again after a restart");
    }

    @Test
    @DisplayName("An empty day's digest is one line")
    void emptyDigest() {
        at("2026-03-02T06:00:00Z");
        say("Ana", "/settings digest-to group");
        at("2026-03-02T09:00:00Z");
        List<Outgoing> sent = digests(jobs());
        assertEquals(List.of("Daily digest for your group, Mon 2 Mar: all quiet, nothing new, nothing open, nothing stuck."),
                sent.stream().map(o -> o.message().plainText()).toList());
    }

    @Test
    @DisplayName("A digest names every part: new, unclaimed needs (urgent first), unsuggested, stale and young claims, idle suggestions, done")
    void digestContents() {
        at("2026-03-02T06:00:00Z");
        say("Ana", "/settings digest-to group");
        say("Bo", "/offer I can drive people to medical appointments on weekday mornings");
        say("Cy", "/need a ride to my dialysis appointment on Tuesday");
        say("Ed", "/need baby formula, it's urgent");
        say("Bo", "/claim 3");
        at("2026-03-02T09:00:00Z");
        assertEquals(1, digests(jobs()).size());
        at("2026-03-03T10:00:00Z");
        say("Di", "/need help moving a sofa");
        say("Hu", "/need an insulin cooler bag, urgent please");
        say("Ana", "/offer spare winter coats");
        say("Gu", "/need a winter coat for my son");
        say("Gu", "/done 7");
        at("2026-03-05T18:00:00Z");
        say("Di", "/claim 6");
        at("2026-03-06T09:00:00Z");
        String digest = digests(jobs()).get(0).message().plainText();
        assertTrue(digest.startsWith("Daily digest for your group, Fri 6 Mar:\nNew: 3 needs, 1 offer (#4, #5, #6, #7 done)\n"),
                "a new post already done says so, so the count does not read as open work: " + digest);
        assertTrue(digest.contains("Open needs nobody has claimed (3), urgent first, then oldest:\n• #5 URGENT · Hu · 2d · "), digest);
        assertTrue(digest.contains("\n• #2 · Cy · 4d · "), digest);
        assertTrue(digest.contains("No suggestion yet: #4\n"), digest);
        assertTrue(digest.contains("Claimed over 3 days ago, not done: #3 (Bo)\n"), digest);
        assertTrue(digest.contains("Claimed, under way: #6 (Di)\n"), "a young claim is named too, so every open post is somewhere: " + digest);
        assertTrue(digest.contains("Suggestions nobody took up: #2 ↔ #1"), digest);
        assertTrue(digest.endsWith("Done: #7 since the last digest; 1 in the last 7 days."), digest);
    }

    @Test
    @DisplayName("A digest with more stale claims than it lists says there are more, and calls none of them under way")
    void manyStaleClaims() {
        at("2026-03-02T06:00:00Z");
        say("Ana", "/settings digest-to group");
        for (int i = 1; i <= 17; i++) say("Bo", "/need a winter coat in size " + i);
        for (int i = 1; i <= 17; i++) say("Di", "/claim " + i);
        at("2026-03-06T08:00:00Z");
        say("Gu", "/need a kettle");
        say("Di", "/claim 18");
        at("2026-03-06T09:00:00Z");
        String digest = digests(jobs()).get(0).message().plainText();
        assertTrue(digest.contains("Claimed over 3 days ago, not done: #1 (Di), #2 (Di), "), digest);
        assertTrue(digest.contains("#15 (Di), …\n"), "fifteen are listed, and the rest are said to be there: " + digest);
        assertTrue(digest.lines().anyMatch("Claimed, under way: #18 (Di)"::equals), "the stale ones past fifteen are not called under way: " + digest);
    }

    @Test
    @DisplayName("A private digest nobody can receive becomes a one-line hint in the group, not the digest itself")
    void privateDigestWithoutPrivateChat() {
        at("2026-03-02T06:00:00Z");
        say("Bo", "/need a kettle");
        at("2026-03-02T09:00:00Z");
        List<Outgoing> sent = jobs();
        assertEquals(0, digests(sent).size());
        assertEquals(1, sent.size());
        assertEquals(Destination.Kind.CHAT, sent.get(0).to().kind());
        assertTrue(sent.get(0).message().plainText().startsWith("Coordinators: today's digest is ready"));
        assertFalse(sent.get(0).message().plainText().contains("kettle"));
        at("2026-03-03T09:00:00Z");
        assertEquals(List.of(), jobs(), "the hint is not repeated every day");
    }

    @Test
    @DisplayName("A claim not done after three days: one reminder, privately when both can be written to, else in the group")
    void claimReminder() {
        at("2026-03-02T10:00:00Z");
        say("Ana", "/settings digest off");
        say("Bo", "/need help moving a sofa");
        say("Cy", "/claim 1");
        at("2026-03-05T09:59:00Z");
        assertEquals(List.of(), jobs());
        at("2026-03-05T10:01:00Z");
        List<Outgoing> sent = jobs();
        assertEquals(1, sent.size(), sent.toString());
        assertEquals(Destination.Kind.CHAT, sent.get(0).to().kind());
        assertTrue(sent.get(0).message().plainText().startsWith("Cy and Bo: did #1"), sent.get(0).message().plainText());
        assertEquals(List.of(), jobs(), "one reminder only");

        say("Bo", "/need a lift to the station");
        say("Cy", "/claim 2");
        privately("Bo");
        privately("Cy");
        at("2026-03-08T12:00:00Z");
        List<Outgoing> twice = jobs().stream().filter(o -> o.message().plainText().startsWith("Did it happen?")).toList();
        assertEquals(2, twice.size());
        assertTrue(twice.stream().allMatch(o -> o.to().kind() == Destination.Kind.MEMBER));
    }

    @Test
    @DisplayName("Needs unclaimed for two days are bumped in one message a day, never in quiet hours")
    void bumpsBatchedOutsideQuietHours() {
        at("2026-03-02T10:00:00Z");
        say("Ana", "/settings digest off");
        say("Bo", "/need a winter coat, size M");
        say("Cy", "/need soup for a sick neighbour");
        say("Di", "/need a tutor for maths");
        say("Cy", "/claim 3");
        at("2026-03-04T22:00:00Z"); // quiet: 21:00-08:00
        assertEquals(List.of(), jobs().stream().filter(o -> o.message().plainText().startsWith("Still waiting")).toList());
        at("2026-03-05T08:00:00Z");
        List<Outgoing> bumps = jobs().stream().filter(o -> o.message().plainText().startsWith("Still waiting")).toList();
        assertEquals(1, bumps.size());
        String text = bumps.get(0).message().plainText();
        assertTrue(text.contains("#1") && text.contains("#2") && !text.contains("#3"), text);
        say("Ed", "/need a ladder");
        at("2026-03-05T18:00:00Z");
        assertEquals(0, jobs().stream().filter(o -> o.message().plainText().startsWith("Still waiting")).count(), "once a day");
        at("2026-03-07T18:10:00Z");
        List<Outgoing> later = jobs().stream().filter(o -> o.message().plainText().startsWith("Still waiting")).toList();
        assertEquals(1, later.size());
        assertTrue(later.get(0).message().plainText().contains("#4") && !later.get(0).message().plainText().contains("#1"),
                "each need is bumped once: " + later.get(0).message().plainText());
    }

    @Test
    @DisplayName("Expiry: the author is warned the day before, /renew keeps it open, then it expires and leaves /list; claimed posts stay")
    void expiry() {
        at("2026-03-02T10:00:00Z");
        say("Ana", "/settings digest off");
        say("Ana", "/settings reminders off");
        say("Bo", "/need a pram for a newborn");
        at("2026-03-02T10:00:30Z");
        say("Cy", "/need a cot, any size");
        say("Di", "/claim 2");
        at("2026-03-15T09:00:00Z");
        assertEquals(List.of(), jobs());
        at("2026-03-15T10:01:00Z");
        List<Outgoing> warned = jobs();
        assertEquals(1, warned.size());
        assertTrue(warned.get(0).message().plainText().contains("closes tomorrow. To keep it open: /renew 1"),
                warned.get(0).message().plainText());
        assertEquals(List.of(), jobs(), "warned once");
        assertEquals("#1 stays open for another 14 days.", say("Bo", "/renew 1").get(0));
        at("2026-03-16T10:01:00Z");
        assertEquals(List.of(), jobs(), "renewed: no expiry");
        at("2026-03-28T10:02:00Z");
        assertEquals(1, jobs().size(), "warned again a day before the new end");
        at("2026-03-30T10:02:00Z");
        jobs();
        String list = say("Cy", "/list").get(0);
        assertTrue(!list.contains("#1 ") && list.contains("#2 need"), "expired posts leave /list, claimed ones stay: " + list);
        assertTrue(say("Ana", "/stats").get(0).contains("1 expired"));
    }

    @Test
    @DisplayName("No post closes unwarned: one unclaimed after its expiry starts a new clock; a missed warning comes first")
    void noExpiryWithoutWarning() {
        at("2026-03-02T10:00:00Z");
        say("Ana", "/settings digest off");
        say("Ana", "/settings reminders off");
        say("Bo", "/need a cot");
        say("Cy", "/claim 1");
        at("2026-03-20T10:00:00Z");
        say("Cy", "/unclaim 1");
        assertEquals(List.of(), jobs(), "open again: not expired at once");
        at("2026-04-02T10:01:00Z");
        List<Outgoing> warned = jobs();
        assertEquals(1, warned.size());
        assertTrue(warned.get(0).message().plainText().contains("closes tomorrow"));
        // the bot was down through the warning day of another post: it is warned before it closes
        say("Di", "/need a kettle");
        at("2026-04-20T10:00:00Z");
        List<Outgoing> late = jobs();
        assertTrue(late.stream().anyMatch(o -> o.message().plainText().contains("#2") && o.message().plainText().contains("closes tomorrow")),
                late.toString());
        assertTrue(say("Cy", "/list").get(0).contains("#2 need"), "not closed yet");
        at("2026-04-21T00:00:00Z");
        jobs();
        assertFalse(say("Cy", "/list").get(0).contains("#2 need"), "closed after the warning");
    }

    @Test
    @DisplayName("The coordinators a platform reports are kept even when the message itself is ignored")
    void coordinatorsFromIgnoredMessage() {
        assertEquals(List.of(), say("Bo", "just chatting here"));
        List<String> kept = chat.app().storage().inTransaction(tx -> tx.coordinators()
                .of(tx.chats().reachableGroups().get(0).id()).stream().map(m -> m.name()).toList());
        assertEquals(List.of("Ana"), kept);
    }

    @Test
    @DisplayName("A coordinator frees a stalled claim with /unclaim: the post is open again and both people are named; a member cannot")
    void coordinatorFreesAStalledClaim() {
        say("Gus", "/need help reading a council letter about my rent");
        say("Ben", "/claim 1");
        assertEquals("Only Ben, who claimed #1, can unclaim it.", say("Cy", "/unclaim 1").get(0));
        assertEquals("A coordinator opened #1 again: Ben no longer has it. Gus, your need is still listed. Anyone who can: /claim 1.",
                say("Ana", "/unclaim 1").get(0));
        assertTrue(say("Cy", "/list").get(0).contains("#1 need · Gus · ") && !say("Cy", "/list").get(0).contains("claimed by"), "open again");
        assertTrue(say("Cy", "/claim 1").get(0).startsWith("Cy can help with Gus's need #1"), "and anyone may take it up");
    }

    @Test
    @DisplayName("Coordinator commands are refused to members, and shown in /help to coordinators only; bad values are refused with a valid example")
    void coordinatorOnly() {
        for (String cmd : List.of("/settings", "/settings digest 07:00", "/digest", "/stats")) {
            assertTrue(say("Bo", cmd).get(0).startsWith("Sorry, only this group's coordinators can use"), cmd);
        }
        say("Bo", "/need a drill");
        assertTrue(say("Bo", "/close 1").get(0).startsWith("Sorry, only this group's coordinators"));
        assertEquals("Coordinators of this group: Ana.", say("Bo", "/coordinators").get(0));
        assertTrue(say("Ana", "/settings timezone Mars/Olympus").get(0).contains("Europe/Madrid"));
        assertTrue(say("Ana", "/settings digest 25:00").get(0).contains("/settings digest 08:30"));
        assertTrue(say("Ana", "/settings quiet late").get(0).contains("21:00-08:00, or /settings quiet off"));
        assertTrue(say("Ana", "/settings quiet off").get(0).contains("quiet off\n"), "quiet hours can be turned off");
        assertTrue(say("Ana", "/settings quiet 21:00-08:00").get(0).contains("quiet 21:00-08:00\n"), "and on again");
        assertTrue(say("Ana", "/settings expiry needs 0d").get(0).contains("needs 14d offers 30d"));
        assertTrue(say("Ana", "/settings").get(0).contains("timezone UTC"), "nothing was changed by the bad values");
        assertTrue(say("Ana", "/close 1").get(0).contains("was closed by a coordinator"));
        assertEquals("#1 is already closed. /list shows what is still open.", say("Bo", "/done 1").get(0),
                "not \"cancelled\": its author did not cancel it");
        assertTrue(say("Ana", "/help").get(0).contains("\nFor you as a coordinator:\n/settings: "), "a coordinator's /help shows their commands");
        assertFalse(say("Bo", "/help").get(0).contains("coordinator"), "a member's does not");
    }

    @Test
    @DisplayName("One chat's failing job is logged and the other chats' jobs still run")
    void oneChatFails() {
        at("2026-03-02T06:00:00Z");
        say("local", "Ana", "/settings digest-to group");
        say("other", "Ana", "/settings digest-to group");
        // a damaged row: the first chat's settings can no longer be read
        corrupt("local");
        at("2026-03-02T09:05:00Z");
        int before = chat.sent.size();
        int failed = chat.app().followUps().runDue();
        while (chat.app().dispatcher().sendDue(100) > 0) {
            // drain
        }
        assertEquals(3, failed, "the three jobs of the damaged chat");
        List<Outgoing> sent = chat.sent.subList(before, chat.sent.size());
        assertEquals(1, sent.size());
        assertEquals("other", sent.get(0).to().ref());
    }

    private void corrupt(String chatRef) {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("jobs.db"));
             var st = c.prepareStatement("UPDATE chat SET time_zone = 'Nowhere/Land' WHERE platform_ref = ?")) {
            st.setString(1, chatRef);
            assertEquals(1, st.executeUpdate());
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("/synonym: a coordinator teaches a group word; new posts there are filed and matched by it, other chats unchanged")
    void synonyms() {
        say("Bo", "/offer we have a spare stroller for babies and toddlers");
        String before = say("Cy", "/need a kinderwagen, ours broke").get(0);
        assertFalse(before.contains("#1"), "without the word, no match: " + before);
        assertTrue(say("Bo", "/synonym kinderwagen baby").get(0).startsWith("Sorry, only this group's coordinators"));
        assertTrue(say("Ana", "/synonym kinderwagen spaceships").get(0).startsWith("I don't know \"spaceships\" as a word or a kind of help"));
        assertTrue(say("Ana", "/synonym kinder-wagen baby").get(0).startsWith("Please give one word of your group and what it means"));
        assertTrue(say("Ana", "/synonym kinderwagen baby").get(0).startsWith("Saved."));
        String after = say("Di", "/need a kinderwagen, ours broke").get(0);
        assertTrue(after.contains("#1"), "the group's word now matches: " + after);
        assertTrue(say("Ana", "/synonym").get(0).startsWith("This group's words: kinderwagen → "));
        String listed = say("Cy", "/list #kinderwagen").get(0);
        assertTrue(listed.startsWith("Open posts about #kinderwagen:") && listed.contains("#1"), "/list knows the group's word: " + listed);
        say("other", "Bo", "/offer we have a spare stroller for babies and toddlers");
        assertFalse(say("other", "Cy", "/need a kinderwagen, ours broke").get(0).contains("These offers"), "other chats unchanged");
    }

    @Test
    @DisplayName("/synonym remove forgets a word taught by mistake; a word the bot files elsewhere is said to change, and teaching its own kind again restores it")
    void synonymsUndone() {
        say("Hal", "/offer happy to run errands for anyone stuck at home");
        assertEquals("Saved. In this group, new posts that say \"errands\" are filed under food and groceries and matched by it. I used to file it"
                + " under errands and deliveries; in this group that is replaced. To undo: /synonym remove errands.", say("Ana", "/synonym errands food").get(0));
        assertTrue(say("Bo", "/synonym remove errands").get(0).startsWith("Sorry, only this group's coordinators"));
        assertEquals("Done: \"errands\" is no longer this group's word. New posts read it as I do everywhere (errands and deliveries).",
                say("Ana", "/synonym remove errands").get(0));
        assertTrue(say("Ana", "/synonym").get(0).startsWith("This group has taught me no words yet."));
        assertEquals("This group has not taught me \"errands\". /synonym alone lists this group's words.", say("Ana", "/synonym remove errands").get(0));
        String need = say("Fay", "/need could someone run a few errands for me this week, I'm stuck at home").get(0);
        assertTrue(need.contains("#1 Hal"), "errands meet errands again: " + need);

        say("Ana", "/synonym errands food");
        assertEquals("Done: in this group \"errands\" is filed under errands and deliveries again, as everywhere.",
                say("Ana", "/synonym errands errands").get(0));
        assertTrue(say("Ana", "/synonym").get(0).startsWith("This group has taught me no words yet."), "and it is no longer listed");
        say("Ana", "/synonym kinderwagen pram");
        assertEquals("Done: \"kinderwagen\" is no longer this group's word. New posts read it as I do everywhere.",
                say("Ana", "/synonym kinderwagen off").get(0));
    }

    @Test
    @DisplayName("A group word saved under an older build's stemming still counts: its stem is made afresh from the word as taught")
    void synonymsStemmedAfresh() {
        say("Bo", "/offer we have a spare stroller for babies and toddlers");
        assertTrue(say("Ana", "/synonym kinderwagen baby").get(0).startsWith("Saved."));
        chat.app().database().withHandle(h -> h.execute("UPDATE chat_synonym SET stem = 'kinderwa'"));
        String need = say("Cy", "/need two kinderwagens, twins!").get(0);
        assertTrue(need.contains("#1"), "the group's word still matches: " + need);
        assertTrue(say("Ana", "/synonym kinderwagen pram").get(0).startsWith("Saved."));
        assertEquals("This group's words: kinderwagen → pram (babies and pregnancy).", say("Ana", "/synonym").get(0), "taught anew, listed once");
    }

    @Test
    @DisplayName("/synonym with a word the bot knows: the group's word brings that word's specifics, so a kinderwagen meets the stroller need, not the high chair one")
    void synonymsMeaningAKnownWord() {
        say("Cy", "/need a stroller for my baby");
        say("Di", "/need a high chair for my baby");
        String taught = say("Ana", "/synonym kinderwagen pram").get(0);
        assertEquals("Saved. In this group, I read \"kinderwagen\" in new posts as \"pram\" (babies and pregnancy) and match it that way."
                + " To undo: /synonym remove kinderwagen.", taught);
        String offer = say("Bo", "/offer free Kinderwagen, barely used").get(0);
        assertTrue(offer.contains("#1 Cy"), "the stroller need: " + offer);
        assertFalse(offer.contains("#2 Di"), "not the high chair need: " + offer);
        assertTrue(say("Ana", "/synonym kinderstoel high chair").get(0).startsWith("Saved."), "a known phrase");
        String chair = say("Ed", "/offer a kinderstoel, free to a good home").get(0);
        String listed = say("Cy", "/list offers #kinderstoel").get(0);
        assertTrue(listed.contains("#3") && listed.contains("#4"), "a word standing for a known one lists that one's kind of help: " + listed);
        assertTrue(chair.contains("#2 Di") && !chair.contains("#1 Cy"), chair);
        assertEquals("This group's words: kinderstoel → high chair (babies and pregnancy), kinderwagen → pram (babies and pregnancy).",
                say("Ana", "/synonym").get(0));
        // taught anew as a kind of help alone: the word then names no specific
        assertTrue(say("Ana", "/synonym kinderwagen baby").get(0).startsWith("Saved. In this group, new posts that say"));
        assertEquals("This group's words: kinderstoel → high chair (babies and pregnancy), kinderwagen → babies and pregnancy.",
                say("Ana", "/synonym").get(0));
        assertEquals("\"pram\" is already a word I know.", say("Ana", "/synonym pram pram").get(0));
        assertTrue(say("Ana", "/synonym kinderwagen pram!").get(0).startsWith("Saved. In this group, I read \"kinderwagen\" in new posts as \"pram\" ("),
                "the meaning is kept as words, without the punctuation");
        assertTrue(say("Ana", "/synonym high high chair").get(0).startsWith("Saved."), "a phrase is not the same word as its first one");
        assertTrue(say("Ana", "/synonym kinderwagen pram stroller buggy thing").get(0).startsWith("Please give one word of your group"));
    }

    @Test
    @DisplayName("/stats counts the last 7 and 30 days, with the median time to fulfil")
    void stats() {
        at("2026-03-02T10:00:00Z");
        say("Bo", "/offer I can drive people to medical appointments");
        say("Cy", "/need a ride to my dialysis appointment");
        say("Cy", "/claim 1");
        at("2026-03-02T16:00:00Z");
        say("Bo", "/done 1");
        say("Di", "/need a lamp");
        String stats = say("Ana", "/stats").get(0);
        // Cy took the offer suggested for their need: the need is under way too
        assertTrue(stats.startsWith("Last 7 days: 3 posted, 2 matched, 2 claimed, 1 fulfilled, 0 expired; median time to fulfil: 6 h"), stats);
        at("2026-03-20T10:00:00Z");
        assertTrue(say("Ana", "/stats").get(0).startsWith("Last 7 days: 0 posted"), "the week has passed");
        assertEquals(Duration.ofDays(14), chat.app().bot().rules().needExpiry());
    }

    @Test
    @DisplayName("/stats counts a post claimed again, after a step back or a reopening, once")
    void statsCountClaimedPostsOnce() {
        at("2026-03-02T10:00:00Z");
        say("Cy", "/need a lamp");
        say("Bo", "/claim 1");
        say("Bo", "/unclaim 1");
        say("Di", "/claim 1");
        say("Cy", "/done 1");
        say("Cy", "/reopen 1");
        say("Cy", "/done 1");
        String stats = say("Ana", "/stats").get(0);
        assertTrue(stats.startsWith("Last 7 days: 1 posted, 0 matched, 1 claimed, 1 fulfilled, 0 expired"), stats);
    }
}
