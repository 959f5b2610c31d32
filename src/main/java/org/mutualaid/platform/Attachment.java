package org.mutualaid.platform;

import java.util.Arrays;

/**
 * A file sent with a message (e.g. /export's CSV). Adapters send it as their platform's document:
 * Telegram sendDocument, Matrix an upload and an m.file event, the console a file on disk.
 */
public record Attachment(String fileName, String mediaType, byte[] bytes) {

    /** Telegram takes documents up to 50 MB from bots; ours are far smaller. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    public Attachment {
        if (fileName == null || !fileName.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException("a file name is 1-100 of A-Z, a-z, 0-9, '.', '_' and '-'");
        }
        if (mediaType == null || !mediaType.matches("[a-z]+/[A-Za-z0-9.+-]+(; ?charset=[A-Za-z0-9-]+)?")) {
            throw new IllegalArgumentException("not a media type: " + mediaType);
        }
        if (bytes == null || bytes.length > MAX_BYTES) throw new IllegalArgumentException("no bytes, or too many");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attachment a && a.fileName.equals(fileName) && a.mediaType.equals(mediaType) && Arrays.equals(a.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return fileName.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        // never the content: it may be members' posts
        return "Attachment[" + fileName + ", " + mediaType + ", " + bytes.length + " bytes]";
    }
}
