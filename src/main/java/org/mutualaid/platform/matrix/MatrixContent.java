package org.mutualaid.platform.matrix;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mutualaid.core.command.CommandParser;
import org.mutualaid.platform.Button;
import org.mutualaid.platform.Html;
import org.mutualaid.platform.Message;
import org.mutualaid.platform.Span;

/**
 * A message as Matrix event content: an m.notice (so that other bots ignore it) with a plain
 * body, an HTML formatted_body with member text escaped, m.mentions for the people named, and,
 * because Matrix has no buttons, the command to type in place of each button. Long messages are
 * split between lines into several events.
 */
final class MatrixContent {

    /**
     * Characters of body per event: inside Matrix's 65,536-byte event limit with the HTML beside
     * it even for scripts of three UTF-8 bytes a character.
     */
    static final int PART_CHARS = 6_000;
    private static final Pattern USER_ID = Pattern.compile("@[^:\\s]+:\\S+");
    /** "/claim 12" in the bot's own words; not a path or a URL ("a/b", "https://x/y"). */
    private static final Pattern SLASH_COMMAND = Pattern.compile("(?<![\\p{L}\\p{N}_/:.])/([A-Za-z]{2,20})\\b");

    private final ObjectMapper json;
    private final String botUserId;
    private final CommandParser parser;

    MatrixContent(ObjectMapper json, String botUserId, CommandParser parser) {
        this.json = json;
        this.botUserId = botUserId;
        this.parser = parser;
    }

    /** The events to send, in order; replyTo (an event id) goes on the first. */
    List<ObjectNode> render(Message message, String replyTo) {
        List<List<Span>> parts = split(message.spans());
        List<ObjectNode> events = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            events.add(event(parts.get(i), last ? message.buttons() : List.of(), i == 0 ? replyTo : null));
        }
        return events;
    }

    private ObjectNode event(List<Span> spans, List<List<Button>> buttons, String replyTo) {
        StringBuilder body = new StringBuilder();
        StringBuilder html = new StringBuilder();
        Set<String> mentioned = new LinkedHashSet<>();
        for (Span span : spans) {
            if (span instanceof Span.Text t) {
                String text = bangCommands(t.value());
                body.append(text);
                html.append(Html.escape(text));
            } else if (span instanceof Span.Mention m) {
                body.append(m.name());
                if (USER_ID.matcher(m.memberRef()).matches()) {
                    mentioned.add(m.memberRef());
                    html.append("<a href=\"https://matrix.to/#/").append(Html.escape(m.memberRef())).append("\">")
                            .append(Html.escape(m.name())).append("</a>");
                } else {
                    html.append(Html.escape(m.name()));
                }
            } else if (span instanceof Span.BotLink l) {
                // a link that opens a direct chat with the bot, as t.me links do on Telegram
                body.append(l.label()).append(" (").append(botUserId).append(")");
                html.append("<a href=\"https://matrix.to/#/").append(Html.escape(botUserId)).append("\">").append(Html.escape(l.label()))
                        .append("</a>");
            }
        }
        String said = body.toString();
        for (List<Button> row : buttons) {
            for (Button b : row) {
                String typed = "!" + CommandParser.typedCommand(b.action());
                // the text already says to type it ("Anyone who can help: type !claim 12")
                if (mentionsCommand(said, typed)) continue;
                body.append("\n• ").append(b.label()).append(": ").append(typed);
                html.append("\n• ").append(Html.escape(b.label())).append(": <code>").append(Html.escape(typed)).append("</code>");
            }
        }
        ObjectNode content = json.createObjectNode();
        content.put("msgtype", "m.notice");
        content.put("body", body.toString());
        content.put("format", "org.matrix.custom.html");
        content.put("formatted_body", html.toString().replace("\n", "<br>"));
        ArrayNode users = content.putObject("m.mentions").putArray("user_ids");
        mentioned.forEach(users::add);
        if (replyTo != null) content.putObject("m.relates_to").putObject("m.in_reply_to").put("event_id", replyTo);
        return content;
    }

    private static boolean mentionsCommand(String text, String typed) {
        for (int i = text.indexOf(typed); i >= 0; i = text.indexOf(typed, i + 1)) {
            int end = i + typed.length();
            if (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))) return true;
        }
        return false;
    }

    /** In Element a leading / is a client command, so members type !need: the bot's texts say so too. */
    String bangCommands(String text) {
        Matcher m = SLASH_COMMAND.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = parser.isCommandName(m.group(1)) ? "!" + m.group(1) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Spans in parts of at most PART_CHARS, cut after a newline where possible. */
    private static List<List<Span>> split(List<Span> spans) {
        List<List<Span>> parts = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        int length = 0;
        for (Span span : spans) {
            List<Span> pieces = span instanceof Span.Text t ? lines(t.value()) : List.of(span);
            for (Span piece : pieces) {
                int n = visibleLength(piece);
                if (length + n > PART_CHARS && !current.isEmpty()) {
                    parts.add(current);
                    current = new ArrayList<>();
                    length = 0;
                }
                while (piece instanceof Span.Text t && t.value().length() > PART_CHARS) {
                    // one line longer than a part: cut it where it must be cut
                    parts.add(List.of(new Span.Text(t.value().substring(0, PART_CHARS))));
                    piece = new Span.Text(t.value().substring(PART_CHARS));
                    n = t.value().length() - PART_CHARS;
                }
                current.add(piece);
                length += n;
            }
        }
        if (!current.isEmpty()) parts.add(current);
        return parts;
    }

    private static List<Span> lines(String text) {
        List<Span> pieces = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            pieces.add(new Span.Text(text.substring(start, i + 1)));
            start = i + 1;
        }
        if (start < text.length()) pieces.add(new Span.Text(text.substring(start)));
        return pieces;
    }

    private static int visibleLength(Span s) {
        if (s instanceof Span.Text t) return t.value().length();
        if (s instanceof Span.Mention m) return m.name().length();
        return ((Span.BotLink) s).label().length() + 64;
    }
}
