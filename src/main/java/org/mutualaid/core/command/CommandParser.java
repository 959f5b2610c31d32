package org.mutualaid.core.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mutualaid.core.model.PostKind;

/**
 * Turns a message or a button press into a {@link Command}. The same language on every platform:
 * "/need text", "/claim 12", "/list offers #food 2", "/done@TheBot 3". Never throws on input.
 */
public final class CommandParser {

    // a no-break space ends a command as a space does, and what a phone keyboard may put before it
    // unseen (a zero-width space, a direction mark) does not hide it
    // and a colon, comma or dash a quick thumb puts after it ("/need: a kettle", "/offer- bike repairs") ends it as well;
    // a dash before a digit is a minus ("/list -1" asks for no page); a full stop or "?" alone after it ends a sentence ("/stats.")
    private static final Pattern COMMAND = Pattern.compile(
            "^[/!]([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_.:-]{1,64}))?(?:[\\s\\p{Z}]*(?:[:,]|[\\-\u2013\u2014](?!\\d))[\\s\\p{Z}]*|[\\s\\p{Z}]+|[.!?\u2026]+[\\s\\p{Z}]*$|$)");
    /** "/ need a microwave": a space after the slash, before one of the bot's own command names */
    private static final Pattern SPACED = Pattern.compile("^/[\\s\\p{Z}]+([A-Za-z]{2,32})\\b");
    private static final Pattern LEADING_BLANKS = Pattern.compile("^[\\s\\p{Z}\\p{Cf}]+");
    private static final int MAX_PAGE = 10_000;
    private static final String DISMISS = "nomatch";
    /** Typed in full, so that a group's data is never erased by a slip. */
    public static final String WIPE_CONFIRMATION = "erase everything";
    /** The start payload of the link in group messages that opens /mine in a private chat. */
    public static final String START_MINE = "mine";
    /** The start payload of the link that opens a private chat to talk through a relay. */
    public static final String START_RELAY = "relay";
    /** The start payload of a link that just opens a private chat (answered with the welcome). */
    public static final String START_HELP = "help";
    /** Examples of /list that work, for a /list the bot cannot use. */
    public static final String LIST_EXAMPLES = "Try /list, /list needs, /list offers #food or /list 2.";
    private static final String CHOOSE = "post";
    private static final String SHARE = "share";
    private static final String END_RELAY = "endrelay";

    private final String botName;

    /** botName: the bot's user name on this platform, so that "/need@botName" is ours and "/need@Other" is not. */
    public CommandParser(String botName) {
        this.botName = botName == null ? "" : botName;
    }

    public Command parse(String rawText) {
        if (rawText == null) return new Command.Ignore();
        String text = LEADING_BLANKS.matcher(rawText).replaceFirst("");
        Matcher spaced = SPACED.matcher(text);
        if (spaced.find() && isCommandName(spaced.group(1).toLowerCase(Locale.ROOT))) text = "/" + text.substring(1).stripLeading();
        Matcher m = COMMAND.matcher(text);
        if (!m.find()) return new Command.Ignore();
        String addressee = m.group(2);
        if (addressee != null && !addressee.equalsIgnoreCase(botName)) return new Command.Ignore();
        String name = m.group(1).toLowerCase(Locale.ROOT);
        String args = TextRules.clean(text.substring(m.end()));
        return switch (name) {
            case "need", "needs", "request" -> publish(PostKind.NEED, args);
            case "offer", "offers" -> publish(PostKind.OFFER, args);
            case "list" -> list(args);
            case "mine", "my" -> new Command.Mine();
            case "claim", "take" -> onPost(PostAction.CLAIM, args);
            case "unclaim" -> onPost(PostAction.UNCLAIM, args);
            case "done", "fulfilled" -> onPost(PostAction.DONE, args);
            case "cancel", "withdraw" -> onPost(PostAction.CANCEL, args);
            case "renew" -> onPost(PostAction.RENEW, args);
            case "close" -> onPost(PostAction.CLOSE, args);
            case "redact" -> onPost(PostAction.REDACT, args);
            case "reopen" -> onPost(PostAction.REOPEN, args);
            case "settings", "setting" -> SettingChange.parse(args);
            case "digest" -> groupChosen(args, "/digest", Command.Digest::new);
            case "forget" -> new Command.Forget(args.equalsIgnoreCase("yes"));
            case "wipe" -> new Command.Wipe(args.equalsIgnoreCase(WIPE_CONFIRMATION));
            case "synonym", "synonyms" -> synonym(args);
            case "stats" -> groupChosen(args, "/stats", Command.Stats::new);
            case "coordinators", "admins" -> new Command.Coordinators();
            // what a "not a match" button does, typed: on platforms without buttons the bot says to type it
            case DISMISS -> dismiss(args);
            case "post" -> choose(args);
            case "reply" -> reply(args);
            case "share" -> onRelay(args, "/share", (n, group) -> new Command.ShareContact(n, group, null));
            case "endrelay", "end" -> onRelay(args, "/endrelay", (n, group) -> new Command.EndRelay(n, group, null));
            case "relays" -> new Command.Relays();
            case "export" -> groupChosen(args, "/export", Command.Export::new);
            case "help" -> new Command.Help(false);
            // a deep link from a group (t.me/TheBot?start=mine) opens the private chat with "/start mine"
            case "start" -> args.equalsIgnoreCase(START_MINE) ? new Command.Mine()
                    : args.equalsIgnoreCase(START_RELAY) ? new Command.Relays() : new Command.Help(true);
            default -> unknown(name, text, args);
        };
    }

    /** commands on one post, whose number a quick thumb may glue to the name: "/done3" */
    private static final Set<String> NUMBERED = Set.of("claim", "take", "unclaim", "done", "fulfilled", "cancel", "withdraw",
            "renew", "close", "redact", "reopen", "post", "reply");
    private static final Pattern GLUED = Pattern.compile("([a-z]+)(\\d{1,9})");
    /** what a slip of the thumb is likely to have meant; /wipe is never guessed */
    private static final List<String> MEANT = List.of("need", "offer", "list", "mine", "claim", "unclaim", "done", "cancel", "renew",
            "close", "redact", "reopen", "settings", "digest", "forget", "synonym", "stats", "coordinators", "post", "reply", "share",
            "endrelay", "relays", "export", "help");

    /**
     * Commands typed without their slash in a private chat: those on a post only with its number, as "done" or "cancel"
     * alone is as likely plain talk; not /need and /offer, whose plain words are a plea, nor /forget or /wipe.
     */
    private static final Set<String> SLASHLESS = Set.of("list", "mine", "digest", "stats", "coordinators", "relays", "export", "settings");
    private static final Set<String> SLASHLESS_NUMBERED = Set.of("claim", "unclaim", "done", "cancel", "renew", "close", "reopen", "post",
            "digest", "stats", "export");
    private static final Pattern SLASHLESS_WORDS = Pattern.compile("(?i)\\s*([a-z]+)(?:\\s+#?(\\d{1,9}))?[\\s.!?]*");

    /**
     * The command meant by plain words that are one of ours without the slash, alone or with a
     * post's number ("stats", "done 3", "claim #12"), ready to send: "/done 3". Empty for anything else.
     */
    public static Optional<String> withoutSlash(String text) {
        Matcher m = SLASHLESS_WORDS.matcher(text == null ? "" : text);
        if (!m.matches()) return Optional.empty();
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (!(m.group(2) == null ? SLASHLESS : SLASHLESS_NUMBERED).contains(name)) return Optional.empty();
        return Optional.of("/" + name + (m.group(2) == null ? "" : " " + m.group(2)));
    }

    private static final Pattern SLASHLESS_REPLY = Pattern.compile("(?is)\\s*reply\\s+(#?\\d{1,9}(?:\\s.*)?)");

    /**
     * "reply 3 I can come at ten" typed without the slash, in a private chat: the words are meant
     * for the conversation, as /reply would send them. Ignore for anything else.
     */
    public static Command slashlessReply(String text) {
        Matcher m = SLASHLESS_REPLY.matcher(text == null ? "" : text);
        return m.matches() ? reply(TextRules.clean(m.group(1))) : new Command.Ignore();
    }

    private Command unknown(String name, String text, String args) {
        java.util.regex.Matcher glued = GLUED.matcher(name);
        if (glued.matches() && NUMBERED.contains(glued.group(1))) {
            return parse(text.charAt(0) + glued.group(1) + " " + glued.group(2) + (args.isEmpty() ? "" : " " + args));
        }
        return new Command.Unknown(name, text.charAt(0), args);
    }

    /**
     * The one command a mistyped name is a slip away from ("ofer", "nede", "cliam"): a letter
     * wrong, missing, added or two swapped, two in a longer name. Empty when none or several are.
     */
    public static Optional<String> meant(String name) {
        int most = name.length() >= 5 ? 2 : 1;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String command : MEANT) {
            int d = slips(name, command);
            if (d < bestDistance) {
                best = command;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return bestDistance <= most && !tie ? Optional.of(best) : Optional.empty();
    }

    /** Edit distance counting a swap of two neighbouring letters as one slip (optimal string alignment). */
    static int slips(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Whether /name is one of the bot's commands (with or without arguments). */
    public boolean isCommandName(String name) {
        Command c = parse("/" + name);
        return !(c instanceof Command.Unknown) && !(c instanceof Command.Ignore);
    }

    /**
     * The bot's relay messages start like this, with the post's number: "About #12 in ...",
     * "Someone would like to help with your need #12 ...", "Thank you for offering on #12 ...".
     */
    private static final Pattern CONVERSATION = Pattern.compile("\\(conversation (\\d{1,12})\\)");

    /** How the bot's relay messages name their conversation, so that an answer by reply finds the right one. */
    public static String conversationTag(long relayId) {
        return "(conversation " + relayId + ")";
    }

    private static final Pattern RELAY_MESSAGE = Pattern.compile("^(?:About|Someone would like to [a-z ]{1,40}|Thank you for offering on|You asked for offer) #(\\d{1,9})\\b");

    /**
     * Plain words sent as a reply to one of the bot's relay messages: /reply with that post's
     * number. Anything else is not for the bot.
     */
    public Command parseAnswer(String quotedBotText, String text) {
        if (quotedBotText == null || text == null) return new Command.Ignore();
        Matcher m = RELAY_MESSAGE.matcher(quotedBotText);
        if (!m.find()) return new Command.Ignore();
        Command reply = reply(m.group(1) + " " + TextRules.clean(text));
        // the conversation the quoted message belongs to, so an answer never reaches a later helper of the same post
        // the bot writes the tag on the first line after the quote and the group's name, and nothing a member
        // wrote follows it there: the last tag of the first line is the bot's, whatever a post's text contains
        String firstLine = quotedBotText.lines().findFirst().orElse("");
        Matcher c = CONVERSATION.matcher(firstLine);
        Long conversation = null;
        while (c.find()) conversation = Long.valueOf(c.group(1));
        return reply instanceof Command.Reply r && conversation != null ? new Command.Reply(r.number(), r.text(), conversation) : reply;
    }

    /** A button's action, as written by the bot itself ("claim:12", "nomatch:12:3"); anything else is refused politely. */
    public Command parseAction(String action) {
        if (action == null) return new Command.Ignore();
        String[] parts = action.split(":", -1);
        if (parts.length == 2) {
            for (PostAction a : PostAction.values()) {
                if (a.commandName().equals(parts[0])) return onPost(a, parts[1]);
            }
        }
        if ((parts.length == 2 || parts.length == 3) && (parts[0].equals(SHARE) || parts[0].equals(END_RELAY))) {
            Integer post = postNumber(parts[1]);
            Long conversation = parts.length == 3 ? conversationId(parts[2]) : null;
            if (post != null && (parts.length == 2 || conversation != null)) {
                return parts[0].equals(SHARE) ? new Command.ShareContact(post, null, conversation)
                        : new Command.EndRelay(post, null, conversation);
            }
        }
        if (parts.length == 3 && parts[0].equals(CHOOSE)) {
            Integer choice = postNumber(parts[1]);
            Integer stamp = postNumber(parts[2]);
            if (choice != null && stamp != null) return new Command.ChooseGroup(choice, stamp.longValue());
        }
        if (parts.length == 3 && parts[0].equals(DISMISS)) {
            Integer post = postNumber(parts[1]);
            Integer other = postNumber(parts[2]);
            if (post != null && other != null) return new Command.Dismiss(post, other);
        }
        return new Command.Invalid("That button no longer works. Type /list to see what is open.");
    }

    private static Command dismiss(String args) {
        String[] words = args.split(" ");
        Integer post = words.length == 2 ? postNumber(words[0]) : null;
        Integer other = words.length == 2 ? postNumber(words[1]) : null;
        if (post == null || other == null) {
            return new Command.Invalid("Please give your post's number and the suggested one, like /" + DISMISS + " 12 3.");
        }
        return new Command.Dismiss(post, other);
    }

    /**
     * The command a button's action stands for, as a member would type it without the leading
     * slash: "claim:12" is "claim 12", "nomatch:12:3" is "nomatch 12 3". Every action the bot
     * writes is such a command, so platforms without buttons can say what to type instead.
     */
    public static String typedCommand(String action) {
        String[] parts = action.split(":", -1);
        // a relay button names its conversation, which typed after the number would be taken for a group's number
        if (parts.length == 3 && (parts[0].equals(SHARE) || parts[0].equals(END_RELAY))) return parts[0] + " " + parts[1];
        return action.replace(':', ' ');
    }

    /** The action of a button that does cmd to post number ("claim:12"); at most 64 bytes, as Telegram allows. */
    public static String action(PostAction cmd, int number) {
        return cmd.commandName() + ":" + number;
    }

    /** The action of the "Not a match" button under a suggestion of other for post. */
    public static String dismissAction(int post, int other) {
        return DISMISS + ":" + post + ":" + other;
    }

    /** The button that posts a privately typed need or offer in the choice-th group; stamp marks the question. */
    public static String chooseAction(int choice, long stamp) {
        return CHOOSE + ":" + choice + ":" + stamp;
    }

    /**
     * The button by which an anonymous post's author shares their contact with its helper. It names
     * the conversation too, so that a press is never taken for another group's post of that number.
     */
    public static String shareAction(int number, long conversation) {
        return SHARE + ":" + number + ":" + conversation;
    }

    /** The button that ends a relay; named like shareAction. */
    public static String endRelayAction(int number, long conversation) {
        return END_RELAY + ":" + number + ":" + conversation;
    }

    private static Long conversationId(String word) {
        if (word.isEmpty() || word.length() > 12 || !word.chars().allMatch(c -> c >= '0' && c <= '9')) return null;
        return Long.valueOf(word);
    }

    /** A stamp fits a post number's 9 digits: seconds of the day the question was asked are enough to tell questions apart. */
    public static long stamp(java.time.Instant at) {
        return 1 + at.getEpochSecond() % 100_000_000L;
    }

    private static Command choose(String args) {
        // "/post" alone: a need kept until the member's group is known is asked about now
        if (args.isEmpty()) return new Command.ChooseGroup(0, null);
        Integer choice = postNumber(args.split(" ", 2)[0]);
        return choice == null ? new Command.Invalid("Please give the group's number from my list, like /post 1.")
                : new Command.ChooseGroup(choice, null);
    }

    private static Command reply(String args) {
        String[] parts = args.split(" ", 2);
        Integer number = args.isEmpty() ? null : postNumber(parts[0]);
        if (number != null && (parts.length < 2 || parts[1].isBlank())) {
            return new Command.Invalid("Please write your message after the number, like /reply " + number + " I can come on Tuesday.");
        }
        if (number == null || parts.length < 2 || parts[1].isBlank()) {
            return new Command.Invalid("Please give the post's number and your message, like /reply 12 I can come on Tuesday.");
        }
        String text = parts[1].strip();
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return new Command.Invalid("Please write your message in words, like /reply " + number + " I can come on Tuesday.");
        }
        if (text.codePointCount(0, text.length()) > TextRules.MAX_POST_CHARS) {
            return new Command.Invalid("Please keep a message under 1,000 characters; send two if you need to.");
        }
        return new Command.Reply(number, text);
    }

    private static Command onRelay(String args, String cmd, java.util.function.BiFunction<Integer, Integer, Command> make) {
        String[] words = args.split(" ");
        Integer number = args.isEmpty() ? null : postNumber(words[0]);
        return number == null ? new Command.Invalid("Please give the post's number, like " + cmd + " 12.")
                : make.apply(number, groupChoice(words));
    }

    /**
     * The group's number after a post's number ("/claim 12 2"), which tells apart posts of the
     * same number in different groups when acting from a private chat; null when there is none.
     */
    private static Integer groupChoice(String[] words) {
        return words.length >= 2 ? postNumber(words[1]) : null;
    }

    /** /export, /digest or /stats with the number of one of the coordinator's groups, as the bot listed them (or none). */
    private static Command groupChosen(String args, String command, java.util.function.Function<Integer, Command> make) {
        if (args.isEmpty()) return make.apply(null);
        Integer choice = postNumber(args.split(" ", 2)[0]);
        return choice == null ? new Command.Invalid("Please give the group's number from my list, like " + command + " 1.") : make.apply(choice);
    }

    private static Command publish(PostKind kind, String text) {
        String problem = TextRules.problemWithPost(text, kind.word());
        return problem == null ? new Command.Publish(kind, text) : new Command.Invalid(problem);
    }

    private static Command onPost(PostAction action, String args) {
        String cmd = "/" + action.commandName();
        if (args.isEmpty()) return new Command.WhichPost(action);
        // "/claim 19." ends a sentence
        String first = args.split(" ", 2)[0].replaceFirst("[.!?,]+$", "");
        Integer number = postNumber(first);
        if (number == null) {
            return new Command.Invalid("Please give the post's number, like " + cmd + " 12. /list shows the numbers.");
        }
        String[] words = args.split(" ");
        Integer group = groupChoice(words);
        return new Command.OnPost(action, number, group, action == PostAction.CLOSE ? closeReason(words, group != null ? 2 : 1) : "");
    }

    /** Longer than a reason a coordinator gives in a chat; what is left is cut with an ellipsis rather than refused. */
    static final int MAX_REASON = 200;

    /** The words after /close's number (and a group's number), as the coordinator wrote them. */
    private static String closeReason(String[] words, int from) {
        String reason = String.join(" ", java.util.Arrays.asList(words).subList(Math.min(from, words.length), words.length))
                .strip().replaceFirst("^[-–—:,;.]+\\s*", "");
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1).strip() + "…";
    }

    /** "12" or "#12" → 12; anything else, including 0 and huge numbers, → null. */
    static Integer postNumber(String word) {
        String digits = word.startsWith("#") ? word.substring(1) : word;
        if (digits.isEmpty() || digits.length() > 9) return null;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') return null;
        }
        int n = Integer.parseInt(digits);
        return n == 0 ? null : n;
    }

    private static final Set<String> FORGET_WORD = Set.of("remove", "delete", "forget", "unlearn", "undo");
    private static final Set<String> FORGET_MEANING = Set.of("off", "none", "remove", "delete", "nothing");

    private static Command synonym(String args) {
        if (args.isEmpty()) return new Command.Synonym(null, null);
        String[] words = args.strip().split("\\s+", 2);
        // "/synonym remove errands", or "/synonym errands off": a word taught by mistake is not for ever
        if (words.length == 2 && FORGET_WORD.contains(words[0].toLowerCase(Locale.ROOT)) && words[1].codePoints().allMatch(Character::isLetter)) {
            return new Command.ForgetSynonym(words[1].toLowerCase(Locale.ROOT));
        }
        if (words.length == 2 && FORGET_MEANING.contains(words[1].toLowerCase(Locale.ROOT)) && words[0].codePoints().allMatch(Character::isLetter)) {
            return new Command.ForgetSynonym(words[0].toLowerCase(Locale.ROOT));
        }
        // the meaning may be a known phrase ("high chair"), a few words at most
        if (words.length != 2 || words[0].length() > 32 || !words[0].codePoints().allMatch(Character::isLetter)
                || words[1].length() > 40 || words[1].split("\\s+").length > 3) {
            return new Command.Invalid("Please give one word of your group and what it means: a word I know, like /synonym kinderwagen pram, "
                    + "or a kind of help, like /synonym lumber repairs. /synonym alone lists this group's words.");
        }
        return new Command.Synonym(words[0].toLowerCase(Locale.ROOT), words[1].toLowerCase(Locale.ROOT).replaceFirst("^#", ""));
    }

    private static Command list(String args) {
        // "/list mine" is what /mine shows; as a tag it would list nothing
        if (Set.of("mine", "my", "my posts").contains(args.toLowerCase(Locale.ROOT))) return new Command.Mine();
        PostKind kind = null;
        boolean bothKinds = false;
        String tag = null;
        int page = 1;
        boolean numbered = false;
        if (!args.isEmpty()) {
            for (String word : args.split(" ")) {
                String w = word.toLowerCase(Locale.ROOT);
                PostKind named = w.equals("needs") || w.equals("need") ? PostKind.NEED
                        : w.equals("offers") || w.equals("offer") ? PostKind.OFFER : null;
                if (named != null) {
                    // "needs offers" asks for both: the last word alone would silently hide half
                    bothKinds |= kind != null && kind != named;
                    kind = named;
                } else if (w.equals("all")) {
                    kind = null;
                    bothKinds = false;
                } else if (w.matches("-\\d+")) {
                    return new Command.Invalid("There is no page " + word + ". Try /list or /list 2.");
                } else if (!w.isEmpty() && w.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    if (w.length() > 5 || Integer.parseInt(w) < 1 || Integer.parseInt(w) > MAX_PAGE) {
                        return new Command.Invalid("There is no page " + word + ". Try /list or /list 2.");
                    }
                    page = Integer.parseInt(w);
                    numbered = true;
                } else {
                    String t = w.startsWith("#") ? w.substring(1) : w;
                    if (tag != null || t.isEmpty() || t.length() > 32
                            || !t.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                        return new Command.Invalid("I didn't understand that. " + LIST_EXAMPLES);
                    }
                    tag = t;
                }
            }
        }
        return new Command.ListPosts(bothKinds ? null : kind, tag, page, numbered);
    }
}
