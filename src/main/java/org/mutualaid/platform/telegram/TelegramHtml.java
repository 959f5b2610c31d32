package org.mutualaid.platform.telegram;

import java.util.ArrayList;
import java.util.List;
import org.mutualaid.platform.Html;
import org.mutualaid.platform.Message;
import org.mutualaid.platform.Span;

/**
 * Renders a message as Telegram HTML, in parts that each fit one Telegram message. Member text is
 * escaped; people are links to their profile (tg://user?id=), so members without a @username are
 * notified too. Long messages split on line boundaries; Telegram counts the limit in UTF-16 units
 * of the text after its markup is parsed, which is what is counted here.
 */
final class TelegramHtml {

    static final int MAX_CHARS = 4096;

    private final String botUsername;
    private final int maxChars;

    TelegramHtml(String botUsername) {
        this(botUsername, MAX_CHARS);
    }

    TelegramHtml(String botUsername, int maxChars) {
        this.botUsername = botUsername;
        this.maxChars = maxChars;
    }

    /** The parts to send, in order; never empty. */
    List<String> render(Message message) {
        List<String> parts = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        int length = 0;
        for (List<Span> line : lines(message)) {
            int lineLength = line.stream().mapToInt(TelegramHtml::visibleLength).sum();
            int needed = length == 0 ? lineLength : length + 1 + lineLength;
            if (needed > maxChars && length > 0) {
                parts.add(html.toString());
                html.setLength(0);
                length = 0;
            }
            if (lineLength > maxChars) {
                // one line longer than a whole message: cut it, never inside a character
                for (Span s : line) {
                    for (String piece : pieces(s, maxChars)) {
                        int pieceLength = piece.length();
                        if (length + pieceLength > maxChars && length > 0) {
                            parts.add(html.toString());
                            html.setLength(0);
                            length = 0;
                        }
                        html.append(render(s, piece));
                        length += pieceLength;
                    }
                }
                continue;
            }
            if (length > 0) {
                html.append('\n');
                length++;
            }
            for (Span s : line) html.append(render(s, null));
            length += lineLength;
        }
        if (length > 0 || parts.isEmpty()) parts.add(html.toString());
        return parts;
    }

    /** The message's spans cut at newlines; a mention or link never holds one. */
    private static List<List<Span>> lines(Message message) {
        List<List<Span>> lines = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        for (Span s : message.spans()) {
            if (s instanceof Span.Text t) {
                String[] pieces = t.value().split("\n", -1);
                for (int i = 0; i < pieces.length; i++) {
                    if (i > 0) {
                        lines.add(current);
                        current = new ArrayList<>();
                    }
                    if (!pieces[i].isEmpty()) current.add(new Span.Text(pieces[i]));
                }
            } else {
                current.add(s);
            }
        }
        lines.add(current);
        return lines;
    }

    private static int visibleLength(Span s) {
        if (s instanceof Span.Text t) return t.value().length();
        if (s instanceof Span.Mention m) return m.name().length();
        return ((Span.BotLink) s).label().length();
    }

    private static List<String> pieces(Span s, int max) {
        String visible = s instanceof Span.Text t ? t.value() : s instanceof Span.Mention m ? m.name() : ((Span.BotLink) s).label();
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < visible.length()) {
            int end = Math.min(visible.length(), start + max);
            if (end < visible.length() && Character.isHighSurrogate(visible.charAt(end - 1))) end--;
            out.add(visible.substring(start, end));
            start = end;
        }
        return out;
    }

    /** One span as HTML; visible replaces its text when a long span is cut into pieces. */
    private String render(Span s, String visible) {
        if (s instanceof Span.Text t) return Html.escape(visible != null ? visible : t.value());
        if (s instanceof Span.Mention m) {
            String name = Html.escape(visible != null ? visible : m.name());
            return isUserId(m.memberRef()) ? "<a href=\"tg://user?id=" + m.memberRef() + "\">" + name + "</a>" : name;
        }
        Span.BotLink l = (Span.BotLink) s;
        String label = Html.escape(visible != null ? visible : l.label());
        return "<a href=\"https://t.me/" + botUsername + "?start=" + l.payload() + "\">" + label + "</a>";
    }

    private static boolean isUserId(String ref) {
        if (ref.isEmpty() || ref.length() > 19) return false;
        for (int i = 0; i < ref.length(); i++) if (ref.charAt(i) < '0' || ref.charAt(i) > '9') return false;
        return true;
    }

}
