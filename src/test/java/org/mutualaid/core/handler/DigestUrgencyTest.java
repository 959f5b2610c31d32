package org.mutualaid.core.handler;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.TestChat;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.model.PostStatus;
import org.mutualaid.platform.Incoming;
import org.mutualaid.platform.Person;

class DigestUrgencyTest {

    private static Post need(String text, List<String> tags) {
        return new Post(1, 1, 1, PostKind.NEED, PostStatus.OPEN, new Member(1, "console", "ana", "Ana"), null, text, tags, Set.of(),
                Instant.EPOCH, false);
    }

    @Test
    @DisplayName("A need is urgent in the digest when it says so in members' words: urgent, an emergency, tonight, asap; not for \"right now\"")
    void urgentInMembersWords() {
        for (String text : List.of("baby formula, it's urgent", "my partner kicked me out, somewhere safe tonight please",
                "emergency: the boiler is leaking gas", "need a lift asap", "EMERGENCY, I need nappies")) {
            assertTrue(need(text, List.of()).urgent(), text);
        }
        assertTrue(need("a kettle", List.of("urgent")).urgent(), "the #urgent tag");
        assertFalse(need("a winter coat for my son, no rush", List.of()).urgent());
        assertFalse(need("shoes for school, the bus fare is a lot right now", List.of()).urgent());
    }

    @Test
    @DisplayName("The digest's list of open needs puts those urgent in members' words first, whatever their age")
    void urgentFirst(@TempDir Path dir) {
        try (TestChat chat = new TestChat(dir.resolve("urgent.db"))) {
            for (int i = 1; i <= 16; i++) chat.say("Bo", "/need a winter coat in size " + i);
            chat.say("Cy", "/need somewhere to sleep tonight, the landlord changed the locks");
            chat.deliver(Incoming.text("console", "co-1", "local", false, "ana", "Ana", "/digest", true)
                    .withCoordinators(List.of(new Person("ana", "Ana"))));
            String digest = chat.sent.get(chat.sent.size() - 1).message().plainText();
            assertTrue(digest.contains("urgent first, then oldest:\n• #17 URGENT · Cy · "), digest);
        }
    }
}
