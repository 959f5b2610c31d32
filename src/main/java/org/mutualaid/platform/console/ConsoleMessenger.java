package org.mutualaid.platform.console;

import java.io.PrintStream;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Messenger;
import org.mutualaid.platform.Outgoing;
import org.mutualaid.platform.SendResult;

/**
 * Prints the bot's messages: "bot: text" to the group, "bot → ana: text" privately. Buttons are
 * left out: a terminal cannot press them, and every message says what to type instead.
 */
public final class ConsoleMessenger implements Messenger {

    public static final String PLATFORM = "console";
    private final PrintStream out;

    public ConsoleMessenger(PrintStream out) {
        this.out = out;
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public SendResult send(Outgoing message) {
        String prefix = message.to().kind() == Destination.Kind.MEMBER ? "bot → " + message.to().ref() + ": " : "bot: ";
        if (message.to().kind() == Destination.Kind.PRESS) return new SendResult.Sent();
        out.println(render(prefix, message.message().plainText()));
        out.flush();
        return new SendResult.Sent();
    }

    /** Lines after the first are indented under the text, so a transcript stays readable. */
    static String render(String prefix, String text) {
        String indent = " ".repeat(prefix.length());
        return prefix + String.join("\n" + indent, text.split("\n", -1));
    }
}
