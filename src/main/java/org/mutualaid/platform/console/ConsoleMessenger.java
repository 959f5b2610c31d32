package org.mutualaid.platform.console;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.mutualaid.platform.Attachment;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Messenger;
import org.mutualaid.platform.Outgoing;
import org.mutualaid.platform.SendResult;

/**
 * Prints the bot's messages: "bot: text" to the group, "bot → ana: text" privately, "bot (in
 * Northside): text" to another group. Buttons are left out: a terminal cannot press them, and every
 * message says what to type instead. A file (/export's CSV) is written into the files folder (the
 * database's), readable by its owner only, and its path printed; without a folder, its text is printed.
 */
public final class ConsoleMessenger implements Messenger {

    public static final String PLATFORM = "console";
    /** A private chat's ref: "private:ana". */
    static final String PRIVATE_PREFIX = "private:";
    /** Another group's ref, its name in lower case: "group:northside". */
    static final String GROUP_PREFIX = "group:";
    private final PrintStream out;
    private final Path files;

    public ConsoleMessenger(PrintStream out) {
        this(out, null);
    }

    /** files: where sent files are written; null to print them. */
    public ConsoleMessenger(PrintStream out, Path files) {
        this.out = out;
        this.files = files;
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public SendResult send(Outgoing message) {
        Destination to = message.to();
        if (to.kind() == Destination.Kind.PRESS) return new SendResult.Sent();
        String prefix = to.kind() == Destination.Kind.MEMBER ? "bot → " + to.ref() + ": "
                : to.ref().startsWith(PRIVATE_PREFIX) ? "bot → " + to.ref().substring(PRIVATE_PREFIX.length()) + ": "
                : to.ref().startsWith(GROUP_PREFIX) ? "bot (in " + to.ref().substring(GROUP_PREFIX.length()) + "): " : "bot: ";
        String text = message.message().plainText();
        Attachment file = message.message().attachment();
        if (file != null) {
            try {
                text += "\n" + file(file);
            } catch (IOException e) {
                return new SendResult.Transient("could not write " + file.fileName() + ": " + e.getClass().getSimpleName());
            }
        }
        out.println(render(prefix, text));
        out.flush();
        return new SendResult.Sent();
    }

    private String file(Attachment file) throws IOException {
        if (files == null) {
            return "[" + file.fileName() + "]\n" + new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").stripTrailing();
        }
        Path path = files.resolve(file.fileName());
        for (int i = 2; Files.exists(path); i++) path = files.resolve(i + "-" + file.fileName());
        try {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(path);
        }
        Files.write(path, file.bytes());
        return "[file saved: " + path.toAbsolutePath() + "]";
    }

    /** Lines after the first are indented under the text, so a transcript stays readable. */
    static String render(String prefix, String text) {
        String indent = " ".repeat(prefix.length());
        return prefix + String.join("\n" + indent, text.split("\n", -1));
    }
}
