package org.mutualaid.core.command;

import java.util.regex.Pattern;

/**
 * What plain private words say to a question the bot asked, in the words people use on a phone:
 * yes, no, a detail of the story, or help offered rather than asked for. Plain English only, as
 * the rest of the bot; anything unsure is left for the usual reply, which posts nothing.
 */
public final class PlainAnswers {

    private static final Pattern YES = Pattern.compile(
            "(?i)\\W*(yes|yes please|yeah|yep|yup|ya|y|ok|okay|ok please|sure|please do|please|go ahead|post|post it|send it|do it|yes post it)\\W*");
    private static final Pattern NO = Pattern.compile(
            "(?i)\\W*(no|nope|no thanks|no thank you|don'?t|do not|don'?t post it|do not post it|cancel|never mind|nevermind|not now|leave it)\\W*");
    /** a change of mind said in passing: "actually forget it, my neighbour will do it" */
    private static final Pattern NEVER_MIND = Pattern.compile(
            "(?i)\\b(forget it|forget that|never ?mind|don'?t post|do not post|cancel (that|it)|scrap that|ignore that|not needed any ?more)\\b");
    /** giving words: "I want to give", "free to a good home", "anyone need?"; "someone needs to help me" asks */
    private static final Pattern GIVING = Pattern.compile("(?i)\\b(to give( away)?|give away|giving away|giveaway|i give|i'?m giving|"
            + "i (can|could) (give|lend|donate|drive|fix|cook|offer|spare)|happy to (give|help|lend|drive|donate)|free to (a )?good home|"
            + "up for grabs|(anyone|anybody|someone|somebody|who) (wants?|needs?)\\b(?!\\s+(to|me|us|my|our)\\b)|"
            // what is at hand for whoever needs it: "I have a spare room, you can come tonight if you need"
            + "i (have|'?ve got|have got) (a |an |some )?(spare|extra)\\b|you can (come|stay|have|use|borrow)\\b|"
            + "if (you|anyone|anybody|someone|somebody) (needs?|wants?)\\b|(can|could) put (you|someone|somebody|people|anyone) up\\b)");
    /** asking words, which win over giving ones: "can someone give me", "I need", "help me" */
    private static final Pattern ASKING = Pattern.compile("(?i)\\b((i|we|my \\w+) (really )?(need|needs)\\b|help (me|us)\\b|"
            + "(can|could|would|will) (someone|anyone|somebody|anybody|you)\\b|looking for|give (me|us)\\b|"
            + "(anyone|anybody|someone|somebody) (have|has|got)\\b|do you have)");
    // "hana thank u so much": a name may come first; "no thanks" is a no
    private static final Pattern THANKS = Pattern.compile("(?i)^\\W*((?!(no|not|ok|okay|yes|yeah)\\b)\\p{L}+,?\\s+)?(thank|thanks|thx|ty|cheers|much appreciated|bless you|god bless)\\b");
    /** thanks and nothing more: "thank you so much", "thanks again x" */
    private static final Pattern JUST_THANKS = Pattern.compile("(?i)\\W*(thank you|thanks|thank u|thx|ty|cheers|much appreciated|bless you|god bless)"
            + "(\\s+(so much|very much|a lot|lots|again|you|all|for (your|the|all the) help|for everything|x+))*[\\W_]*");
    /** a yes said outright, not an "ok" that may only acknowledge: "yes", "yes do it", "go ahead" */
    private static final Pattern OUTRIGHT_YES = Pattern.compile("(?i)\\W*(yes|yes please|yeah|yep|yup|go ahead|do it|yes do it|yes go ahead|"
            + "confirm|i confirm|yes i'?m sure|i'?m sure)[.!\\s]*");
    private static final Pattern BEGINS_YES = Pattern.compile("(?i)^\\W*(yes|yeah|yep|ok|okay|sure)\\b");
    /** a question to the bot, or an answer that is no part of the story */
    private static final Pattern NO_DETAIL = Pattern.compile("(?i)(\\?\\s*$|^\\W*(what|why|how|who|where|when|is|are|do|does|did|can you)\\b"
            + "|^\\W*(ok|okay|hi|hello|hey|bye)\\W*$)");

    private PlainAnswers() {}

    /** "yes", "ok", "go ahead": the member agrees to what the bot asked. */
    public static boolean yes(String text) {
        return YES.matcher(text).matches();
    }

    /** "yes", "go ahead": agreement said outright, where "ok" or "ok?" may only acknowledge. */
    public static boolean outrightYes(String text) {
        return OUTRIGHT_YES.matcher(text).matches();
    }

    /** "yes share", "ok do that": a yes with more words, to a question the bot cannot take a plain yes for. */
    public static boolean beginsWithYes(String text) {
        return BEGINS_YES.matcher(text).find();
    }

    /** "thank you so much", "cheers": thanks, to the bot or meant for someone else. */
    public static boolean thanks(String text) {
        return THANKS.matcher(text).find();
    }

    /** "thank you so much": thanks alone, naming nobody and no help, asking nothing. */
    public static boolean justThanks(String text) {
        return JUST_THANKS.matcher(text).matches();
    }

    /** "no", "don't post it", "actually forget it, my neighbour will do it": the member declines. */
    public static boolean no(String text) {
        return NO.matcher(text).matches() || NEVER_MIND.matcher(text).find();
    }

    /** Whether the words give help rather than ask for it. */
    public static boolean offersHelp(String text) {
        return GIVING.matcher(text).find() && !ASKING.matcher(text).find();
    }

    /** Whether the words ask for help: "can someone", "I need", "help me". */
    public static boolean asksForHelp(String text) {
        return ASKING.matcher(text).find();
    }

    /** Whether words sent just after a plea may be more of it: not a question to the bot, not a thanks or a greeting. */
    public static boolean addsDetail(String text) {
        return !NO_DETAIL.matcher(text).find() && !thanks(text) && !yes(text) && !no(text);
    }
}
