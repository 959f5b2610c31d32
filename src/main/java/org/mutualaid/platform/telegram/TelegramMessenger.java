package org.mutualaid.platform.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.io.ByteArrayInputStream;
import org.mutualaid.platform.Attachment;
import org.mutualaid.platform.Button;
import org.mutualaid.platform.Destination;
import org.mutualaid.platform.Messenger;
import org.mutualaid.platform.Outgoing;
import org.mutualaid.platform.SendResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends outbox rows through the Bot API and says what Telegram answered, in the dispatcher's
 * terms: sent, wait (429), try again (5xx, network), never (400), gone (403) or moved (a group
 * upgraded to a supergroup). Only the dispatcher calls it.
 */
public final class TelegramMessenger implements Messenger {

    public static final String PLATFORM = "telegram";
    /** answerCallbackQuery shows at most 200 characters. */
    private static final int PRESS_ANSWER_CHARS = 200;
    /** A document's caption holds at most 1,024 characters. */
    private static final int CAPTION_CHARS = 1024;
    private static final Logger log = LoggerFactory.getLogger(TelegramMessenger.class);

    private final TelegramClient client;
    private final TelegramHtml html;
    private final RateLimits limits;

    TelegramMessenger(TelegramClient client, String botUsername, RateLimits limits) {
        this.client = client;
        this.html = new TelegramHtml(botUsername);
        this.limits = limits;
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public Duration delayBefore(Destination to) {
        // a button's answer is not a chat message and must come within seconds
        return to.kind() == Destination.Kind.PRESS ? Duration.ZERO : limits.delayBefore(to.ref());
    }

    @Override
    public SendResult send(Outgoing out) {
        return out.to().kind() == Destination.Kind.PRESS ? answerPress(out) : sendMessage(out);
    }

    private SendResult answerPress(Outgoing out) {
        String text = out.message().plainText();
        if (text.length() > PRESS_ANSWER_CHARS) text = text.substring(0, PRESS_ANSWER_CHARS - 1) + "…";
        try {
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(out.to().ref()).text(text).build());
            return new SendResult.Sent();
        } catch (TelegramApiException e) {
            SendResult result = classify(e, out.to().ref());
            // a press answered too late (over ~15 s) is refused for good; the action itself was done
            return result instanceof SendResult.Gone g ? new SendResult.Permanent(g.reason()) : result;
        }
    }

    /**
     * Sends the text in parts, each a message of its own; a file goes with the last one: as a
     * document with the text as its caption when that fits, else as a document after the text.
     * partsSent counts every accepted call, so a retry never sends anything twice.
     */
    private SendResult sendMessage(Outgoing out) {
        List<String> parts = html.render(out.message());
        Attachment file = out.message().attachment();
        boolean captioned = file != null && parts.size() == 1 && out.message().plainText().length() <= CAPTION_CHARS;
        int steps = captioned ? 1 : parts.size() + (file == null ? 0 : 1);
        String chatId = out.to().ref();
        for (int i = out.partsSent(); i < steps; i++) {
            int done = i - out.partsSent();
            if (done > 0) {
                // each part is a message of its own to Telegram's limits
                Duration wait = limits.delayBefore(chatId);
                if (!wait.isZero()) return new SendResult.Partly(done, new SendResult.RetryAfter(wait));
            }
            boolean last = i == steps - 1;
            InlineKeyboardMarkup buttons = last && !out.message().buttons().isEmpty() ? keyboard(out.message().buttons()) : null;
            try {
                if (file != null && last) {
                    client.execute(document(out, file, captioned ? parts.get(0) : null, i == 0, buttons));
                } else {
                    client.execute(text(out, parts.get(i), i == 0, buttons));
                }
                limits.sent(chatId);
            } catch (TelegramApiException e) {
                SendResult result = classify(e, chatId);
                return done == 0 ? result : new SendResult.Partly(done, result);
            }
        }
        return new SendResult.Sent();
    }

    private static SendMessage text(Outgoing out, String html, boolean first, InlineKeyboardMarkup buttons) {
        SendMessage.SendMessageBuilder<?, ?> msg = SendMessage.builder()
                .chatId(out.to().ref())
                .text(html)
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (out.to().threadRef() != null) msg.messageThreadId(Integer.valueOf(out.to().threadRef()));
        if (first && out.to().replyToRef() != null) msg.replyParameters(replyTo(out));
        if (buttons != null) msg.replyMarkup(buttons);
        return msg.build();
    }

    /** sendDocument: a multipart upload of the file's bytes under its own name. */
    private static SendDocument document(Outgoing out, Attachment file, String captionHtml, boolean first, InlineKeyboardMarkup buttons) {
        SendDocument.SendDocumentBuilder<?, ?> doc = SendDocument.builder()
                .chatId(out.to().ref())
                .document(new InputFile(new ByteArrayInputStream(file.bytes()), file.fileName()));
        if (captionHtml != null) doc.caption(captionHtml).parseMode(ParseMode.HTML);
        if (out.to().threadRef() != null) doc.messageThreadId(Integer.valueOf(out.to().threadRef()));
        if (first && out.to().replyToRef() != null) doc.replyParameters(replyTo(out));
        if (buttons != null) doc.replyMarkup(buttons);
        return doc.build();
    }

    /** If the member deleted their message meanwhile, the answer still goes out. */
    private static ReplyParameters replyTo(Outgoing out) {
        return ReplyParameters.builder().messageId(Integer.valueOf(out.to().replyToRef())).allowSendingWithoutReply(true).build();
    }

    private static InlineKeyboardMarkup keyboard(List<List<Button>> rows) {
        List<InlineKeyboardRow> keyboard = new ArrayList<>();
        for (List<Button> row : rows) {
            InlineKeyboardRow r = new InlineKeyboardRow();
            for (Button b : row) r.add(InlineKeyboardButton.builder().text(b.label()).callbackData(b.action()).build());
            keyboard.add(r);
        }
        return new InlineKeyboardMarkup(keyboard);
    }

    /** What Telegram's refusal means for the row. Never includes the token (the library's messages do not). */
    private SendResult classify(TelegramApiException e, String chatId) {
        // the library refused to build the request: sending it again cannot help
        if (e instanceof TelegramApiValidationException) return new SendResult.Permanent("invalid request: " + e.getMessage());
        // no error code (0 or none): no answer from Telegram itself, e.g. a proxy's 502 page or a network error
        if (!(e instanceof TelegramApiRequestException r) || r.getErrorCode() == null || r.getErrorCode() == 0) {
            return new SendResult.Transient("no answer from Telegram: " + rootCause(e));
        }
        int code = r.getErrorCode();
        String description = r.getApiResponse();
        ResponseParameters params = r.getParameters();
        if (code == 429) {
            Duration wait = Duration.ofSeconds(params != null && params.getRetryAfter() != null ? params.getRetryAfter() : 5);
            limits.pause(chatId, wait);
            return new SendResult.RetryAfter(wait);
        }
        if (params != null && params.getMigrateToChatId() != null) {
            return new SendResult.Moved(String.valueOf(params.getMigrateToChatId()));
        }
        if (code == 403) return new SendResult.Gone("403 " + description);
        if (code >= 500) return new SendResult.Transient(code + " " + description);
        if (code == 401) {
            log.error("Telegram refused the bot token while sending (401); check TELEGRAM_BOT_TOKEN");
            return new SendResult.Transient("401 " + description);
        }
        return new SendResult.Permanent(code + " " + description);
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName();
    }
}
