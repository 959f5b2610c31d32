package org.mutualaid.core.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them (CRLF line ends; a field holding a comma, a quote
 * or a line break is quoted, its quotes doubled), safe to open in a spreadsheet: a cell starting
 * with = + - @ (or a tab or carriage return) would be read as a formula, so it gets a ' first.
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder();

    /** Appends one record. */
    public Csv row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append(',');
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    /** UTF-8 with a byte order mark, so that spreadsheets read every script as it is. */
    public byte[] bytes() {
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
