package org.mutualaid.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.mutualaid.platform.Button;
import org.mutualaid.platform.Message;
import org.mutualaid.platform.Span;

/** Writes a Message into the outbox's JSON payload and reads it back. */
final class MessageCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MessageCodec() {}

    static String write(Message message) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode spans = root.putArray("spans");
        for (Span s : message.spans()) {
            if (s instanceof Span.Text t) {
                spans.addObject().put("text", t.value());
            } else if (s instanceof Span.Mention m) {
                spans.addObject().put("mention", m.memberRef()).put("name", m.name());
            } else if (s instanceof Span.BotLink l) {
                spans.addObject().put("link", l.payload()).put("label", l.label());
            }
        }
        if (!message.buttons().isEmpty()) {
            ArrayNode rows = root.putArray("buttons");
            for (List<Button> row : message.buttons()) {
                ArrayNode r = rows.addArray();
                for (Button b : row) r.addObject().put("label", b.label()).put("action", b.action());
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new StoreException("Could not encode a message", e);
        }
    }

    /** A JSON array of strings, for SQL that takes a list through json_each. */
    static String jsonArray(java.util.Collection<String> values) {
        ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array.toString();
    }

    static Message read(String payload) {
        try {
            JsonNode root = JSON.readTree(payload);
            Message.Builder b = Message.builder();
            for (JsonNode s : root.path("spans")) {
                if (s.has("mention")) b.mention(s.get("mention").asText(), s.path("name").asText());
                else if (s.has("link")) b.botLink(s.path("label").asText(), s.get("link").asText());
                else b.text(s.path("text").asText());
            }
            for (JsonNode row : root.path("buttons")) {
                List<Button> buttons = new ArrayList<>();
                for (JsonNode btn : row) buttons.add(new Button(btn.path("label").asText(), btn.path("action").asText()));
                b.buttonRow(buttons);
            }
            return b.build();
        } catch (JsonProcessingException e) {
            throw new StoreException("Could not decode an outbox message", e);
        }
    }
}
