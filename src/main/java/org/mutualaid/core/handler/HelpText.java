package org.mutualaid.core.handler;

/** The words members read when they ask how the bot works. Short, plain, no jargon. */
public final class HelpText {

    private HelpText() {}

    public static String help(boolean privateChat) {
        String groupPart = """
                I help this group keep track of who needs what and who can help.
                /need groceries for 2 this week: ask for help
                /offer I can drive on Saturdays: offer help
                /list: see what is open (/list needs, /list offers #food)
                /claim 12: "I can help with #12" or "I'll take offer #12"
                /done 12: it's sorted. /unclaim 12: you can't help after all
                /cancel 12: withdraw your own post
                /mine: your open posts""";
        if (privateChat) {
            return "Hello! I work in your group's chat.\n" + groupPart + "\nHere in private, /mine shows your open posts in every group.";
        }
        return groupPart;
    }

    public static String start(boolean privateChat) {
        return "Hello! " + help(privateChat);
    }
}
