package org.mutualaid.platform.telegram;

import java.util.List;
import org.mutualaid.platform.Checked;
import org.mutualaid.platform.Incoming;
import org.mutualaid.platform.Person;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberRestricted;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Turns a Telegram update into what the core understands; only reads, never acts. */
final class UpdateTranslator {

    /** What an update means to the bot. */
    sealed interface Event {
        /** A message or button press for the core. */
        record ForBot(Incoming incoming) implements Event {}

        /** The group became a supergroup with a new id. */
        record ChatMoved(String eventId, String oldRef, String newRef) implements Event {}

        /** The bot was added to a chat, or removed; in a private chat, memberRef blocked or unblocked it. */
        record Membership(String eventId, String chatRef, String title, String memberRef, boolean present) implements Event {}

        /**
         * Members (not the bot) left a group or were removed (the service message left_chat_member),
         * or joined, left, or were promoted or demoted (a chat_member update): they stand so there now.
         */
        record Members(String eventId, String chatRef, List<Person> members, Checked.Standing standing) implements Event {}

        /** Members (not bots) joined a group: the service message new_chat_members. */
        record Joined(String eventId, String chatRef, List<Person> members) implements Event {}

        /** Nothing for the bot: plain chat, edits, channel posts, other bots. */
        record Nothing() implements Event {}
    }

    private final long botId;

    UpdateTranslator(long botId) {
        this.botId = botId;
    }

    /**
     * Update ids are numbered per bot: the event id carries the bot's id, so that a new bot token
     * on the same database never takes its updates for ones already seen.
     */
    String eventId(Update update) {
        return botId + ":" + update.getUpdateId();
    }

    Event translate(Update update) {
        if (update.hasMessage()) return message(update, update.getMessage());
        if (update.hasCallbackQuery()) return press(update, update.getCallbackQuery());
        if (update.getMyChatMember() != null) return membership(update, update.getMyChatMember());
        if (update.getChatMember() != null) return memberChange(update, update.getChatMember());
        return new Event.Nothing();
    }

    private Event message(Update update, Message m) {
        Chat chat = m.getChat();
        if (m.getMigrateToChatId() != null) {
            return new Event.ChatMoved(eventId(update), String.valueOf(chat.getId()), String.valueOf(m.getMigrateToChatId()));
        }
        if (m.getMigrateFromChatId() != null) {
            return new Event.ChatMoved(eventId(update), String.valueOf(m.getMigrateFromChatId()), String.valueOf(chat.getId()));
        }
        if (!chat.isUserChat() && !chat.isChannelChat()) {
            // service messages Telegram sends to bots even in privacy mode; the bot's own coming and going is my_chat_member's
            User gone = m.getLeftChatMember();
            if (gone != null) {
                return Boolean.TRUE.equals(gone.getIsBot()) ? new Event.Nothing()
                        : new Event.Members(eventId(update), String.valueOf(chat.getId()), List.of(person(gone)), Checked.Standing.LEFT);
            }
            List<Person> joined = m.getNewChatMembers().stream().filter(u -> !Boolean.TRUE.equals(u.getIsBot())).map(UpdateTranslator::person).toList();
            if (!joined.isEmpty()) return new Event.Joined(eventId(update), String.valueOf(chat.getId()), joined);
        }
        User from = m.getFrom();
        if (from == null || Boolean.TRUE.equals(from.getIsBot()) || chat.isChannelChat()) return new Event.Nothing();
        boolean privateChat = chat.isUserChat();
        // a photo of what is offered, with "/offer ..." as its caption, is an offer: its caption is read as the text
        boolean captioned = !m.hasText() && m.getCaption() != null && !m.getCaption().isBlank() && isMedia(m);
        if (!m.hasText() && !captioned) {
            // privately, a photo, voice message or sticker is said to the bot, which cannot read it: it says so ("" is no text)
            return privateChat && isMedia(m) ? new Event.ForBot(new Incoming(TelegramMessenger.PLATFORM, eventId(update),
                    String.valueOf(chat.getId()), chat.getTitle(), true, String.valueOf(from.getId()), name(from), "", null,
                    String.valueOf(m.getMessageId()), null, true, null, null, null)) : new Event.Nothing();
        }
        String text = captioned ? m.getCaption() : m.getText();
        // the library fills in each entity's text only when getEntities() is called; isCommand() reads it
        m.getEntities();
        boolean command = captioned ? text.startsWith("/") : m.isCommand();
        // in a private chat, an answer to one of the bot's messages may be meant for the relay
        Message quoted = m.getReplyToMessage();
        boolean answersBot = privateChat && quoted != null && quoted.getFrom() != null && quoted.getFrom().getId() == botId
                && quoted.getText() != null;
        // in a group only commands are for the bot; in a private chat everything is, and the core answers words it cannot use
        if (!command && !privateChat) return new Event.Nothing();
        // "/need@TheBot" names this bot; the parser ignores commands that name another one
        boolean direct = privateChat || text.split("\\s", 2)[0].contains("@");
        String thread = m.isTopicMessage() && m.getMessageThreadId() != null ? String.valueOf(m.getMessageThreadId()) : null;
        return new Event.ForBot(new Incoming(TelegramMessenger.PLATFORM, eventId(update), String.valueOf(chat.getId()),
                chat.getTitle(), privateChat, String.valueOf(from.getId()), name(from), text, null,
                String.valueOf(m.getMessageId()), thread, direct, null, null, answersBot ? quoted.getText() : null));
    }

    /** What a member sends that is not typed: the bot can read at most its caption. */
    private static boolean isMedia(Message m) {
        return m.hasPhoto() || m.hasVoice() || m.hasAudio() || m.hasVideo() || m.hasVideoNote() || m.hasSticker() || m.hasDocument()
                || m.hasAnimation() || m.hasContact() || m.hasLocation();
    }

    private Event press(Update update, CallbackQuery q) {
        MaybeInaccessibleMessage m = q.getMessage();
        // presses on inline-mode messages carry no chat; the bot never sends those
        if (m == null || q.getData() == null || q.getFrom() == null) return new Event.Nothing();
        Chat chat = m.getChat();
        String thread = m instanceof Message full && full.isTopicMessage() && full.getMessageThreadId() != null
                ? String.valueOf(full.getMessageThreadId()) : null;
        return new Event.ForBot(new Incoming(TelegramMessenger.PLATFORM, eventId(update), String.valueOf(m.getChatId()),
                chat == null ? null : chat.getTitle(), chat != null && chat.isUserChat(), String.valueOf(q.getFrom().getId()),
                name(q.getFrom()), null, q.getData(), String.valueOf(m.getMessageId()), thread, true, q.getId(), null));
    }

    private Event membership(Update update, ChatMemberUpdated change) {
        String status = change.getNewChatMember() == null ? "" : change.getNewChatMember().getStatus();
        boolean present = !status.equals("left") && !status.equals("kicked");
        Chat chat = change.getChat();
        // a private chat's id is the member's own
        String member = chat.isUserChat() ? String.valueOf(chat.getId()) : null;
        return new Event.Membership(eventId(update), String.valueOf(chat.getId()), chat.getTitle(), member, present);
    }

    /** A chat_member update (sent only where the bot is an administrator): someone else's standing changed. */
    private Event memberChange(Update update, ChatMemberUpdated change) {
        ChatMember now = change.getNewChatMember();
        Chat chat = change.getChat();
        if (now == null || now.getUser() == null || Boolean.TRUE.equals(now.getUser().getIsBot()) || chat == null || chat.isUserChat()) {
            return new Event.Nothing();
        }
        Checked.Standing standing = standing(now);
        return standing == null ? new Event.Nothing()
                : new Event.Members(eventId(update), String.valueOf(chat.getId()), List.of(person(now.getUser())), standing);
    }

    /** Where a ChatMember (from getChatMember or a chat_member update) stands; null for a status the bot does not know. */
    static Checked.Standing standing(ChatMember member) {
        String status = member.getStatus() == null ? "" : member.getStatus();
        return switch (status) {
            case "creator", "administrator" -> Checked.Standing.COORDINATOR;
            case "member" -> Checked.Standing.MEMBER;
            // a restricted member may still be in the group, or may have left it while restricted
            case "restricted" -> member instanceof ChatMemberRestricted r && Boolean.FALSE.equals(r.getIsMember())
                    ? Checked.Standing.LEFT : Checked.Standing.MEMBER;
            case "left", "kicked" -> Checked.Standing.LEFT;
            default -> null;
        };
    }

    private static Person person(User u) {
        return new Person(String.valueOf(u.getId()), name(u));
    }

    /** First and last name as Telegram shows them; the @username only when there is no name. */
    static String name(User u) {
        String name = (u.getFirstName() == null ? "" : u.getFirstName())
                + (u.getLastName() == null || u.getLastName().isBlank() ? "" : " " + u.getLastName());
        if (name.isBlank() && u.getUserName() != null) name = u.getUserName();
        return name.isBlank() ? null : name.strip();
    }
}
