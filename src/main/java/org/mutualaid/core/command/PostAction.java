package org.mutualaid.core.command;

import java.util.Locale;

public enum PostAction {
    CLAIM, UNCLAIM, DONE, CANCEL,
    /** The author keeps a post open past its expiry. */
    RENEW,
    /** A coordinator closes any post. */
    CLOSE,
    /** The author posts it again without the phone number, e-mail or address it gave away. */
    REDACT,
    /** The author, or a coordinator, opens a closed post again: closed by mistake, or the help fell through. */
    REOPEN;

    public String commandName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
