package org.mutualaid.core.handler;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mutualaid.core.command.Command;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.core.command.PlainAnswers;
import org.mutualaid.core.command.PostAction;
import org.mutualaid.core.command.TextRules;
import org.mutualaid.core.match.GroupWords;
import org.mutualaid.core.match.Matcher;
import org.mutualaid.core.match.Suggestion;
import org.mutualaid.core.model.Chat;
import org.mutualaid.core.model.NewPost;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.PostStatus;
import org.mutualaid.core.port.PendingPosts;
import org.mutualaid.platform.Button;
import org.mutualaid.platform.Message;

/**
 * /need and /offer: store the post, suggest up to three posts of the other kind, record the
 * suggestions. Typed in a private chat, the post goes to one of the member's groups without their
 * name (asking which group when there are several: /post n).
 */
public final class PublishHandler {

    /** How long a need typed privately waits for its author to choose the group. */
    public static final Duration PENDING_LIFE = Duration.ofDays(1);
    /** How soon after the bot asked plain words still answer it: a "yes", or a detail of the story without a kind of help of its own. */
    static final Duration ANSWER_WITHIN = Duration.ofMinutes(15);
    /** how long after a need went up its author's plain words may be taken as more of it */
    static final Duration JUST_POSTED = Duration.ofHours(1);
    private static final int GROUP_CHOICES = 10;
    private static final int BUTTON_TITLE = 40;
    /** a number alone, answering which group: "2", "#2", "2." */
    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile("\\s*#?(\\d{1,2})\\.?\\s*");

    private final Matcher matcher;

    public PublishHandler(Matcher matcher) {
        this.matcher = matcher;
    }

    public void handle(Context ctx, Command.Publish cmd) {
        if (ctx.chat().privateChat()) {
            askPrivately(ctx, cmd.kind(), cmd.text());
            return;
        }
        publish(ctx, cmd.kind(), cmd.text(), null, false);
    }

    /** /need or /offer in a private chat: posted without the name in the member's one group, or asks which. */
    private void askPrivately(Context ctx, PostKind kind, String text) {
        List<Chat> groups = ctx.tx().chats().groupsOf(ctx.sender().id());
        // the platform said just now that some group stored as theirs is not any more
        List<Chat> left = ctx.departures().left();
        if (groups.isEmpty() && !left.isEmpty()) {
            ctx.reply(noLongerIn(left) + " If you're in another group, type /list once in its chat, then send me your "
                    + kind.word() + " here again.");
            return;
        }
        if (groups.isEmpty()) {
            // kept, so that someone in trouble need not type it again; posted only when they ask, as the group sees the /list
            ctx.tx().pendingPosts().put(ctx.sender().id(), kind, text, List.of(), ctx.now());
            ctx.reply(notInAGroupYet(kind));
            return;
        }
        // with a group gone since they last asked, the one left is not taken for granted: they choose it
        if (groups.size() == 1 && left.isEmpty()) {
            // what they typed now takes the place of anything still waiting to be posted: a later "/post 1" must not post that
            ctx.tx().pendingPosts().remove(ctx.sender().id());
            publish(ctx.inGroup(groups.get(0)), kind, text, null, true);
            return;
        }
        Message.Builder b = Message.builder();
        if (!left.isEmpty()) b.line(noLongerIn(left));
        b.line("Which group should I post your " + kind.word() + " in, without your name?");
        askWhichGroup(ctx, b, kind, text, groups, false);
        b.text("Tap one, or type /post and its number, like /post 1.");
        ctx.reply(b.build());
    }

    /** Keeps the post until its author chooses, and lists the groups with a button each; oneAsked: a single group, asked about by name. */
    private static void askWhichGroup(Context ctx, Message.Builder b, PostKind kind, String text, List<Chat> groups, boolean oneAsked) {
        List<Chat> shown = groups.subList(0, Math.min(GROUP_CHOICES, groups.size()));
        ctx.tx().pendingPosts().put(ctx.sender().id(), kind, text, shown.stream().map(Chat::id).toList(), ctx.now());
        long stamp = CommandParser.stamp(ctx.now());
        for (int i = 0; i < shown.size(); i++) {
            String title = title(shown.get(i));
            if (!oneAsked) b.line((i + 1) + ". " + title);
            String label = oneAsked ? "Post it in " + title : title;
            b.buttonRow(List.of(new Button(TextRules.firstWords(label, BUTTON_TITLE), CommandParser.chooseAction(i + 1, stamp))));
        }
    }

    /**
     * Words typed privately that are no command. A number answers the question which group; words
     * that name a kind of help are offered for posting as a need without the name, by one tap, as
     * someone in trouble should not have to type it all again; nothing is posted unless they tap.
     * False when it is neither, for the usual line on what the bot can do.
     */
    public boolean plainWords(Context ctx, String text, Integer conversation) {
        Optional<PendingPosts.Pending> pending = ctx.tx().pendingPosts().of(ctx.sender().id(), ctx.now().minus(PENDING_LIFE));
        java.util.regex.Matcher number = BARE_NUMBER.matcher(text);
        if (pending.isPresent() && number.matches()) {
            choose(ctx, new Command.ChooseGroup(Integer.parseInt(number.group(1)), null));
            return true;
        }
        // "yes" to "Shall I post it in X?", soon after it was asked: with one group asked about, that is the tap they did not find;
        // an "ok" hours later may answer anything
        if (pending.isPresent() && PlainAnswers.yes(text) && pending.get().createdAt().isAfter(ctx.now().minus(ANSWER_WITHIN))) {
            if (pending.get().chatIds().size() <= 1) choose(ctx, new Command.ChooseGroup(1, null));
            else ctx.reply("Which group? Type its number from my list, like 1.");
            return true;
        }
        if (pending.isPresent() && PlainAnswers.no(text)) {
            ctx.tx().pendingPosts().remove(ctx.sender().id());
            ctx.reply("OK, I won't post it. Nothing was sent to anyone.");
            return true;
        }
        // what is offered for posting is cleaned and checked as a typed /need is
        String cleaned = TextRules.clean(text);
        if (!postable(cleaned)) return false;
        if (pending.isPresent()) return moreWords(ctx, pending.get(), cleaned);
        // a detail soon after a need went up ("its at 14 Elm St, call me") is not part of it: say so, and where it can go
        Optional<Post> justPosted = justPostedNeed(ctx);
        // a word alone ("done", "forget") is talk, not a detail
        if (justPosted.isPresent() && PlainAnswers.addsDetail(cleaned) && cleaned.strip().contains(" ")
                && matcher.categorize(cleaned, ctx.tx().synonyms().of(justPosted.get().chatId())).isEmpty()) {
            ctx.reply("I haven't added that to your need #" + justPosted.get().number() + ": I can't change a post once it's up. "
                    + instead(justPosted.get()));
            return true;
        }
        // "I want to give a sofa, anyone need?" is help offered: posting it as a need would ask for what they give
        PostKind kind = PlainAnswers.offersHelp(cleaned) ? PostKind.OFFER : PostKind.NEED;
        List<Chat> groups = ctx.tx().chats().groupsOf(ctx.sender().id());
        if (groups.isEmpty()) {
            if (matcher.categorize(cleaned).isEmpty()) return false;
            ctx.tx().pendingPosts().put(ctx.sender().id(), kind, cleaned, List.of(), ctx.now());
            ctx.reply(notInAGroupYet(kind));
            return true;
        }
        if (matcher.categorize(cleaned, ctx.tx().synonyms().of(groups.get(0).id())).isEmpty()) return false;
        Message.Builder b = Message.builder();
        String asAKind = asA(kind);
        b.line(groups.size() == 1
                ? "Shall I post your message in " + title(groups.get(0)) + asAKind + " Only if you tap below, or type /post 1."
                : "Shall I post your message" + asAKind + " Only if you choose a group:");
        askWhichGroup(ctx, b, kind, cleaned, groups, groups.size() == 1);
        if (groups.size() > 1) b.line("Tap one, or type /post and its number, like /post 1.");
        b.text(kind == PostKind.NEED ? "If it is an offer of help, send it as /offer and your words."
                : "If you are asking for help, send it as /need and your words.");
        // someone in a conversation through the bot may be writing to the other side: both ways are shown, nothing is sent yet
        if (conversation != null) b.newline().text("If it is for the neighbour you talk with about #" + conversation + ": /reply " + conversation
                + " and your message.");
        justPosted.ifPresent(p -> b.newline().text("If it's more about your need #" + p.number() + ": a post can't change once it's up. Tell "
                + (p.anonymous() ? "whoever helps with /reply " + p.number() + " once I put you in touch" : "whoever helps once they offer")
                + ", or " + again(p)));
        reopenHint(ctx, b);
        ctx.reply(b.build());
        return true;
    }

    /**
     * More words while a post waits for its group: people write one story in several messages, so
     * another plea, or a detail sent soon after (ANSWER_WITHIN), joins the need waiting, and the question is
     * asked again with the whole text. An offer waiting takes details but no plea. Thanks, a yes or
     * a question to the bot leave it as it is.
     */
    private boolean moreWords(Context ctx, PendingPosts.Pending waiting, String cleaned) {
        String joined = waiting.text() + "\n" + cleaned;
        PostKind kind = waiting.kind();
        if (TextRules.problemWithPost(joined, kind.word()) != null) return false;
        List<Chat> groups = ctx.tx().chats().groupsOf(ctx.sender().id());
        // a detail soon after ("its the one on high street") belongs to the story as much as another plea does; a question to the bot does not
        boolean detail = waiting.createdAt().isAfter(ctx.now().minus(ANSWER_WITHIN)) && PlainAnswers.addsDetail(cleaned);
        boolean joins = kind == PostKind.NEED
                ? detail || !matcher.categorize(cleaned, groups.isEmpty() ? GroupWords.NONE : ctx.tx().synonyms().of(groups.get(0).id())).isEmpty()
                // a plea after an offer is no part of the offer
                : detail && !PlainAnswers.asksForHelp(cleaned);
        if (!joins) return false;
        if (groups.isEmpty()) {
            ctx.tx().pendingPosts().put(ctx.sender().id(), kind, joined, List.of(), ctx.now());
            ctx.reply("I've added that to the " + kind.word() + " I'm keeping for you. " + notInAGroupYet(kind));
            return true;
        }
        String asAKind = asA(kind);
        Message.Builder b = Message.builder().line("I've put your messages together:").line("\"" + joined + "\"");
        b.line(groups.size() == 1 ? "Shall I post it in " + title(groups.get(0)) + asAKind + " Only if you tap below, or type /post 1."
                : "Shall I post it" + asAKind + " Only if you choose a group:");
        askWhichGroup(ctx, b, kind, joined, groups, groups.size() == 1);
        if (groups.size() > 1) b.line("Tap one, or type /post and its number, like /post 1.");
        ctx.reply(b.build());
        return true;
    }

    /** The sender's newest need still open, posted within JUST_POSTED: words sent after it may be meant for it. */
    private static Optional<Post> justPostedNeed(Context ctx) {
        Instant since = ctx.now().minus(JUST_POSTED);
        return ctx.tx().posts().liveByAuthorEverywhere(ctx.sender().id()).stream()
                .filter(p -> p.kind() == PostKind.NEED && p.status() == PostStatus.OPEN && p.createdAt().isAfter(since))
                .max(java.util.Comparator.comparing(Post::createdAt));
    }

    /**
     * Where words sent after a need can go, as they are not added to it: a post is not changed
     * once up (its claimer agreed to what it said), and an address or a phone number is for the
     * helper, not the group.
     */
    private static String instead(Post need) {
        return "If it's for whoever helps (where, when, how to reach you), " + (need.anonymous()
                ? "keep it for now: when someone offers, I'll put you in touch here, and you can tell them with /reply " + need.number() + "."
                : "tell them once someone offers.")
                + " If the need itself has changed: " + again(need);
    }

    private static String again(Post need) {
        return "/cancel " + need.number() + ", then " + (need.anonymous() ? "send me all of it again." : "post it again.");
    }

    /**
     * What someone writing "hello? are you still there?" most wants to know: whether their need is
     * still waiting, and where they will hear when help comes. Empty when they have no open need.
     */
    public static Optional<String> waitingLine(Context ctx) {
        List<Post> open = ctx.tx().posts().liveByAuthorEverywhere(ctx.sender().id()).stream()
                .filter(p -> p.kind() == PostKind.NEED && p.status() == PostStatus.OPEN).toList();
        if (open.isEmpty()) return Optional.empty();
        if (open.size() > 1) return Optional.of("You have " + open.size() + " needs still open; /mine shows them. "
                + "When someone offers to help, you'll hear from me.");
        Post need = open.get(0);
        String group = ctx.tx().chats().byId(need.chatId()).map(PublishHandler::title).orElse("your group");
        return Optional.of("Your need #" + need.number() + " in " + group + " is still open. " + (need.anonymous()
                ? "I'll write to you here as soon as someone offers to help."
                : "When someone offers to help, I'll say so in " + group + ", naming you."));
    }

    /** Said to someone whose own post closed within the hour: what they write may be about a mistaken tap. */
    public static void reopenHint(Context ctx, Message.Builder b) {
        ctx.tx().posts().lastClosedBy(ctx.sender().id(), ctx.now().minus(Duration.ofHours(1)))
                .ifPresent(p -> b.newline().text("If you closed #" + p.number() + " by mistake: /reopen " + p.number() + "."));
    }

    /**
     * Whether plain words could be posted as a need: they pass a typed /need's checks and name a
     * kind of help (by the built-in taxonomy; a group's own words count once its group is known).
     * The bot asks this before recording someone it has never seen.
     */
    public boolean asksForHelp(String text) {
        String cleaned = TextRules.clean(text == null ? "" : text);
        return postable(cleaned) && !matcher.categorize(cleaned).isEmpty();
    }

    /** A command meant for another bot ("/need@OtherBot soup") is no words to post; the rest is checked as a typed /need is. */
    private static boolean postable(String cleaned) {
        // thanks name the help they thank for ("thanks ken for the garden"), and are no plea
        return !cleaned.startsWith("/") && TextRules.problemWithPost(cleaned, PostKind.NEED.word()) == null && !TextRules.asksAboutAPost(cleaned)
                && !PlainAnswers.thanks(cleaned);
    }

    /** " as a need, without your name?": how the question to post what was said privately ends. */
    private static String asA(PostKind kind) {
        return " as " + (kind == PostKind.NEED ? "a need" : "an offer") + ", without your name?";
    }

    private static String notInAGroupYet(PostKind kind) {
        return "I don't know your group yet. I've kept your " + kind.word() + " for a day: type /list once in your group's chat, "
                + "then send me /post here, and I'll ask before posting it there without your name. The group sees your /list, "
                + "so let some time pass before /post if you'd rather nobody connects the two.";
    }

    /** /post n: the need or offer typed privately goes to the n-th group offered; /post alone asks about one kept until a group was known. */
    public void choose(Context ctx, Command.ChooseGroup cmd) {
        if (!ctx.chat().privateChat()) {
            ctx.refuse("/post is for our private chat: send me /need or /offer there, and I'll ask which group.");
            return;
        }
        Optional<PendingPosts.Pending> found = ctx.tx().pendingPosts().of(ctx.sender().id(), ctx.now().minus(PENDING_LIFE));
        if (found.isEmpty()) {
            ctx.refuse("Nothing is waiting to be posted. Send me /need or /offer with your words first.");
            return;
        }
        PendingPosts.Pending pending = found.get();
        if (pending.chatIds().isEmpty()) {
            List<Chat> groups = ctx.tx().chats().groupsOf(ctx.sender().id());
            // "/post 1" with one group known now is the member asking for it to go: asking again would make them type it twice
            if (groups.size() == 1 && cmd.choice() == 1 && cmd.stamp() == null) {
                ctx.tx().pendingPosts().remove(ctx.sender().id());
                publish(ctx.inGroup(groups.get(0)), pending.kind(), pending.text(), null, true);
                return;
            }
            askAboutKept(ctx, pending, groups);
            return;
        }
        if (cmd.choice() == 0) {
            ctx.refuse("Please give the group's number from my list, like /post 1.");
            return;
        }
        if (cmd.stamp() != null && cmd.stamp() != CommandParser.stamp(pending.createdAt())) {
            ctx.refuse("That question is out of date. Please choose under my latest one, or type /post and the number.");
            return;
        }
        if (cmd.choice() > pending.chatIds().size()) {
            ctx.refuse("Please choose a number from 1 to " + pending.chatIds().size() + ", like /post 1.");
            return;
        }
        long chatId = pending.chatIds().get(cmd.choice() - 1);
        List<Chat> groups = ctx.tx().chats().groupsOf(ctx.sender().id());
        Optional<Chat> group = groups.stream().filter(c -> c.id() == chatId).findFirst();
        if (group.isEmpty()) {
            Optional<Chat> gone = ctx.tx().chats().byId(chatId);
            boolean stillOffered = groups.stream().anyMatch(c -> pending.chatIds().contains(c.id()));
            String instead = stillOffered ? " Please choose another, or send me your " + pending.kind().word() + " again."
                    : " Please send me your " + pending.kind().word() + " again if you'd like it posted elsewhere.";
            ctx.refuse(gone.isPresent() && !ctx.tx().chats().isMember(chatId, ctx.sender().id())
                    ? noLongerIn(List.of(gone.get())) + instead
                    : "I can't post in that group any more." + instead);
            return;
        }
        ctx.tx().pendingPosts().remove(ctx.sender().id());
        // the press is answered once it is known whether the post went: a repeat is not "posted"
        boolean posted = publish(ctx.inGroup(group.get()), pending.kind(), pending.text(), null, true).isPresent();
        ctx.answerPress(posted ? "Posted in " + title(group.get()) + "." : "Not posted again: it is there already.");
    }

    /** A need kept while the member's group was unknown: now the group is asked, and nothing is posted before they tap. */
    private static void askAboutKept(Context ctx, PendingPosts.Pending pending, List<Chat> groups) {
        if (groups.isEmpty()) {
            ctx.refuse("I still don't know your group. Type /list once in your group's chat, then send me /post here.");
            return;
        }
        Message.Builder b = Message.builder();
        b.line(groups.size() == 1
                ? "Shall I post your " + pending.kind().word() + " in " + title(groups.get(0)) + " now, without your name? Tap below, or type /post 1."
                : "Which group should I post your " + pending.kind().word() + " in, without your name?");
        askWhichGroup(ctx, b, pending.kind(), pending.text(), groups, groups.size() == 1);
        b.text(groups.size() == 1 ? "Nothing is posted until you do." : "Tap one, or type /post and its number, like /post 1. Nothing is posted until you do.");
        ctx.reply(b.build());
    }

    /** "You're no longer in Northside Aid, so I can't post there." */
    static String noLongerIn(List<Chat> groups) {
        List<String> titles = groups.stream().map(PublishHandler::title).distinct().toList();
        return "You're no longer in " + inWords(titles, "or") + ", so I can't post there.";
    }

    static String title(Chat chat) {
        return chat.title() == null || chat.title().isBlank() ? "your group" : chat.title();
    }

    /**
     * /redact n (or its button): the author's post goes again without the personal details it gave
     * away; the old one is withdrawn. Only the author may, and only when there is something to remove.
     */
    public void redact(Context ctx, Post old) {
        if (!old.isAuthor(ctx.sender())) {
            ctx.refuse(PostLines.onlyAuthor(old) + " can do that.");
            return;
        }
        String text = TextRules.withoutPersonalDetails(old.text());
        if (text.equals(old.text())) {
            ctx.refuse("I found no phone number, e-mail or street address in #" + old.number() + ".");
            return;
        }
        // whoever was helping through the bot hears that the post went, rather than writing into a closed conversation
        RelayHandler.close(ctx, old, "#" + old.number() + " was posted again as a new post without personal details, so this conversation ends; the new one is open to claim.");
        ctx.tx().posts().setStatus(old.id(), PostStatus.CANCELLED, old.claimer(), ctx.now());
        ctx.tx().claims().end(old.id(), "cancelled", ctx.now());
        // the withdrawn post must not keep what was removed
        ctx.tx().posts().replaceClosedText(old.id(), text);
        Optional<Post> again = publish(ctx, old.kind(), text, "#" + old.number() + " is withdrawn and posted again without the personal details. ", old.anonymous());
        boolean posted = again.isPresent();
        // whoever had taken up a post with a name still has: the same words, fewer details
        Member claimer = old.claimer();
        if (posted && claimer != null && !old.anonymous()) {
            Post renewed = again.get();
            ctx.tx().posts().setStatus(renewed.id(), PostStatus.CLAIMED, claimer, ctx.now());
            ctx.tx().claims().open(renewed.id(), claimer.id(), ctx.now());
            ctx.reply(Message.builder().text("#" + renewed.number() + " is still claimed by ").mention(claimer.ref(), claimer.name())
                    .text(". When it's done: /done " + renewed.number() + ".").build());
        }
        ctx.answerPress(posted ? "#" + old.number() + " is posted again without them." : "#" + old.number() + " is withdrawn: the same post is open already.");
    }

    /** Posts it and answers, unless the same post is open already (then says so): the new post, if it was posted. */
    private Optional<Post> publish(Context ctx, PostKind kind, String asked, String preface, boolean anonymous) {
        // a phone number or address would tell the group whose post it is: an anonymous post goes without them
        List<String> removed = anonymous ? TextRules.personalDetails(asked) : List.of();
        String text = removed.isEmpty() ? asked : TextRules.withoutPersonalDetails(asked);
        // a double tap, or a message sent again on a bad connection, would post it twice and suggest twice
        Optional<Post> twin = ctx.tx().posts().recentTwin(ctx.chat().id(), ctx.sender().id(), kind, text, anonymous);
        if (twin.isPresent()) {
            sentTwice(ctx, twin.get());
            return Optional.empty();
        }
        NewPost draft = new NewPost(ctx.chat().id(), kind, ctx.sender(), text, TextRules.tags(text),
                matcher.categorize(text, ctx.tx().synonyms().of(ctx.chat().id())), ctx.now(), anonymous);
        int number = ctx.tx().chats().takeNextPostNumber(ctx.chat().id());
        Post post = ctx.tx().posts().insert(draft, number);
        ctx.concerning(post);
        List<Suggestion> suggestions = matcher.suggestFor(post, ctx.tx());
        matcher.profileToKeep(post).ifPresent(profile -> ctx.tx().posts().keepProfile(post.id(), profile));
        suggestions.forEach(s -> ctx.concerning(s.post()));
        record(ctx, post, suggestions);
        List<String> personal = TextRules.personalDetails(post.text());
        if (anonymous) {
            announceAnonymously(ctx, post, suggestions, preface, removed);
            return Optional.of(post);
        }
        boolean warnedPrivately = !personal.isEmpty() && warnPrivately(ctx, post, personal);
        Message.Builder b = Message.builder();
        if (preface != null) b.text(preface);
        confirmation(ctx, b, post, suggestions);
        if (!personal.isEmpty()) {
            // said in the group only when the bot cannot say it privately; the button is for the author alone
            if (!warnedPrivately) {
                b.newline().text("Your post seems to include " + listed(personal) + " that everyone here can read. "
                        + "To post it again without: /redact " + post.number() + ".");
            }
            b.buttonRow(List.of(new Button("Post again without it", CommandParser.action(PostAction.REDACT, post.number()))));
        }
        ctx.reply(b.build());
        return Optional.of(post);
    }

    private static void record(Context ctx, Post post, List<Suggestion> suggestions) {
        int rank = 0;
        for (Suggestion s : suggestions) {
            long needId = post.kind() == PostKind.NEED ? post.id() : s.post().id();
            long offerId = post.kind() == PostKind.NEED ? s.post().id() : post.id();
            ctx.tx().suggestions().record(needId, offerId, post.id(), ++rank, s.score(), s.reason(), ctx.now());
        }
    }

    /**
     * A closed post opened again (/reopen): findable again, matched against what was posted while it
     * was closed (what was suggested before is not suggested twice), and said in the group. byCoordinator:
     * someone else's post, whose author is told; an anonymous one's privately.
     */
    public void reopened(Context ctx, Post post, boolean byCoordinator) {
        List<Suggestion> suggestions = matcher.suggestFor(post, ctx.tx());
        matcher.profileToKeep(post).ifPresent(profile -> ctx.tx().posts().keepProfile(post.id(), profile));
        suggestions.forEach(s -> ctx.concerning(s.post()));
        record(ctx, post, suggestions);
        int n = post.number();
        boolean need = post.kind() == PostKind.NEED;
        ctx.answerPress("#" + n + " is open again.");
        Message.Builder b = Message.builder().text(byCoordinator ? "A coordinator opened #" + n + " again: " : "#" + n + " is open again: ");
        PostLines.author(b, post).text("'s " + post.kind().word() + " " + PostLines.quote(post) + ".");
        if (!suggestions.isEmpty()) {
            b.newline().line(need ? "These offers might help:" : "Neighbours who might need this:");
            for (Suggestion s : suggestions) {
                PostLines.suggestion(b, s.post(), s.reason());
                b.newline();
            }
        } else {
            b.text(" ");
        }
        String anyone = need ? "Anyone who can help" : "Anyone who needs this";
        if (post.anonymous()) {
            // claimed in the group, the author would see who offered
            b.text(anyone + ": send me /claim " + n + " in a private chat ").botLink("(open it here)", CommandParser.START_HELP).text(".");
        } else {
            b.text(anyone + ": /claim " + n + ".");
        }
        b.buttonRow(List.of(new Button(need ? "I can help" : "I'd like this", CommandParser.action(PostAction.CLAIM, n))));
        ctx.reply(b.build());
        if (byCoordinator && post.anonymous()) {
            tellAuthor(ctx, post, Message.of("A coordinator opened your " + post.kind().word() + " #" + n + " in " + title(ctx.chat())
                    + " again, so it is open to claim. If it is sorted: /done " + n + " here."));
        }
    }

    /** The same post again while the first is open: nothing is posted; an anonymous one is answered privately, so the group learns nothing. */
    private static void sentTwice(Context ctx, Post first) {
        if (first.anonymous()) {
            tellAuthor(ctx, first, Message.of("You sent this already: it is #" + first.number() + " in " + title(ctx.chat()) + ", still open"
                    + ". I haven't posted it again. /mine shows your posts."));
            return;
        }
        ctx.reply("You posted this already: #" + first.number() + ", still open. I haven't posted it again. /mine shows your posts.");
    }

    /**
     * An anonymous post: the group reads "A neighbour needs: ..." and, for suggestions, the other
     * posts' authors are asked to claim it; the author hears privately where it went. Nothing in the
     * group's message names or mentions the author.
     */
    private static void announceAnonymously(Context ctx, Post post, List<Suggestion> suggestions, String preface, List<String> removed) {
        int n = post.number();
        boolean need = post.kind() == PostKind.NEED;
        Message.Builder b = Message.builder();
        if (preface != null) b.line(preface.strip());
        b.line((need ? "A neighbour needs: " : "A neighbour offers: ") + post.text());
        b.line("This is #" + n + ", sent to me privately.");
        if (!suggestions.isEmpty()) {
            b.line(need ? "These offers might help:" : "Neighbours who might need this:");
            for (Suggestion s : suggestions) {
                PostLines.suggestion(b, s.post(), s.reason());
                b.newline();
            }
        }
        // claimed in the group, the author would see who offered: a press or a private message shows no one
        b.text((need ? "Anyone who can help" : "Anyone who needs this") + ": send me /claim " + n + " in a private chat ")
                .botLink("(open it here)", CommandParser.START_HELP)
                .text(". I'll put you in touch without names.");
        b.buttonRow(List.of(new Button(need ? "I can help" : "I'd like this", CommandParser.action(PostAction.CLAIM, n))));
        ctx.reply(b.build());

        Message.Builder note = Message.builder().text("Posted in " + title(ctx.chat()) + " as #" + n + ", without your name.");
        if (!suggestions.isEmpty()) {
            note.text(" I showed it there with " + inWords(suggestions.stream().map(s -> "#" + s.post().number()).toList(), "and")
                    + ", which might " + (need ? "help" : "need it") + ".");
        }
        note.newline().text((need ? "When someone offers," : "When someone takes it,") + " I'll pass messages between you here without telling either who the other is. "
                + "To close it: /done " + n + " or /cancel " + n + " here. /mine shows your posts.");
        if (!removed.isEmpty()) {
            note.newline().text("I left out what looked like " + listed(removed) + ": in the group it could tell who you are. "
                    + (need ? "Once someone offers" : "Once someone takes it") + ", you can give it to them with /reply " + n + ".");
        }
        tellAuthor(ctx, post, note.build());
    }

    /** A private word to a post's author (who asked privately, so the bot may write to them). */
    static void tellAuthor(Context ctx, Post post, Message message) {
        ctx.tellPrivately(post.author(), message);
    }

    /** Tells the author privately what their post gives away, if the bot may write to them there. */
    private static boolean warnPrivately(Context ctx, Post post, List<String> personal) {
        if (!ctx.tx().members().canWritePrivately(ctx.sender().id())) return false;
        String title = ctx.chat().title() == null ? "your group" : ctx.chat().title();
        ctx.tellPrivately(ctx.sender(), Message.of("Your "
                + post.kind().word() + " #" + post.number() + " in " + title + " seems to include " + listed(personal)
                + ", which everyone there can read. To post it again without: tap \"Post again without it\" under my reply there, or type /redact "
                + post.number() + " in the group."));
        return true;
    }

    private static Message.Builder confirmation(Context ctx, Message.Builder b, Post post, List<Suggestion> suggestions) {
        b.text("Thanks, ").mention(ctx.sender().ref(), ctx.sender().name())
                .text(". Your " + post.kind().word() + " is #" + post.number() + ".");
        int n = post.number();
        if (suggestions.isEmpty()) {
            b.text(post.kind() == PostKind.NEED
                    ? " Anyone who can help: type /claim " + n + "."
                    : " Anyone who needs this: type /claim " + n + ".");
            b.buttonRow(List.of(new Button(post.kind() == PostKind.NEED ? "I can help" : "I'd like this",
                            CommandParser.action(PostAction.CLAIM, n)),
                    new Button("Done", CommandParser.action(PostAction.DONE, n))));
            return b;
        }
        b.newline().line(post.kind() == PostKind.NEED ? "These offers might help:" : "Neighbours who might need this:");
        for (Suggestion s : suggestions) {
            PostLines.suggestion(b, s.post(), s.reason());
            b.newline();
            int other = s.post().number();
            b.buttonRow(List.of(
                    new Button(post.kind() == PostKind.NEED ? "Take offer #" + other : "Help with #" + other,
                            CommandParser.action(PostAction.CLAIM, other)),
                    new Button("#" + other + ": not a match", CommandParser.dismissAction(n, other))));
        }
        b.buttonRow(post.kind() == PostKind.NEED
                ? List.of(new Button("I can help with #" + n, CommandParser.action(PostAction.CLAIM, n)),
                        new Button("Done", CommandParser.action(PostAction.DONE, n)))
                : List.of(new Button("Done", CommandParser.action(PostAction.DONE, n))));
        b.text(claimHint(post, suggestions));
        return b;
    }

    /**
     * How to act on a suggestion. One posted without a name is claimed by its button or in a private
     * chat: typed in the group, /claim would show everyone who is helping, and is turned away.
     */
    private static String claimHint(Post post, List<Suggestion> suggestions) {
        List<Post> named = suggestions.stream().map(Suggestion::post).filter(p -> !p.anonymous()).toList();
        boolean need = post.kind() == PostKind.NEED;
        String anyoneElse = need ? " Anyone else who can help: /claim " + post.number() + "." : "";
        if (named.isEmpty()) {
            String it = suggestions.size() == 1 ? "it was" : "they were";
            return (need ? "To take an offer" : "To help one of them") + ", tap its button, or send me /claim "
                    + suggestions.get(0).post().number() + " in a private chat: " + it + " posted without a name." + anyoneElse;
        }
        String typed = (need ? "To take an offer" : "To help one of them") + ", type /claim " + named.get(0).number() + " (with its number).";
        String nameless = named.size() < suggestions.size()
                ? " For one posted without a name, tap its button, or send me /claim and its number in a private chat." : "";
        return typed + nameless + anyoneElse;
    }

    /** "an e-mail address, a phone number and a street address" */
    private static String listed(List<String> kinds) {
        return inWords(kinds.stream().map(k -> (k.startsWith("e") ? "an " : "a ") + k).toList(), "and");
    }

    /** A list as people write it: "a", "a and b", "a, b and c" (or "or" in place of "and"). */
    static String inWords(List<String> items, String conjunction) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.get(items.size() - 1);
    }
}
