package org.mutualaid.platform.console;

import java.io.PrintStream;
import java.util.List;
import org.mutualaid.platform.Button;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Messenger;
import org.mutualaid.platform.Outgoing;
import org.mutualaid.platform.SendResult;

/** Prints the bot's messages: "bot: text" to the group, "bot → ana: text" privately. */
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
        StringBuilder text = new StringBuilder(message.message().plainText());
        for (List<Button> row : message.message().buttons()) {
            text.append('\n');
            for (Button b : row) text.append('[').append(b.label()).append("] ");
        }
        out.println(render(prefix, text.toString().stripTrailing()));
        out.flush();
        return new SendResult.Sent();
    }

    /** Lines after the first are indented under the text, so a transcript stays readable. */
    static String render(String prefix, String text) {
        String indent = " ".repeat(prefix.length());
        return prefix + String.join("\n" + indent, text.split("\n", -1));
    }
}
