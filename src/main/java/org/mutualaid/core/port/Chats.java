package org.mutualaid.core.port;

import java.time.Instant;
import java.util.Optional;
import org.mutualaid.core.model.Chat;

public interface Chats {
    /** The chat with this platform id, created on first sight; its title is kept up to date. */
    Chat resolve(String platform, String ref, String title, boolean privateChat, Instant now);

    Optional<Chat> byId(long id);

    /** Takes the next post number of the chat (1, 2, 3, ... never reused). */
    int takeNextPostNumber(long chatId);
}
