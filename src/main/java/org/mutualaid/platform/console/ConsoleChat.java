package org.mutualaid.platform.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mutualaid.core.Bot;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.outbox.Dispatcher;
import org.mutualaid.platform.Incoming;
import org.mutualaid.platform.Person;

/**
 * A local group chat in the terminal. Each line speaks as a member, in the group, in their private
 * chat with the bot ("ana (private): ...") or in another group ("ana (in Northside): ..."); the
 * bot's answers go through the outbox like on every platform and are printed as soon as they are sent.
 */
public final class ConsoleChat {

    static final String CHAT_REF = "local";
    private static final int SEND_BATCH = 100;
    /** the console's own word on a line it cannot tell the speaker of: no member's message, so not through the bot */
    static final String MISNAMED = "(console) I couldn't tell who is speaking. Start the line with a name and a colon, like "
            + "\"ana: /need a lift\", \"ana (private): /mine\" or \"ana (in Northside): /list\".";

    private final Bot bot;
    private final Dispatcher dispatcher;
    private final CommandParser parser;
    private final PrintStream out;

    private final List<Person> coordinators;
    private final Runnable dueFollowUps;

    public ConsoleChat(Bot bot, Dispatcher dispatcher, String botName, PrintStream out) {
        this(bot, dispatcher, botName, out, List.of(), () -> { });
    }

    /**
     * coordinators: the names given with --coordinators, who may use /settings, /digest and /stats.
     * dueFollowUps: runs the digests, reminders and expiries that have fallen due.
     */
    public ConsoleChat(Bot bot, Dispatcher dispatcher, String botName, PrintStream out, List<String> coordinators, Runnable dueFollowUps) {
        this.coordinators = coordinators.stream().map(n -> new Person(n.toLowerCase(Locale.ROOT), n)).toList();
        this.dueFollowUps = dueFollowUps;
        this.bot = bot;
        this.dispatcher = dispatcher;
        this.parser = new CommandParser(botName);
        this.out = out;
    }

    /** Reads lines until /quit or end of input. prompt: show "name> " before each line (interactive use). */
    public void run(BufferedReader in, boolean prompt) throws IOException {
        String speaker = "you";
        String place = null;
        // anything left unsent from an earlier run goes out first
        flush();
        while (true) {
            if (prompt) {
                out.print(speaker + "> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null) break;
            if (line.isBlank()) continue;
            if (ConsoleLine.looksMisnamed(line)) {
                out.println(MISNAMED);
                continue;
            }
            // the service runs them every minute; here they run when someone speaks, so output never interrupts typing
            // and piped input gives the same transcript however fast it is read
            dueFollowUps.run();
            flush();
            ConsoleLine typed = ConsoleLine.parse(line, speaker, place);
            speaker = typed.speaker();
            place = typed.place();
            // "ana:" alone changes who speaks, like a line of its own would
            if (typed.text().isBlank()) continue;
            if (typed.text().strip().equalsIgnoreCase("/quit")) break;
            String member = speaker.toLowerCase(Locale.ROOT);
            boolean privately = ConsoleLine.PRIVATE.equals(place);
            // a group is the same whoever types its name in which case: "Northside" is "northside"
            String chatRef = privately ? ConsoleMessenger.PRIVATE_PREFIX + member
                    : place == null ? CHAT_REF : ConsoleMessenger.GROUP_PREFIX + place.toLowerCase(Locale.ROOT);
            Incoming message = new Incoming(ConsoleMessenger.PLATFORM, "line-" + UUID.randomUUID(), chatRef,
                    privately || place == null ? null : place, privately, member, speaker, typed.text(), null, null, null, true, null, null);
            bot.handle(coordinators.isEmpty() || privately ? message : message.withCoordinators(coordinators), parser);
            flush();
        }
    }

    private void flush() {
        while (dispatcher.sendDue(SEND_BATCH) > 0) {
            // each read takes one row per place: keep going until nothing due is left
        }
    }
}
