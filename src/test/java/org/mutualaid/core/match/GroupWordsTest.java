package org.mutualaid.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GroupWordsTest {

    private final GroupWords words = new GroupWords(Map.of(GroupWords.stemOf("lumber"), "repairs"),
            Map.of(GroupWords.stemOf("kinderwagen"), "pram", GroupWords.stemOf("kinderstoel"), "high chair"));

    @Test
    @DisplayName("A taught word reads as the known word it stands for, whatever its case, accents or plural; the rest stays as written")
    void rewritesTaughtWords() {
        assertEquals("Free pram, barely used!", words.rewrite("Free Kinderwagen, barely used!"));
        assertEquals("two pram and a high chair", words.rewrite("two kinderwagens and a kinderstoel"));
        assertEquals("a pram (blue)", words.rewrite("a kinderwägen (blue)"));
        assertEquals("kinderwagenhaus and lumber", words.rewrite("kinderwagenhaus and lumber"), "only whole words; a category word stays");
    }

    @Test
    @DisplayName("A group that taught no known words gets its text back untouched")
    void nothingToRewrite() {
        String text = "need lumber for a ramp";
        assertSame(text, new GroupWords(Map.of("lumber", "repairs"), Map.of()).rewrite(text));
        assertSame(text, GroupWords.NONE.rewrite(text));
    }

    @Test
    @DisplayName("A taught word with a short stem stands only for itself: 'care' does not take 'car' with it")
    void shortStemsStandForThemselves() {
        GroupWords taught = new GroupWords(Map.of(), Map.of(GroupWords.stemOf("care"), "elder care", GroupWords.stemOf("pan"), "bread"));
        assertEquals("a car and elder care", taught.rewrite("a car and care"));
        assertEquals("pots and pans, and bread", taught.rewrite("pots and pans, and pan"));
    }
}
