package org.mutualaid.platform.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mutualaid.platform.Checked;
import org.mutualaid.platform.Checks;
import org.mutualaid.platform.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Asks Telegram, just before a private command that depends on it, what the core asked to check
 * (see {@link Checks}): whether the sender is still in the groups stored as theirs (getChatMember;
 * left or kicked counts as gone), and who administers the groups they coordinate (getChatAdministrators,
 * asked afresh, not the ten-minute list). Telegram tells a bot in privacy mode of a departure only
 * by a service message it may miss, and of a demotion not at all.
 *
 * <p>On the polling thread, outside any transaction. Bounded: at most MAX_GROUPS groups per
 * command; getChatMember answers kept FRESH_FOR (forgotten when the group's members change); after
 * Telegram could not be reached it is not asked again for PAUSE_AFTER_FAILURE. What could not be
 * asked goes by what the bot stored.
 */
final class MemberChecks {

    private static final Logger log = LoggerFactory.getLogger(MemberChecks.class);
    static final int MAX_GROUPS = 10;
    static final Duration FRESH_FOR = Duration.ofMinutes(1);
    static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(30);
    private static final int MAX_KEPT = 10_000;

    private final TelegramClient client;
    private final ChatAdmins admins;
    private final Clock clock;
    /** By "chat|user": what getChatMember said, and when. */
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private volatile Instant pausedUntil = Instant.MIN;

    private record Known(Checked.Standing standing, Instant at) {}

    MemberChecks(TelegramClient client, ChatAdmins admins, Clock clock) {
        this.client = client;
        this.admins = admins;
        this.clock = clock;
    }

    /** What Telegram says now of userId in the groups to check; groups it could not be asked about are left out. */
    Checked check(Checks checks, String userId) {
        if (checks.isEmpty()) return Checked.NOTHING;
        Map<String, Checked.Standing> standings = new LinkedHashMap<>();
        for (String chat : checks.memberOf().stream().limit(MAX_GROUPS).toList()) {
            Checked.Standing standing = standing(chat, userId);
            if (standing != null) standings.put(chat, standing);
        }
        Map<String, List<Person>> coordinators = new LinkedHashMap<>();
        for (String chat : checks.coordinatorsOf().stream().limit(MAX_GROUPS).toList()) {
            if (paused()) break;
            try {
                coordinators.put(chat, admins.now(chat));
            } catch (TelegramApiException | RuntimeException e) {
                failed("the administrators of a group", e);
            }
        }
        return new Checked(standings, coordinators);
    }

    /** A member of the group joined, left, or was promoted or demoted: what was kept of it is asked again. */
    void forget(String chatId) {
        known.keySet().removeIf(key -> key.startsWith(chatId + "|"));
    }

    private Checked.Standing standing(String chatId, String userId) {
        String key = chatId + "|" + userId;
        Instant now = clock.instant();
        Known kept = known.get(key);
        if (kept != null && Duration.between(kept.at(), now).compareTo(FRESH_FOR) < 0) return kept.standing();
        if (paused()) return null;
        Checked.Standing standing;
        try {
            ChatMember member = client.execute(GetChatMember.builder().chatId(chatId).userId(Long.parseLong(userId)).build());
            standing = UpdateTranslator.standing(member);
        } catch (TelegramApiRequestException e) {
            standing = refusal(e);
            if (standing == null) failed("whether a member is still in a group", e);
        } catch (TelegramApiException | RuntimeException e) {
            failed("whether a member is still in a group", e);
            return null;
        }
        if (standing == null) return null;
        if (known.size() >= MAX_KEPT) known.entrySet().removeIf(e -> Duration.between(e.getValue().at(), now).compareTo(FRESH_FOR) >= 0);
        if (known.size() < MAX_KEPT) known.put(key, new Known(standing, now));
        return standing;
    }

    /** Telegram refuses getChatMember for someone who is not in the group (some groups answer so rather than "left"). */
    private static Checked.Standing refusal(TelegramApiRequestException e) {
        String says = e.getApiResponse() == null ? "" : e.getApiResponse();
        boolean notThere = e.getErrorCode() != null && e.getErrorCode() == 400
                && (says.contains("user not found") || says.contains("member not found") || says.contains("PARTICIPANT_ID_INVALID"));
        return notThere ? Checked.Standing.LEFT : null;
    }

    private boolean paused() {
        return clock.instant().isBefore(pausedUntil);
    }

    /**
     * Logged without the member, the group or the token. A refusal about one group (it is gone, the
     * bot was removed) stops nothing; anything else (no network, Telegram down or busy) stops asking for a while.
     */
    private void failed(String what, Exception e) {
        boolean aboutOneGroup = e instanceof TelegramApiRequestException r && r.getErrorCode() != null
                && (r.getErrorCode() == 400 || r.getErrorCode() == 403);
        if (!aboutOneGroup) pausedUntil = clock.instant().plus(PAUSE_AFTER_FAILURE);
        log.warn("Could not ask Telegram {} ({}); going by what the bot stored{}", what, describe(e),
                aboutOneGroup ? "" : ", and asking again in " + PAUSE_AFTER_FAILURE.toSeconds() + " s");
    }

    /** An error as it may be logged: Telegram's code and description, or the kind of failure; never a URL (it holds the token). */
    static String describe(Exception e) {
        if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null && r.getErrorCode() > 0) {
            return r.getErrorCode() + " " + (r.getApiResponse() == null ? "" : r.getApiResponse());
        }
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t == e ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " caused by " + t.getClass().getSimpleName();
    }
}
