package org.mutualaid.platform.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mutualaid.platform.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatAdministrators;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * A group's administrators are its coordinators. Asked of Telegram at most every ten minutes per
 * group when someone writes there, and afresh before a private command that only coordinators may
 * use (/export), so that a demoted administrator loses it at once; on the polling thread and
 * outside any transaction; the core keeps the last answer.
 */
final class ChatAdmins {

    private static final Logger log = LoggerFactory.getLogger(ChatAdmins.class);
    static final Duration FRESH_FOR = Duration.ofMinutes(10);

    private final TelegramClient client;
    private final Clock clock;
    private final Map<String, Instant> askedAt = new ConcurrentHashMap<>();

    ChatAdmins(TelegramClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** The group's administrators (bots left out) if they are due to be asked again; null when nothing new is known. */
    List<Person> refresh(String chatId) {
        Instant now = clock.instant();
        Instant last = askedAt.get(chatId);
        if (last != null && Duration.between(last, now).compareTo(FRESH_FOR) < 0) return null;
        askedAt.put(chatId, now);
        try {
            return ask(chatId);
        } catch (TelegramApiException | RuntimeException e) {
            // the last list the core kept stays in force; asked again in ten minutes
            log.warn("Could not get the administrators of a group from Telegram: {}", MemberChecks.describe(e));
            return null;
        }
    }

    /** The group's administrators (bots left out) as Telegram lists them now, whenever last asked; throws when it could not be asked. */
    List<Person> now(String chatId) throws TelegramApiException {
        return ask(chatId);
    }

    private List<Person> ask(String chatId) throws TelegramApiException {
        List<ChatMember> admins = client.execute(GetChatAdministrators.builder().chatId(chatId).build());
        return admins.stream().map(ChatMember::getUser).filter(u -> u != null && !Boolean.TRUE.equals(u.getIsBot()))
                .map(u -> new Person(String.valueOf(u.getId()), UpdateTranslator.name(u))).toList();
    }
}
