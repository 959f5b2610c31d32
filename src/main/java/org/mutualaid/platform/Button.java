package org.mutualaid.platform;

/** An inline button. action is what the bot receives back when it is pressed, e.g. "claim:42". */
public record Button(String label, String action) {
    public Button {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("button without label");
        if (action == null || action.isBlank()) throw new IllegalArgumentException("button without action");
        if (action.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
            throw new IllegalArgumentException("button action longer than 64 bytes");
        }
    }
}
