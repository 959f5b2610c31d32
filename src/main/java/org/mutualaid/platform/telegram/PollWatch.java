package org.mutualaid.platform.telegram;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the long-polling HTTP calls and says in one line when one fails. It stands in for the
 * library's own logging of poll failures (switched off in Logging): that one prints a stack trace
 * each time, also for the poll cut off on purpose at shutdown. Never logs the URL: it holds the token.
 */
final class PollWatch implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(PollWatch.class);

    private volatile boolean stopping;

    void stopping() {
        stopping = true;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException e) {
            if (!stopping) log.warn("Polling Telegram failed ({}); trying again after a pause", e.toString());
            throw e;
        }
        if (!response.isSuccessful() && !stopping) {
            if (response.code() == 401) {
                log.error("Telegram refused the bot token while polling (401); check TELEGRAM_BOT_TOKEN. Trying again after a pause");
            } else {
                log.warn("Telegram answered {} to a poll for updates; trying again after a pause", response.code());
            }
        }
        return response;
    }
}
