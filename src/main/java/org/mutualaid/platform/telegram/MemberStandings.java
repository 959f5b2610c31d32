package org.mutualaid.platform.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mutualaid.core.Bot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberRestricted;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Before a member's private message, asks Telegram where they stand in each group the bot knows
 * them from: a member who left must not be offered the group for an anonymous post, and an
 * administrator who was demoted must not export its posts, and Telegram tells the bot of neither
 * in time. Asked on the polling thread, outside any transaction, at most once a minute per member
 * and for a bounded number of groups; when Telegram cannot be asked, what is stored stays in force.
 */
final class MemberStandings {

    private static final Logger log = LoggerFactory.getLogger(MemberStandings.class);
    static final Duration FRESH_FOR = Duration.ofMinutes(1);
    /** A member in more groups than this is checked in the first ones only (by title); the rest keep what is stored. */
    static final int MAX_GROUPS = 10;

    private final TelegramClient client;
    private final Bot bot;
    private final Clock clock;
    private final Map<String, Instant> checkedAt = new ConcurrentHashMap<>();

    MemberStandings(TelegramClient client, Bot bot, Clock clock) {
        this.client = client;
        this.bot = bot;
        this.clock = clock;
    }

    void check(String memberRef) {
        Instant now = clock.instant();
        Instant last = checkedAt.get(memberRef);
        if (last != null && Duration.between(last, now).compareTo(FRESH_FOR) < 0) return;
        checkedAt.put(memberRef, now);
        if (checkedAt.size() > 10_000) checkedAt.entrySet().removeIf(e -> Duration.between(e.getValue(), now).compareTo(FRESH_FOR) >= 0);
        List<String> groups = bot.groupsToCheck(TelegramMessenger.PLATFORM, memberRef);
        for (String chatRef : groups.subList(0, Math.min(groups.size(), MAX_GROUPS))) {
            try {
                ChatMember member = client.execute(GetChatMember.builder().chatId(chatRef).userId(Long.parseLong(memberRef)).build());
                bot.memberStanding(TelegramMessenger.PLATFORM, chatRef, memberRef, standing(member));
            } catch (TelegramApiException | RuntimeException e) {
                log.warn("Could not ask Telegram whether a member is still in a group: {}", e.getMessage());
            }
        }
    }

    static Bot.Standing standing(ChatMember member) {
        return switch (member.getStatus()) {
            case "creator", "administrator" -> Bot.Standing.COORDINATOR;
            case "left", "kicked" -> Bot.Standing.LEFT;
            // a restricted member may have left the group and still be listed with its restrictions
            case "restricted" -> member instanceof ChatMemberRestricted r && Boolean.FALSE.equals(r.getIsMember())
                    ? Bot.Standing.LEFT : Bot.Standing.MEMBER;
            default -> Bot.Standing.MEMBER;
        };
    }
}
