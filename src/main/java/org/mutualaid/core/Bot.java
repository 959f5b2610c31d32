package org.mutualaid.core;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mutualaid.core.command.Command;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.core.command.PostAction;
import org.mutualaid.core.command.TextRules;
import org.mutualaid.core.handler.Context;
import org.mutualaid.core.handler.CoordinatorHandler;
import org.mutualaid.core.handler.ForgetHandler;
import org.mutualaid.core.handler.SettingsHandler;
import org.mutualaid.core.handler.WipeHandler;
import org.mutualaid.core.handler.SynonymHandler;
import org.mutualaid.core.model.FollowUpRules;
import org.mutualaid.core.handler.DismissHandler;
import org.mutualaid.core.handler.HelpText;
import org.mutualaid.core.handler.ListHandler;
import org.mutualaid.core.handler.MineHandler;
import org.mutualaid.core.handler.PostActionHandler;
import org.mutualaid.core.handler.PublishHandler;
import org.mutualaid.core.match.Matcher;
import org.mutualaid.core.model.Chat;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.port.Storage;
import org.mutualaid.core.port.Transaction;
import org.mutualaid.platform.Checked;
import org.mutualaid.platform.Checks;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Incoming;
import org.mutualaid.platform.Message;
import org.mutualaid.platform.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point for every platform. Each incoming message is handled in one transaction:
 * seen-event check, parse, use case, state change, replies into the outbox.
 */
public final class Bot {

    /** What became of one incoming message. */
    public enum Outcome {
        HANDLED, IGNORED, DUPLICATE,
        /** Handling failed; nothing of it was kept, the member got an apology, and the event counts as seen. */
        FAILED,
        /** Not even the failure could be written (the database is unwritable): deliver the event again later. */
        UNRECORDED
    }

    private static final Logger log = LoggerFactory.getLogger(Bot.class);
    /**
     * How long an event id is remembered. Telegram redelivers an unconfirmed update for at most
     * 24 hours, and after a week without updates it may number the next one at random, so an id
     * remembered for ever could one day be taken for a new update's. Three days covers every
     * redelivery and keeps the table small.
     */
    static final java.time.Duration EVENT_MEMORY = java.time.Duration.ofDays(3);
    /** How many of a member's groups an adapter is asked to check before one private command (the choices shown). */
    static final int MAX_CHECKS = 10;

    private final Storage storage;
    private final Clock clock;
    private final Matcher matcher;
    private final PublishHandler publish;
    private final ListHandler list;
    private final MineHandler mine = new MineHandler();
    private final PostActionHandler postAction;
    private final DismissHandler dismiss = new DismissHandler();

    private final FollowUpRules rules;
    private final SettingsHandler settings;
    private final CoordinatorHandler coordinatorCommands;
    private final SynonymHandler synonym;
    private final ForgetHandler forget = new ForgetHandler();
    private final WipeHandler wipe = new WipeHandler();
    private final org.mutualaid.core.handler.RelayHandler relay = new org.mutualaid.core.handler.RelayHandler();
    private final org.mutualaid.core.handler.ExportHandler export = new org.mutualaid.core.handler.ExportHandler();

    public Bot(Storage storage, Clock clock, Matcher matcher) {
        this(storage, clock, matcher, FollowUpRules.defaults(java.time.ZoneId.of("UTC")));
    }

    public Bot(Storage storage, Clock clock, Matcher matcher, FollowUpRules rules) {
        this.storage = storage;
        this.clock = clock;
        this.rules = rules;
        this.matcher = matcher;
        this.publish = new PublishHandler(matcher);
        this.postAction = new PostActionHandler(publish);
        this.list = new ListHandler(matcher.taxonomy());
        this.settings = new SettingsHandler();
        this.coordinatorCommands = new CoordinatorHandler();
        this.synonym = new SynonymHandler(matcher.taxonomy());
    }

    public FollowUpRules rules() {
        return rules;
    }

    /** Handles one message; never throws on what a member typed. */
    public Outcome handle(Incoming in, CommandParser parser) {
        return handle(in, parser, tx -> { });
    }

    /**
     * Handles one message, and when it is recorded (HANDLED) also does alsoInTransaction in the
     * same transaction: an adapter stores there how far it has read its platform's events, so that
     * the position and what the events changed are kept or lost together.
     */
    public Outcome handle(Incoming in, CommandParser parser, java.util.function.Consumer<Transaction> alsoInTransaction) {
        Command parsed = in.action() != null ? parser.parseAction(in.action()) : parser.parse(in.text());
        // plain words answering one of the bot's relay messages are passed on, as /reply would
        Command quoted = parsed instanceof Command.Ignore && in.privateChat() && in.quotedBotText() != null
                ? parser.parseAnswer(in.quotedBotText(), in.text()) : parsed;
        // so is "reply 3 …" with the slash left off: the words were plainly meant for that conversation
        Command answer = quoted instanceof Command.Ignore && in.privateChat() && !in.isPress() ? CommandParser.slashlessReply(in.text()) : quoted;
        // in a private chat everything is said to the bot: words it cannot use get a line saying what it can do
        Command plain = answer instanceof Command.Ignore && in.privateChat() && !in.isPress()
                && (in.text().isEmpty() || !TextRules.clean(in.text()).isEmpty()) ? new Command.PlainWords(in.text().isEmpty(), in.text()) : answer;
        // "help" or "hello" without the slash is someone finding their way in: they get what /help says
        Command command = plain instanceof Command.PlainWords && (GREETING.matcher(in.text()).matches() || LOST.matcher(in.text()).find())
                ? new Command.Help(true) : plain;
        // an unknown command in a group may be another bot's; a slip away from one of ours ("/ofer") is ours, but
        // not with "!", which Matrix rooms' other bots use for their own commands ("!ping")
        if (command instanceof Command.Ignore || command instanceof Command.Unknown u && !in.direct()
                && (u.prefix() != '/' || CommandParser.meant(u.name()).isEmpty())) {
            // the adapter fetched the chat's coordinators for this message: keep them even so
            if (in.coordinators() != null && !in.privateChat()) keepCoordinators(in);
            return Outcome.IGNORED;
        }
        Instant now = clock.instant();
        try {
            Outcome outcome = storage.inTransaction(tx -> {
                if (!tx.seenEvents().markSeen(in.platform(), in.eventId(), now)) return Outcome.DUPLICATE;
                if (command instanceof Command.PlainWords p && tx.members().find(in.platform(), in.senderRef()).isEmpty() && !publish.asksForHelp(p.text())) {
                    // someone the bot holds nothing about (new, or erased by /forget) is answered without being recorded,
                    // unless they ask for help: someone in trouble who writes first in their own words is not turned away
                    tx.outbox().add(new Destination(in.platform(), Destination.Kind.CHAT, in.chatRef(), in.messageRef(), in.threadRef()),
                            HelpText.plainWords(null, p.nothingTyped(), p.text()), now);
                    alsoInTransaction.accept(tx);
                    return Outcome.HANDLED;
                }
                Chat chat = tx.chats().resolve(in.platform(), in.chatRef(), in.chatTitle(), in.privateChat(), now);
                Member sender = tx.members().resolve(in.platform(), in.senderRef(), in.senderName(), now);
                if (in.privateChat()) tx.members().markPrivate(sender.id(), now);
                else tx.chats().noteMember(chat.id(), sender.id(), now);
                if (in.coordinators() != null && !in.privateChat()) replaceCoordinators(tx, chat, in, now);
                // what the platform said just now of the sender's groups counts before the command does
                Context.Departures departures = in.privateChat() && in.checked() != null
                        ? MemberStandings.keep(tx, in.platform(), sender, in.checked(), now) : Context.Departures.NONE;
                Context ctx = new Context(tx, chat, sender, in, now, rules, departures);
                dispatch(ctx, command);
                // a press left unanswered keeps spinning on the member's phone
                if (in.isPress() && !ctx.pressAnswered()) ctx.answerPress("OK");
                alsoInTransaction.accept(tx);
                return Outcome.HANDLED;
            });
            // erased text must not stay behind in the write-ahead log
            if (outcome == Outcome.HANDLED && (command instanceof Command.Forget f && f.confirmed()
                    || command instanceof Command.Wipe w && w.confirmed())) {
                matcher.forgetProfiles();
                storage.checkpoint();
            }
            // nor in the matcher's profiles of the posts it scored
            if (outcome == Outcome.HANDLED && command instanceof Command.OnPost p && p.action() == PostAction.REDACT) {
                matcher.forgetProfiles();
            }
            return outcome;
        } catch (RuntimeException e) {
            // nothing of the failed transaction was kept, not even in memory: the matcher may have kept the new post's profile
            matcher.forgetProfiles();
            // say sorry once, and never see this event again
            log.error("Handling event {} on {} failed; nothing was stored", in.eventId(), in.platform(), e);
            return apologise(in, now) ? Outcome.FAILED : Outcome.UNRECORDED;
        }
    }

    /**
     * The chat got a new id on its platform (a group upgraded to a supergroup): posts, numbers and
     * pending messages move with it. Recorded with the event, so a second delivery changes nothing.
     */
    public Outcome chatMoved(String platform, String eventId, String oldRef, String newRef) {
        return recordEvent(platform, eventId, tx -> {
            if (tx.chats().move(platform, oldRef, newRef)) {
                int pending = tx.outbox().retarget(platform, oldRef, newRef);
                log.info("A chat on {} moved to a new id; {} pending messages follow it", platform, pending);
            } else {
                log.warn("A chat on {} moved to a new id that already has posts, or was never seen; nothing moved", platform);
            }
        });
    }

    /**
     * The bot was removed from a chat or added back: stop writing there, or start again. The data
     * stays. privateMemberRef is, for a private chat, the member who blocked or unblocked the bot.
     */
    public Outcome chatMembership(String platform, String eventId, String chatRef, String title, String privateMemberRef,
                                  boolean present) {
        return chatMembership(platform, eventId, chatRef, title, privateMemberRef, present, tx -> { });
    }

    /** As above, and alsoInTransaction (an adapter's read position) in the same transaction when recorded. */
    public Outcome chatMembership(String platform, String eventId, String chatRef, String title, String privateMemberRef,
                                  boolean present, java.util.function.Consumer<Transaction> alsoInTransaction) {
        return recordEvent(platform, eventId, alsoInTransaction, tx -> {
            Instant now = clock.instant();
            tx.chats().resolve(platform, chatRef, title, privateMemberRef != null, now);
            tx.chats().setReachable(platform, chatRef, present, now);
            if (!present) tx.outbox().failPendingTo(platform, Destination.Kind.CHAT, chatRef, "the bot was removed", now);
            if (privateMemberRef != null) {
                tx.members().setReachable(platform, privateMemberRef, present, now);
                if (!present) tx.outbox().failPendingTo(platform, Destination.Kind.MEMBER, privateMemberRef, "the member blocked the bot", now);
            }
        });
    }

    /** commands other bots have for changing a message, which ours answer with the way to do it */
    private static final java.util.Set<String> CHANGES = java.util.Set.of("edit", "change", "update", "delete", "remove", "fix");

    /** someone who says they do not know what to do: "i dont know how this works", "what do i type" */
    private static final java.util.regex.Pattern LOST = java.util.regex.Pattern.compile(
            "(?i)\\b(how (does )?this works?|how do i use|how does it work|what do i (type|do|write|say)|don'?t know what to (type|do)"
            + "|i don'?t understand|i dont understand|what is this bot)\\b");

    private static final java.util.regex.Pattern GREETING = java.util.regex.Pattern.compile(
            "(?i)\\s*(help|help me|help please|please help|hi|hello|hey|hiya|start|menu|\\?)[\\s!.?]*");

    /**
     * What the adapter should ask its platform before this message is handled: for a private
     * /need, /offer, /post or /claim, or plain words asking for help, whether the sender is still in the groups stored as theirs;
     * for /export, /digest, /stats, /list, /unclaim, /reopen, /close and /done, who coordinates the groups stored as theirs to coordinate. Nothing for anything
     * else. The adapter asks outside any transaction and hands the answers back with
     * {@link Incoming#withChecked}; what it could not ask about goes by what is stored.
     */
    public Checks checksFor(Incoming in, CommandParser parser) {
        if (!in.privateChat()) return Checks.NONE;
        Command command = in.action() != null ? parser.parseAction(in.action()) : parser.parse(in.text());
        boolean membership = command instanceof Command.Publish || command instanceof Command.ChooseGroup
                || command instanceof Command.OnPost p && p.action() == PostAction.CLAIM
                || command instanceof Command.Ignore && in.quotedBotText() == null && publish.asksForHelp(in.text());
        boolean coordination = command instanceof Command.Export || command instanceof Command.Digest || command instanceof Command.Stats
                || command instanceof Command.ListPosts
                || command instanceof Command.OnPost p && (p.action() == PostAction.UNCLAIM || p.action() == PostAction.REOPEN
                || p.action() == PostAction.CLOSE || p.action() == PostAction.DONE);
        if (!membership && !coordination) return Checks.NONE;
        try {
            return storage.inTransaction(tx -> {
                Optional<Member> m = tx.members().find(in.platform(), in.senderRef());
                List<Chat> groups = m.map(member -> membership ? tx.chats().groupsOf(member.id())
                        : tx.coordinators().chatsOf(member.id()).stream().flatMap(id -> tx.chats().byId(id).stream()).toList())
                        .orElse(List.of());
                List<String> refs = onPlatform(groups, in.platform());
                // someone the bot has not seen in any group here: the groups it is in are asked instead, so that a
                // private need does not wait for a /list in the group, which the group would see just before the nameless post
                if (membership && refs.isEmpty()) refs = onPlatform(tx.chats().reachableGroups(), in.platform());
                return membership ? new Checks(refs, List.of()) : new Checks(List.of(), refs);
            });
        } catch (RuntimeException e) {
            log.warn("Could not read which groups to check on {}; going by what is stored", in.platform(), e);
            return Checks.NONE;
        }
    }

    private static List<String> onPlatform(List<Chat> groups, String platform) {
        return groups.stream().filter(c -> c.platform().equals(platform) && !c.privateChat()).limit(MAX_CHECKS).map(Chat::ref).toList();
    }

    /**
     * A member left a group or was removed from it: it is no longer one of their groups (not
     * offered for a private /need, no posting or claiming there privately) and they no longer
     * coordinate it. Their posts stay. Recorded with the event, so a second delivery changes nothing.
     */
    public Outcome memberLeft(String platform, String eventId, String chatRef, String memberRef,
                              java.util.function.Consumer<Transaction> alsoInTransaction) {
        return membersChanged(platform, eventId, chatRef, List.of(new Person(memberRef, null)), Checked.Standing.LEFT, alsoInTransaction);
    }

    /**
     * Members left a group, or were promoted or demoted there, as the platform told the bot: their
     * standing there is now this one. Only a group and members the bot already knows are touched;
     * nobody new is recorded. Recorded with the event.
     */
    public Outcome membersChanged(String platform, String eventId, String chatRef, List<Person> members, Checked.Standing standing,
                                  java.util.function.Consumer<Transaction> alsoInTransaction) {
        return recordEvent(platform, eventId, alsoInTransaction, tx -> tx.chats().find(platform, chatRef).ifPresent(group -> {
            for (Person p : members) {
                tx.members().find(platform, p.ref()).ifPresent(m -> MemberStandings.apply(tx, group, m, standing, clock.instant()));
            }
        }));
    }

    /**
     * Members joined a group: it is theirs to ask in privately. Whether they coordinate it is not
     * said by a join and stays as it was. Only members the bot already knows (who wrote to it before,
     * or come back after leaving) are noted: a stranger joining leaves no trace. Recorded with the event.
     */
    public Outcome membersJoined(String platform, String eventId, String chatRef, List<Person> members,
                                 java.util.function.Consumer<Transaction> alsoInTransaction) {
        return recordEvent(platform, eventId, alsoInTransaction, tx -> tx.chats().find(platform, chatRef).ifPresent(group -> {
            for (Person p : members) tx.members().find(platform, p.ref()).ifPresent(m -> tx.chats().noteMember(group.id(), m.id(), clock.instant()));
        }));
    }

    /**
     * The chat's coordinators changed on the platform (a Matrix room's power levels, or a coordinator
     * left), told without a message: they are these from now on. Recorded with the event.
     */
    public Outcome coordinatorsChanged(String platform, String eventId, String chatRef, String title, List<Person> coordinators,
                                       java.util.function.Consumer<Transaction> alsoInTransaction) {
        return recordEvent(platform, eventId, alsoInTransaction, tx -> {
            Instant now = clock.instant();
            MemberStandings.replaceCoordinators(tx, tx.chats().resolve(platform, chatRef, title, false, now), platform, coordinators, now);
        });
    }

    /**
     * The bot is in a chat whose messages it cannot read (an end-to-end encrypted Matrix room):
     * it says so there once, rather than ignoring every command in silence.
     */
    public Outcome chatUnreadable(String platform, String eventId, String chatRef, String title,
                                  java.util.function.Consumer<Transaction> alsoInTransaction) {
        return recordEvent(platform, eventId, alsoInTransaction, tx -> {
            Instant now = clock.instant();
            tx.chats().resolve(platform, chatRef, title, false, now);
            tx.outbox().add(Destination.chat(platform, chatRef), Message.of(
                    "I can't read messages here: this chat is end-to-end encrypted, and I can't decrypt. "
                            + "Commands sent here won't reach me. Please add me to a chat without encryption."), now);
            // no digests or reminders into a chat nobody can answer in; the notice above still goes out
            tx.chats().setReachable(platform, chatRef, false, now);
            log.warn("A chat on {} is end-to-end encrypted; the bot cannot read it and said so there", platform);
        });
    }

    /** Forgets event ids older than EVENT_MEMORY; run now and then (the service does it hourly). */
    public int forgetOldEvents() {
        Instant before = clock.instant().minus(EVENT_MEMORY);
        int forgotten = storage.inTransaction(tx -> tx.seenEvents().forgetBefore(before));
        if (forgotten > 0) log.info("Forgot {} event ids older than {} days", forgotten, EVENT_MEMORY.toDays());
        return forgotten;
    }

    /** How long a message the bot sent is kept in the outbox after it went out: for a look when something went wrong. */
    static final java.time.Duration SENT_MEMORY = java.time.Duration.ofDays(7);

    /**
     * Erases the text of posts closed longer ago than the retention and forgets messages sent
     * more than a week ago. Run now and then (the service does it hourly).
     */
    public int eraseOldText() {
        Instant now = clock.instant();
        int[] counts = storage.inTransaction(tx -> new int[] {
                tx.posts().eraseClosedText(now.minus(rules.retention())),
                tx.outbox().deleteFinishedBefore(now.minus(SENT_MEMORY)),
                tx.pendingPosts().removeBefore(now.minus(PublishHandler.PENDING_LIFE))});
        if (counts[0] > 0) matcher.forgetProfiles();
        if (counts[0] + counts[1] + counts[2] > 0) {
            log.info("Erased the text of {} closed posts, {} sent messages and {} needs never posted", counts[0], counts[1], counts[2]);
            storage.checkpoint();
        }
        return counts[0];
    }

    private record ProfileBatch(int found, int kept, long lowestId) {}

    /** Open posts profiled per transaction by {@link #keepProfiles()}: each holds the database for some milliseconds. */
    static final int PROFILE_BATCH = 200;

    /**
     * Keeps a profile with every open post that has none, or one made by other matching rules
     * (posts from before this build, or from before profiles were kept): scoring those as
     * candidates would otherwise read their text again each time. Run after start and now and
     * then (the service does it hourly); done in small transactions, so members' commands are
     * handled in between. Returns how many posts got a profile.
     */
    public int keepProfiles() {
        String version = matcher.rulesVersion();
        int kept = 0;
        long below = Long.MAX_VALUE;
        while (true) {
            long from = below;
            ProfileBatch batch = storage.inTransaction(tx -> {
                List<Post> posts = tx.posts().openWithoutProfile(version, from, PROFILE_BATCH);
                int n = 0;
                for (Post p : posts) {
                    java.util.Optional<String> profile = matcher.profileToKeep(p.text(), p.kind());
                    if (profile.isPresent()) {
                        tx.posts().keepProfile(p.id(), profile.get());
                        n++;
                    }
                }
                return new ProfileBatch(posts.size(), n, posts.isEmpty() ? 0 : posts.get(posts.size() - 1).id());
            });
            kept += batch.kept();
            if (batch.found() < PROFILE_BATCH) break;
            below = batch.lowestId();
        }
        if (kept > 0) log.info("Kept the matcher's profiles of {} open posts", kept);
        return kept;
    }

    /** The chat's coordinators are now those the platform reported with this message. */
    private static void replaceCoordinators(Transaction tx, Chat chat, Incoming in, Instant now) {
        MemberStandings.replaceCoordinators(tx, chat, in.platform(), in.coordinators(), now);
    }

    private void keepCoordinators(Incoming in) {
        Instant now = clock.instant();
        try {
            storage.inTransaction(tx -> {
                replaceCoordinators(tx, tx.chats().resolve(in.platform(), in.chatRef(), in.chatTitle(), false, now), in, now);
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("Could not keep the coordinators of a chat on {}", in.platform(), e);
        }
    }

    private Outcome recordEvent(String platform, String eventId, java.util.function.Consumer<Transaction> change) {
        return recordEvent(platform, eventId, tx -> { }, change);
    }

    private Outcome recordEvent(String platform, String eventId, java.util.function.Consumer<Transaction> alsoInTransaction,
                                java.util.function.Consumer<Transaction> change) {
        Instant now = clock.instant();
        try {
            return storage.inTransaction(tx -> {
                if (!tx.seenEvents().markSeen(platform, eventId, now)) return Outcome.DUPLICATE;
                change.accept(tx);
                alsoInTransaction.accept(tx);
                return Outcome.HANDLED;
            });
        } catch (RuntimeException e) {
            log.error("Handling event {} on {} failed; nothing was stored", eventId, platform, e);
            try {
                storage.inTransaction(tx -> tx.seenEvents().markSeen(platform, eventId, now));
                return Outcome.FAILED;
            } catch (RuntimeException again) {
                log.error("Could not record the failure of event {} on {}", eventId, platform, again);
                return Outcome.UNRECORDED;
            }
        }
    }

    private void dispatch(Context ctx, Command command) {
        if (command instanceof Command.Publish c) {
            publish.handle(ctx, c);
        } else if (command instanceof Command.ListPosts c) {
            list.handle(ctx, c);
        } else if (command instanceof Command.Mine) {
            mine.handle(ctx);
        } else if (command instanceof Command.OnPost c) {
            // acting on a post answers the question whether to post plain words otherwise: a later "ok" must not post them
            if (ctx.chat().privateChat()) ctx.tx().pendingPosts().remove(ctx.sender().id());
            postAction.handle(ctx, c);
        } else if (command instanceof Command.WhichPost c) {
            postAction.whichPost(ctx, c.action());
        } else if (command instanceof Command.ChooseGroup c) {
            publish.choose(ctx, c);
        } else if (command instanceof Command.Reply c) {
            relay.reply(ctx, c);
        } else if (command instanceof Command.ShareContact c) {
            relay.share(ctx, c);
        } else if (command instanceof Command.EndRelay c) {
            relay.end(ctx, c);
        } else if (command instanceof Command.Relays) {
            relay.list(ctx);
        } else if (command instanceof Command.Export c) {
            export.handle(ctx, c);
        } else if (command instanceof Command.Dismiss c) {
            dismiss.handle(ctx, c);
        } else if (command instanceof Command.Wipe c) {
            wipe.handle(ctx, c);
        } else if (command instanceof Command.Forget c) {
            forget.handle(ctx, c);
        } else if (command instanceof Command.Synonym c) {
            synonym.handle(ctx, c);
        } else if (command instanceof Command.ForgetSynonym c) {
            synonym.forget(ctx, c);
        } else if (command instanceof Command.Settings c) {
            settings.handle(ctx, c);
        } else if (command instanceof Command.Digest || command instanceof Command.Stats || command instanceof Command.Coordinators) {
            coordinatorCommands.handle(ctx, command);
        } else if (command instanceof Command.Help c) {
            boolean privately = ctx.chat().privateChat();
            // privately, what a coordinator can do there is for those who coordinate a group
            boolean coordinator = privately ? !ctx.tx().coordinators().chatsOf(ctx.sender().id()).isEmpty() : ctx.senderCoordinates();
            // "hello?" from someone waiting on a need is as much "are you still there?" as a greeting
            ctx.reply(HelpText.help(privately, c.start(), coordinator,
                    privately && c.start() ? PublishHandler.waitingLine(ctx) : java.util.Optional.empty()));
        } else if (command instanceof Command.Invalid c) {
            ctx.refuse(c.reply());
        } else if (command instanceof Command.Unknown c) {
            // a slip of the thumb is answered with what was meant, the words included, ready to send again
            if (CHANGES.contains(c.name())) {
                // there is no editing: a post changed under its claimer would change what they agreed to
                ctx.reply("I can't change a post once it's posted. To change yours: /cancel and its number, then post it again as you'd like it.");
                return;
            }
            String meant = CommandParser.meant(c.name()).map(m -> c.prefix() + m).orElse(null);
            ctx.reply("I don't know " + c.prefix() + c.name() + ". " + (meant == null ? "Type /help to see what I can do."
                    : "Did you mean " + meant + "?" + (c.rest().isEmpty() ? " Type /help to see what I can do." : " Send it again like this: " + meant + " " + c.rest())));
        } else if (command instanceof Command.PlainWords c) {
            Integer conversation = relay.latestNumber(ctx);
            // "stats" or "done 3" without the slash: the command is plain, the slash is what was missing
            Optional<String> slashless = CommandParser.withoutSlash(c.text());
            if (slashless.isPresent()) {
                ctx.reply("Did you mean " + slashless.get() + "? Commands start with a slash: send " + slashless.get() + ".");
            } else if (!publish.plainWords(ctx, c.text(), conversation)) {
                Message.Builder b = Message.builder().text(HelpText.plainWords(conversation, c.nothingTyped(), c.text(),
                        PublishHandler.waitingLine(ctx)).plainText());
                PublishHandler.reopenHint(ctx, b);
                ctx.reply(b.build());
            }
        }
    }

    /** Returns false if not even the apology could be written. */
    private boolean apologise(Incoming in, Instant now) {
        Message sorry = Message.of("Sorry, something went wrong on my side and nothing was saved. Please try again in a minute.");
        try {
            storage.inTransaction((Transaction tx) -> {
                if (tx.seenEvents().markSeen(in.platform(), in.eventId(), now)) {
                    Destination to = in.isPress() ? Destination.press(in.platform(), in.pressRef())
                            : new Destination(in.platform(), Destination.Kind.CHAT, in.chatRef(), in.messageRef(), in.threadRef());
                    tx.outbox().add(to, sorry, now);
                }
                return null;
            });
            return true;
        } catch (RuntimeException e) {
            log.error("Could not record the failure of event {} on {}", in.eventId(), in.platform(), e);
            return false;
        }
    }
}
