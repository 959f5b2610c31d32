package org.mutualaid.core.handler;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mutualaid.core.model.Member;
import org.mutualaid.core.model.Post;
import org.mutualaid.core.model.PostKind;
import org.mutualaid.core.model.PostStatus;

class DigestUrgencyTest {

    private static Post need(String text, List<String> tags) {
        return new Post(1, 1, 1, PostKind.NEED, PostStatus.OPEN, new Member(1, "console", "ana", "Ana"), null, text, tags, Set.of(),
                Instant.EPOCH, false);
    }

    @Test
    @DisplayName("A need is urgent in the digest when it says so in members' words: urgent, an emergency, tonight, asap, right now")
    void urgentInMembersWords() {
        for (String text : List.of("baby formula, it's urgent", "my partner kicked me out, somewhere safe tonight please",
                "emergency: the boiler is leaking gas", "need a lift asap", "no food right now for the kids")) {
            assertTrue(Digest.urgent(need(text, List.of())), text);
        }
        assertTrue(Digest.urgent(need("a kettle", List.of("urgent"))), "the #urgent tag");
        assertFalse(Digest.urgent(need("a winter coat for my son, no rush", List.of())));
    }
}
