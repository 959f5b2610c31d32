package org.mutualaid.platform.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.mutualaid.platform.Person;

/**
 * What the bot knows of each room's state from /sync: members' display names, who is in the room,
 * power levels, and whether the room is encrypted. Kept in memory only; after a restart the power
 * levels, and whether those they name are still in the room, are asked of the homeserver again
 * when first needed.
 */
final class RoomState {

    /** Members with at least this power level are the room's coordinators (Element's "Moderator"). */
    static final int COORDINATOR_LEVEL = 50;

    private final String botUserId;
    private final Map<String, Map<String, String>> names = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> powerLevels = new ConcurrentHashMap<>();
    private final Map<String, List<Person>> reported = new ConcurrentHashMap<>();
    private final Map<String, String> titles = new ConcurrentHashMap<>();
    /** Room version 12 and later: the creators have unlimited power without being listed in the power levels. */
    private final Map<String, List<String>> creators = new ConcurrentHashMap<>();
    private final java.util.Set<String> encrypted = ConcurrentHashMap.newKeySet();
    /** Whether each member is in the room (joined) or not (left, banned, only invited), as far as the bot has seen. */
    private final Map<String, Map<String, Boolean>> present = new ConcurrentHashMap<>();

    RoomState(String botUserId) {
        this.botUserId = botUserId;
    }

    /** Takes in one state event (from a room's state or timeline). */
    void apply(String roomId, JsonNode event) {
        String type = event.path("type").asText();
        if (type.equals("m.room.member")) {
            String user = event.path("state_key").asText(null);
            String name = event.path("content").path("displayname").asText(null);
            if (user != null && name != null && !name.isBlank()) {
                names.computeIfAbsent(roomId, r -> new ConcurrentHashMap<>()).put(user, name.strip());
            }
            String membership = event.path("content").path("membership").asText("");
            // power levels outlive a departure: someone who left is no coordinator, whatever their level
            if (user != null && !membership.isEmpty()) setPresent(roomId, user, membership.equals("join"));
        } else if (type.equals("m.room.create")) {
            JsonNode content = event.path("content");
            String version = content.path("room_version").asText("1");
            if (version.matches("\\d+") && Integer.parseInt(version) >= 12) {
                List<String> list = new java.util.ArrayList<>();
                list.add(event.path("sender").asText());
                content.path("additional_creators").forEach(c -> list.add(c.asText()));
                creators.put(roomId, List.copyOf(list));
            }
        } else if (type.equals("m.room.encryption")) {
            encrypted.add(roomId);
        } else if (type.equals("m.room.name")) {
            String title = event.path("content").path("name").asText("");
            if (title.isBlank()) titles.remove(roomId);
            else titles.put(roomId, title.strip());
        } else if (type.equals("m.room.power_levels") && event.path("state_key").asText("").isEmpty()) {
            setPowerLevels(roomId, event.path("content"));
        }
    }

    void setPowerLevels(String roomId, JsonNode content) {
        Map<String, Integer> levels = new ConcurrentHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = content.path("users").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().canConvertToInt()) levels.put(e.getKey(), e.getValue().asInt());
        }
        powerLevels.put(roomId, levels);
    }

    /** The room's name, if it has one. */
    String title(String roomId) {
        return titles.get(roomId);
    }

    boolean knowsPowerLevels(String roomId) {
        return powerLevels.containsKey(roomId);
    }

    /** How the member is shown: their display name in the room, else the local part of their id. */
    String name(String roomId, String userId) {
        String name = names.getOrDefault(roomId, Map.of()).get(userId);
        if (name != null) return name;
        int colon = userId.indexOf(':');
        return userId.startsWith("@") && colon > 1 ? userId.substring(1, colon) : userId;
    }

    /** The room's coordinators when they differ from what the core was last told; null when nothing changed. */
    List<Person> coordinatorsIfChanged(String roomId) {
        if (!powerLevels.containsKey(roomId)) return null;
        Map<String, Boolean> in = present.getOrDefault(roomId, Map.of());
        List<Person> now = powerful(roomId).stream().filter(user -> !Boolean.FALSE.equals(in.get(user)))
                .map(user -> new Person(user, name(roomId, user))).toList();
        return Objects.equals(reported.get(roomId), now) ? null : now;
    }

    /** Those whose power level (or creation of the room) would make them coordinators, not yet known to be in the room or not. */
    List<String> powerfulOfUnknownPresence(String roomId) {
        Map<String, Boolean> in = present.getOrDefault(roomId, Map.of());
        return powerful(roomId).stream().filter(user -> !in.containsKey(user)).toList();
    }

    /** Whether the member is in the room now (joined), as the homeserver or a membership event says. */
    void setPresent(String roomId, String userId, boolean in) {
        present.computeIfAbsent(roomId, r -> new ConcurrentHashMap<>()).put(userId, in);
    }

    private java.util.Set<String> powerful(String roomId) {
        java.util.Set<String> users = new java.util.TreeSet<>(creators.getOrDefault(roomId, List.of()));
        powerLevels.getOrDefault(roomId, Map.of()).forEach((user, level) -> {
            if (level >= COORDINATOR_LEVEL) users.add(user);
        });
        users.remove(botUserId);
        return users;
    }

    /** The core has stored this list of the room's coordinators. */
    void reported(String roomId, List<Person> coordinators) {
        reported.put(roomId, List.copyOf(coordinators));
    }

    void markEncrypted(String roomId) {
        encrypted.add(roomId);
    }

    boolean isEncrypted(String roomId) {
        return encrypted.contains(roomId);
    }

    void forget(String roomId) {
        names.remove(roomId);
        powerLevels.remove(roomId);
        reported.remove(roomId);
        titles.remove(roomId);
        creators.remove(roomId);
        present.remove(roomId);
    }
}
