package org.mutualaid.platform;

/**
 * One message or button press from a platform, already translated by its adapter.
 *
 * @param platform     "console", "telegram", "matrix"
 * @param eventId      unique per platform; a second delivery of the same id changes nothing
 * @param chatRef      the platform's id of the chat
 * @param chatTitle    the chat's name, if the platform tells it
 * @param privateChat  a one-to-one chat between the member and the bot
 * @param senderRef    the platform's id of the member
 * @param senderName   how the member is shown to others
 * @param text         the message text, or null for a button press; "" for a message with nothing typed
 *                     (a photo, voice message or sticker without a caption), which a private chat answers
 * @param action       the pressed button's action, or null for a message
 * @param messageRef   the platform's id of the member's message, to reply to it; may be null
 * @param threadRef    the forum topic the message was in; may be null
 * @param direct       the platform says this was addressed to the bot (private chat, @mention, console)
 * @param pressRef     the platform's id of the button press, to answer it; null for a message
 * @param coordinators the chat's coordinators as the platform says now (Telegram: its administrators);
 *                     null when the adapter has nothing new to say
 * @param quotedBotText the text of the bot's own message that this one answers (a reply, on platforms
 *                     that have replies), as the member saw it; null when it answers none
 * @param checked      in a private chat, what the platform said just now of the sender's groups (see
 *                     {@link Checks}); null when the adapter asked nothing
 */
public record Incoming(
        String platform,
        String eventId,
        String chatRef,
        String chatTitle,
        boolean privateChat,
        String senderRef,
        String senderName,
        String text,
        String action,
        String messageRef,
        String threadRef,
        boolean direct,
        String pressRef,
        java.util.List<Person> coordinators,
        String quotedBotText,
        Checked checked) {

    public Incoming {
        require(platform, "platform");
        require(eventId, "eventId");
        require(chatRef, "chatRef");
        require(senderRef, "senderRef");
        if (senderName == null || senderName.isBlank()) senderName = "a neighbour";
        if (text == null && action == null) throw new IllegalArgumentException("neither text nor action");
        if (action != null && (pressRef == null || pressRef.isBlank())) throw new IllegalArgumentException("a button press needs its pressRef");
        if (coordinators != null) coordinators = java.util.List.copyOf(coordinators);
    }

    /** A message, as the adapter read it from the platform (nothing asked of the platform yet). */
    public Incoming(String platform, String eventId, String chatRef, String chatTitle, boolean privateChat, String senderRef,
                    String senderName, String text, String action, String messageRef, String threadRef, boolean direct,
                    String pressRef, java.util.List<Person> coordinators, String quotedBotText) {
        this(platform, eventId, chatRef, chatTitle, privateChat, senderRef, senderName, text, action, messageRef, threadRef, direct,
                pressRef, coordinators, quotedBotText, null);
    }

    /** A message that answers none of the bot's. */
    public Incoming(String platform, String eventId, String chatRef, String chatTitle, boolean privateChat, String senderRef,
                    String senderName, String text, String action, String messageRef, String threadRef, boolean direct,
                    String pressRef, java.util.List<Person> coordinators) {
        this(platform, eventId, chatRef, chatTitle, privateChat, senderRef, senderName, text, action, messageRef, threadRef, direct,
                pressRef, coordinators, null);
    }

    /** The same message, with the chat's coordinators as the platform says now. */
    public Incoming withCoordinators(java.util.List<Person> list) {
        return new Incoming(platform, eventId, chatRef, chatTitle, privateChat, senderRef, senderName, text, action, messageRef,
                threadRef, direct, pressRef, list, quotedBotText, checked);
    }

    /** The same message, with what the platform said just now of the sender's groups. */
    public Incoming withChecked(Checked answers) {
        return new Incoming(platform, eventId, chatRef, chatTitle, privateChat, senderRef, senderName, text, action, messageRef,
                threadRef, direct, pressRef, coordinators, quotedBotText, answers);
    }

    public boolean isPress() {
        return action != null;
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(what + " is required");
    }

    public static Incoming text(String platform, String eventId, String chatRef, boolean privateChat,
                                String senderRef, String senderName, String text, boolean direct) {
        return new Incoming(platform, eventId, chatRef, null, privateChat, senderRef, senderName, text, null,
                null, null, direct, null, null);
    }
}
