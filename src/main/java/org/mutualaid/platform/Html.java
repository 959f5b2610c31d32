package org.mutualaid.platform;

/** Escaping of member text for the platforms that take HTML (Telegram, Matrix's formatted_body). */
public final class Html {
    private Html() {
    }

    /** &amp; &lt; &gt; and &quot;: safe in text and inside the double-quoted attributes the adapters write. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
