package org.mutualaid.core.handler;

import java.time.Duration;
import org.mutualaid.core.command.Command;
import org.mutualaid.core.command.SettingChange;
import org.mutualaid.core.model.ChatSettings;

/** /settings: coordinators read and change how the bot follows up in their group. */
public final class SettingsHandler {

    public void handle(Context ctx, Command.Settings cmd) {
        if (ctx.refuseUnlessCoordinator("/settings")) return;
        ChatSettings s = ctx.settings();
        SettingChange change = cmd.change();
        if (change == null) {
            ctx.reply(describe(s));
            return;
        }
        ChatSettings next = apply(s, change);
        ctx.tx().chats().saveSettings(ctx.chat().id(), next, ctx.rules());
        ctx.reply("Saved. " + describe(next));
    }

    private static ChatSettings apply(ChatSettings s, SettingChange change) {
        if (change instanceof SettingChange.Zone z) {
            return new ChatSettings(z.zone(), s.digestAt(), s.digestTo(), s.reminders(), s.quietFrom(), s.quietUntil(),
                    s.needExpiry(), s.offerExpiry(), s.lastDigestDay(), s.lastBumpDay(), s.lastDigestAt());
        }
        if (change instanceof SettingChange.DigestAt d) {
            return new ChatSettings(s.zone(), d.at(), s.digestTo(), s.reminders(), s.quietFrom(), s.quietUntil(),
                    s.needExpiry(), s.offerExpiry(), s.lastDigestDay(), s.lastBumpDay(), s.lastDigestAt());
        }
        if (change instanceof SettingChange.DigestTo d) {
            return new ChatSettings(s.zone(), s.digestAt(), d.to(), s.reminders(), s.quietFrom(), s.quietUntil(),
                    s.needExpiry(), s.offerExpiry(), s.lastDigestDay(), s.lastBumpDay(), s.lastDigestAt());
        }
        if (change instanceof SettingChange.Reminders r) {
            return new ChatSettings(s.zone(), s.digestAt(), s.digestTo(), r.on(), s.quietFrom(), s.quietUntil(),
                    s.needExpiry(), s.offerExpiry(), s.lastDigestDay(), s.lastBumpDay(), s.lastDigestAt());
        }
        if (change instanceof SettingChange.Quiet q) {
            return new ChatSettings(s.zone(), s.digestAt(), s.digestTo(), s.reminders(), q.from(), q.until(),
                    s.needExpiry(), s.offerExpiry(), s.lastDigestDay(), s.lastBumpDay(), s.lastDigestAt());
        }
        SettingChange.Expiry e = (SettingChange.Expiry) change;
        return new ChatSettings(s.zone(), s.digestAt(), s.digestTo(), s.reminders(), s.quietFrom(), s.quietUntil(),
                e.needDays() == null ? s.needExpiry() : Duration.ofDays(e.needDays()),
                e.offerDays() == null ? s.offerExpiry() : Duration.ofDays(e.offerDays()), s.lastDigestDay(), s.lastBumpDay(), s.lastDigestAt());
    }

    static String describe(ChatSettings s) {
        return "Settings for this group:\n"
                + "timezone " + s.zone().getId() + "\n"
                + "digest " + (s.digestAt() == null ? "off" : s.digestAt()) + ", to " + s.digestTo().word() + "\n"
                + "reminders " + (s.reminders() ? "on" : "off") + ", quiet " + (s.quietFrom().equals(s.quietUntil()) ? "off" : s.quietFrom() + "-" + s.quietUntil()) + "\n"
                + "expiry needs " + s.needExpiry().toDays() + "d offers " + s.offerExpiry().toDays() + "d\n"
                + "Change one like this: /settings digest 08:30";
    }
}
