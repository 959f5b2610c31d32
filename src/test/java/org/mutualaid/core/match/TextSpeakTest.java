package org.mutualaid.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextSpeakTest {

    @Test
    @DisplayName("Phone shorthand is written out: sum1, any1, 2moro, pls, u, and 2 or 4 where they stand for 'to' and 'for'")
    void writesShorthandOut() {
        assertEquals("someone to talk to im not ok", TextSpeak.expand("sum1 2 talk 2 im not ok"));
        assertEquals("anyone free to take me to the hospital tomorrow please", TextSpeak.expand("any1 free 2 take me 2 the hosp 2moro pls"));
        assertEquals("can you drive me to school, thanks", TextSpeak.expand("can u drive me 2 school, thx"));
        assertEquals("looking for a coat for my son", TextSpeak.expand("looking 4 a coat 4 my son"));
        assertEquals("fish and chips with gravy", TextSpeak.expand("fish n chips w/ gravy"));
    }

    @Test
    @DisplayName("Numbers that count stay numbers: 2 kids, 4 nappies, size 4, 2 double beds, 2-3 days, and a u-haul stays a u-haul")
    void countsStay() {
        for (String text : new String[] {"I have 2 kids and need 4 nappies a day", "size 4 shoes for my 2 year old", "got 2 double beds to give away",
                "need a u-haul for 2-3 days", "take 2 bags to the tip", "looking 4 2 chairs"}) {
            assertEquals(text, TextSpeak.expand(text));
        }
    }

    @Test
    @DisplayName("A post written in full is returned as it is, not copied")
    void fullTextUntouched() {
        String text = "Could someone help me move a wardrobe on Saturday?";
        assertSame(text, TextSpeak.expand(text));
    }

    @Test
    @DisplayName("A dropped g is written back on verbs no word ends like: sleepin, liftin, nothin; cousin, basin and insulin stay")
    void droppedG() {
        assertEquals("he is sleeping on a mattress on the floor, nothing in the fridge", TextSpeak.expand("he is sleepin on a mattress on the floor, nothin in the fridge"));
        assertEquals("cant get in the car without somebody lifting me", TextSpeak.expand("cant get in the car without somebody liftin me"));
        String words = "staying at my cousin's, the basin leaks and my insulin needs the fridge";
        assertSame(words, TextSpeak.expand(words));
    }

    @Test
    @DisplayName("Scots negations are written out: nae, cannae, dinnae, havnae")
    void scotsNegations() {
        assertEquals("no wheelchairs, I can't lift, don't ask", TextSpeak.expand("nae wheelchairs, I cannae lift, dinnae ask"));
        assertEquals("haven't spoke to a soul", TextSpeak.expand("havnae spoke to a soul"));
    }
}
