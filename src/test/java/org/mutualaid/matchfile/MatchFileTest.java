package org.mutualaid.matchfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutualaid.App;
import org.mutualaid.MainRunner;
import org.mutualaid.config.UsageException;

class MatchFileTest {

    static final Path DEV_SET = Path.of("..", "shared", "data", "matching-dev.jsonl");
    /** written for this project without reading the development set, to see whether the matcher generalises */
    static final Path HOLDOUT = Path.of("src", "test", "resources", "matching", "holdout.jsonl");
    /** short informal posts (UK and US usage, typos), written before the matcher was tuned for silence */
    static final Path INFORMAL = Path.of("src", "test", "resources", "matching", "ours-informal.jsonl");
    /** written during the work on silence before the matcher was run on it; its errors were looked at afterwards */
    static final Path BLIND = Path.of("src", "test", "resources", "matching", "ours-blind.jsonl");
    /**
     * Each written by someone who read neither the code nor any other set, with near misses on
     * purpose (an offer's limits: days, places, who, distance; the wrong size or item); the odd
     * ones from the sixth on in the style of real posts from mutual-aid groups elsewhere. Each
     * was measured first, then its errors were looked at and the matcher changed for what they
     * showed in general: they guard that work now, and no longer say how the matcher does on
     * unseen posts (the README says what does).
     */
    static final Path FOURTH = Path.of("src", "test", "resources", "matching", "ours-blind4.jsonl");
    static final Path FIFTH = Path.of("src", "test", "resources", "matching", "ours-blind5.jsonl");
    /**
     * Written blind like the ones above, asked for wording a keyword list would not hold, and run
     * only for their figures: nobody has looked at their errors, so they say how the matcher does
     * on posts it has not seen. Keep it so: a change made from their misses would end that.
     */
    static Path unseen(int n) {
        return Path.of("src", "test", "resources", "matching", "ours-unseen" + n + ".jsonl");
    }

    static Path fresh(char letter) {
        return fresh(String.valueOf(letter));
    }

    static Path fresh(String letters) {
        return Path.of("src", "test", "resources", "matching", "ours-fresh-" + letters + ".jsonl");
    }

    /** Written like the fresh batches and kept to check a round's changes: nobody has read their errors. */
    static Path check(String letter) {
        return Path.of("src", "test", "resources", "matching", "ours-check-" + letter + ".jsonl");
    }

    static Path later(int n) {
        return Path.of("src", "test", "resources", "matching", "ours-blind" + n + ".jsonl");
    }

    @TempDir
    Path dir;

    @Test
    @DisplayName("The figures count first hits, hits in the top three and silence exactly as defined")
    void figures() {
        MatchFile.Entry o1 = new MatchFile.Entry("o1", "offer", "a", "x", null);
        List<MatchFile.Result> results = List.of(
                new MatchFile.Result(o1, List.of()),
                new MatchFile.Result(new MatchFile.Entry("n1", "need", "b", "x", List.of("o1")), List.of("o1", "o2")),
                new MatchFile.Result(new MatchFile.Entry("n2", "need", "b", "x", List.of("o2")), List.of("o1", "o3", "o2")),
                new MatchFile.Result(new MatchFile.Entry("n3", "need", "b", "x", List.of("o3")), List.of()),
                new MatchFile.Result(new MatchFile.Entry("n4", "need", "b", "x", List.of()), List.of()),
                new MatchFile.Result(new MatchFile.Entry("n5", "need", "b", "x", List.of()), List.of("o1")));
        MatchFigures f = MatchFigures.of(results);
        assertEquals(1.0 / 3, f.precisionAt1(), 1e-9);
        assertEquals(2.0 / 3, f.recallAt3(), 1e-9);
        assertEquals(0.5, f.silence(), 1e-9);
    }

    @Test
    @DisplayName("match-file prints one JSON line per post with the ids of what was suggested, best first")
    void printsJsonLines() throws Exception {
        List<String> lines = matchFile("posts.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Maya", "text": "I can drive people to the hospital or clinic on weekdays"}
                {"id": "o2", "kind": "offer", "author": "Tom", "text": "Bike mechanic, I fix flats and brakes"}
                {"id": "n1", "kind": "need", "author": "Luis", "text": "need a ride to the hospital on Tuesday", "gold": ["o1"]}
                {"id": "n2", "kind": "need", "author": "Maya", "text": "someone to drive me to the clinic", "gold": []}
                """);
        assertEquals(4, lines.size(), lines.toString());
        assertEquals("{\"id\":\"o1\",\"suggested\":[]}", lines.get(0));
        assertEquals("{\"id\":\"n1\",\"suggested\":[\"o1\"]}", lines.get(2));
        assertEquals("{\"id\":\"n2\",\"suggested\":[]}", lines.get(3), "a member's own offer is never suggested to them");
    }

    @Test
    @DisplayName("A need that asks for someone who speaks a language is not met by a driver, but a lift for someone who speaks it is")
    void languageAskedFor() throws Exception {
        List<String> lines = matchFile("language.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Maya", "text": "I can drive people to hospital and GP appointments on weekdays"}
                {"id": "o2", "kind": "offer", "author": "Ola", "text": "Spare kettle and toaster, free"}
                {"id": "n1", "kind": "need", "author": "Ann", "text": "Looking for someone who speaks Polish to help me at a hospital appointment next week", "gold": []}
                {"id": "n2", "kind": "need", "author": "Cy", "text": "My mum only speaks Polish. Need a lift for her to her hospital appointment on Tuesday", "gold": ["o1"]}
                """);
        assertEquals("{\"id\":\"n1\",\"suggested\":[]}", lines.get(2), "the driver speaks no Polish");
        assertTrue(lines.get(3).startsWith("{\"id\":\"n2\",\"suggested\":[\"o1\""), lines.get(3));
    }

    @Test
    @DisplayName("An offer that leaves out one thing still meets a need that asks for others of its kind, but not one that asks for that thing alone")
    void leavesOneThingOut() throws Exception {
        List<String> lines = matchFile("left-out.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Maya", "text": "Giving away a single bed frame (no mattress, sorry), a small kitchen table and 3 chairs"}
                {"id": "o2", "kind": "offer", "author": "Ola", "text": "Happy to do hems, take in or let out trousers and skirts. No leather and no wedding dresses"}
                {"id": "n1", "kind": "need", "author": "Ann", "text": "Our new flat is empty. Table, chairs, a bed for our youngest, anything really", "gold": ["o1"]}
                {"id": "n2", "kind": "need", "author": "Cy", "text": "Need a mattress for my son, his is ruined", "gold": []}
                {"id": "n3", "kind": "need", "author": "Di", "text": "Anyone able to alter my daughter's wedding dress? It's tight at the bodice", "gold": []}
                """);
        assertTrue(lines.get(2).startsWith("{\"id\":\"n1\",\"suggested\":[\"o1\""), lines.get(2));
        assertEquals("{\"id\":\"n2\",\"suggested\":[]}", lines.get(3), "the offer has no mattress");
        assertEquals("{\"id\":\"n3\",\"suggested\":[]}", lines.get(4), "the tailor does no wedding dresses");
    }

    @Test
    @DisplayName("A ride for someone who stays in their wheelchair goes to the driver whose van takes one, never to one who takes no wheelchairs")
    void wheelchairRides() throws Exception {
        List<String> lines = matchFile("wheelchair.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Maya", "text": "Got a Transit and a bit of free time, can shift furniture or give lifts, just petrol money"}
                {"id": "o2", "kind": "offer", "author": "Ola", "text": "I have a wheelchair accessible van and can take people to hospital appointments on weekdays"}
                {"id": "o3", "kind": "offer", "author": "Bo", "text": "Can drive people to the GP or hospital, small hatchback so no wheelchairs sorry"}
                {"id": "n1", "kind": "need", "author": "Ann", "text": "Does anyone do lifts for wheelchair users? Grandad has a hospital appointment on Tuesday and can't get out of his chair into a car", "gold": ["o2"]}
                {"id": "n2", "kind": "need", "author": "Cy", "text": "need a lift to the hospital on thursday morning", "gold": ["o2", "o3"]}
                {"id": "n3", "kind": "need", "author": "Dee", "text": "Dad's in a wheelchair and has his appointment at the hospital on Friday morning. The taxi firm has nothing free. Can anyone get him there?", "gold": ["o2"]}
                {"id": "o4", "kind": "offer", "author": "Ed", "text": "Have a car and my mornings free. Happy to do lifts to appointments, the hospital, wherever. Car's a small two-door so I can't take a wheelchair, sorry."}
                {"id": "n4", "kind": "need", "author": "Fay", "text": "My mum uses a wheelchair now. Could anyone take her to the hospital on Monday morning?", "gold": ["o2"]}
                """);
        assertEquals("{\"id\":\"n1\",\"suggested\":[\"o2\"]}", lines.get(3));
        assertTrue(lines.get(4).contains("\"o3\""), "a walking patient may go with any driver: " + lines.get(4));
        assertFalse(lines.get(5).contains("\"o3\""), "the wheelchair told in the story still rules out the hatchback: " + lines.get(5));
        assertFalse(lines.get(7).contains("\"o3\"") || lines.get(7).contains("\"o4\""), "nor the two-door that can't take one: " + lines.get(7));
        assertTrue(lines.get(7).contains("\"o2\""), lines.get(7));
    }

    @Test
    @DisplayName("Food a need's diet rules out is not suggested: peanuts for a nut allergy, pork for halal, meat for vegetarians; food that says it fits is")
    void diets() throws Exception {
        List<String> lines = matchFile("diets.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Dan", "text": "homemade peanut butter cookies and bread"}
                {"id": "o2", "kind": "offer", "author": "Bo", "text": "bacon sandwiches and sausages, free"}
                {"id": "o3", "kind": "offer", "author": "Cy", "text": "home made beef lasagne, enough for a family"}
                {"id": "o4", "kind": "offer", "author": "Ola", "text": "halal chicken curry and rice, plenty"}
                {"id": "n1", "kind": "need", "author": "Lena", "text": "food parcel please, my son has severe nut allergy", "gold": []}
                {"id": "n2", "kind": "need", "author": "Amira", "text": "food for my kids this week, halal only", "gold": ["o4"]}
                {"id": "n3", "kind": "need", "author": "Ana", "text": "meals for a week, we are vegetarian", "gold": ["o1"]}
                {"id": "n4", "kind": "need", "author": "Ed", "text": "any food for the weekend please, we eat anything", "gold": ["o1", "o2", "o3", "o4"]}
                """);
        assertFalse(lines.get(4).contains("\"o1\""), "no peanuts for a nut allergy: " + lines.get(4));
        assertTrue(lines.get(5).contains("\"o4\"") && !lines.get(5).contains("\"o2\""), "halal: the halal curry, not the bacon: " + lines.get(5));
        assertFalse(lines.get(6).contains("\"o2\"") || lines.get(6).contains("\"o3\"") || lines.get(6).contains("\"o4\""),
                "vegetarian: no meat: " + lines.get(6));
        assertTrue(lines.get(7).contains("\"o2\"") || lines.get(7).contains("\"o3\""), "without a diet, meat is food: " + lines.get(7));
    }

    @Test
    @DisplayName("'Not set up for babies or toddlers' leaves out an 18-month-old, not children of 7 and 9")
    void theYoungestLeftOut() throws Exception {
        List<String> lines = matchFile("youngest.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Ann", "text": "Retired teacher, can have school age kids at mine weekday mornings 9-12. Not set up for babies or toddlers sorry"}
                {"id": "n1", "kind": "need", "author": "Moana", "text": "anyone able to mind my 18mth old boy on Friday morning? can pay a bit", "gold": []}
                {"id": "n2", "kind": "need", "author": "Rosa", "text": "I start back at work next week, can anyone mind my two kids (7 and 9) weekday mornings?", "gold": ["o1"]}
                """);
        assertFalse(lines.get(1).contains("\"o1\""), "an 18-month-old is a toddler: " + lines.get(1));
        assertTrue(lines.get(2).contains("\"o1\""), "children of 7 and 9 are no babies: " + lines.get(2));
    }

    @Test
    @DisplayName("A heater lent by someone who can't fix furnaces meets a family whose furnace went out and asks for a heater; a furnace repair it does not")
    void aThingAskedBesideWhatBroke() throws Exception {
        List<String> lines = matchFile("heater.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Dee", "text": "I have 2 oil filled radiator heaters to lend out till ur heat is back on. I cant fix furnaces, just the heaters"}
                {"id": "n1", "kind": "need", "author": "Jo", "text": "Furnace went out last nite and its 12 degrees inside. does anybody have something we can plug in to warm up the room?", "gold": ["o1"]}
                {"id": "n2", "kind": "need", "author": "Al", "text": "our furnace keeps cutting out and the pilot light won't stay lit, anyone handy who could take a look?", "gold": []}
                """);
        assertTrue(lines.get(1).contains("\"o1\""), "a heater asked for: " + lines.get(1));
        assertFalse(lines.get(2).contains("\"o1\""), "a furnace to fix: " + lines.get(2));
    }

    @Test
    @DisplayName("A crate 'not for big dogs' is no crate for a German shepherd, though the need asks only for a thing")
    void aThingForABigDog() throws Exception {
        List<String> lines = matchFile("crate.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Kit", "text": "Dog crate to give away, not for big dogs, it is tiny"}
                {"id": "n1", "kind": "need", "author": "Lee", "text": "Just adopted a German shepherd. Looking for a crate, can collect", "gold": []}
                """);
        assertFalse(lines.get(1).contains("\"o1\""), "a shepherd is a big dog: " + lines.get(1));
    }

    @Test
    @DisplayName("A plea typed in phone shorthand is met as if written in full: 'sum1 2 talk 2', 'any1 free 2 take me 2 the hosp 2moro'")
    void phoneShorthand() throws Exception {
        List<String> lines = matchFile("shorthand.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Maya", "text": "Good listener here, happy to have a chat on the phone with anyone feeling low or lonely"}
                {"id": "o2", "kind": "offer", "author": "Ola", "text": "I can give lifts to hospital appointments on Tuesdays and Thursdays"}
                {"id": "n1", "kind": "need", "author": "Ann", "text": "sum1 2 talk 2 im not ok", "gold": ["o1"]}
                {"id": "n2", "kind": "need", "author": "Cy", "text": "any1 free 2 take me 2 the hosp thurs pls", "gold": ["o2"]}
                {"id": "o3", "kind": "offer", "author": "Walt", "text": "happy to have a cuppa and a chat on the phone with anyone feeling low"}
                """);
        assertEquals("{\"id\":\"n1\",\"suggested\":[\"o1\"]}", lines.get(2));
        assertEquals("{\"id\":\"n2\",\"suggested\":[\"o2\"]}", lines.get(3));
        assertEquals("{\"id\":\"o3\",\"suggested\":[\"n1\"]}", lines.get(4), "an offer posted later finds the need written in shorthand too");
    }

    @Test
    @DisplayName("A spare room meets a need for somewhere to stay tonight, a joiner a window to board up, a van a wardrobe to shift, a visitor a dad on his own")
    void plainPairsFromATrial() throws Exception {
        List<String> lines = matchFile("trial.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Mel", "text": "I have a spare room and can put someone up for a night or two in an emergency. women and kids welcome"}
                {"id": "o2", "kind": "offer", "author": "Bilal", "text": "I'm a joiner, can board up or fix windows and doors, evenings after 6"}
                {"id": "o3", "kind": "offer", "author": "Dee", "text": "I have a van free most saturdays, can help people shift stuff"}
                {"id": "o4", "kind": "offer", "author": "Walt", "text": "retired nurse, happy to pop round for a cuppa and a chat with anyone on their own, weekday afternoons"}
                {"id": "n1", "kind": "need", "author": "Gina", "text": "can somebody help me, my ex has changed the locks and my stuff is inside, I need somewhere to stay tonight with my 2 kids", "gold": ["o1"]}
                {"id": "n2", "kind": "need", "author": "Nora", "text": "kids kicked a football thru my back window, glass everywhere, anyone help board it up tonight", "gold": ["o2"]}
                {"id": "n3", "kind": "need", "author": "Bea", "text": "can someone help me move a wardrobe and a few boxes from my mum's flat to mine this saturday?", "gold": ["o3"]}
                {"id": "n4", "kind": "need", "author": "Carl", "text": "my dad is 84 and on his own, could someone check in on him a couple of afternoons next week", "gold": ["o4"]}
                """);
        for (int i = 1; i <= 4; i++) {
            assertTrue(lines.get(3 + i).startsWith("{\"id\":\"n" + i + "\",\"suggested\":[\"o" + i + "\""), lines.get(3 + i));
        }
    }

    @Test
    @DisplayName("Close but wrong, from a trial: a big dog told of after the ask, phone credit against a meter top-up or a handset, an adult's suit, a girl's pinafores for a son")
    void closeButWrongFromATrial() throws Exception {
        List<String> lines = matchFile("wrong.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Jo", "text": "I can walk dogs weekday mornings, not big dogs tho sorry"}
                {"id": "o2", "kind": "offer", "author": "Ike", "text": "old iphone 8 going free, works fine, cracked corner"}
                {"id": "o3", "kind": "offer", "author": "Pat", "text": "I can top up someone's gas or electric key if you're stuck, up to £20"}
                {"id": "o4", "kind": "offer", "author": "Ben", "text": "boys secondary school uniform age 12-13, blazer and trousers"}
                {"id": "o5", "kind": "offer", "author": "Cal", "text": "girls pinafores age 5-6 and white polo shirts"}
                {"id": "n1", "kind": "need", "author": "Sam", "text": "can someone walk my staffie twice a day while I'm in hospital, he's big and strong", "gold": []}
                {"id": "n2", "kind": "need", "author": "Dot", "text": "can anyone top up my phone, £10 EE, i've no credit to call the doctor", "gold": []}
                {"id": "n3", "kind": "need", "author": "Kev", "text": "a suit or smart shirt and trousers for a job interview, 40 chest 32 waist", "gold": []}
                {"id": "n4", "kind": "need", "author": "Mo", "text": "school uniform for my son starting year 7, he's 11-12, grey trousers and jumpers", "gold": ["o4"]}
                """);
        assertEquals("{\"id\":\"n1\",\"suggested\":[]}", lines.get(5), "the walker takes no big dogs");
        assertEquals("{\"id\":\"n2\",\"suggested\":[]}", lines.get(6), "credit is no gas top-up and no handset");
        assertEquals("{\"id\":\"n3\",\"suggested\":[]}", lines.get(7), "a job interview's suit is not a child's uniform");
        assertEquals("{\"id\":\"n4\",\"suggested\":[\"o4\"]}", lines.get(8), "a girl's pinafores are no help to a son");
    }

    @Test
    @DisplayName("A walker for small dogs, or one not keen on big dogs, is not suggested for a German Shepherd; one who names no size is")
    void dogSizes() throws Exception {
        List<String> lines = matchFile("dogs.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Maya", "text": "Retired and missing my old dog, I'll walk yours Monday to Friday mornings. Small or medium dogs only, I'm not strong enough for big pullers"}
                {"id": "o2", "kind": "offer", "author": "Ola", "text": "Happy to walk dogs in the park most mornings. Not keen on big dogs though, sorry"}
                {"id": "o3", "kind": "offer", "author": "Bo", "text": "Dog walker here, free on weekday mornings"}
                {"id": "n1", "kind": "need", "author": "Ann", "text": "Could anyone walk our German Shepherd on weekday mornings? He is a big soft lad", "gold": ["o3"]}
                {"id": "n2", "kind": "need", "author": "Cy", "text": "can someone walk my little yorkie in the mornings this week?", "gold": ["o1", "o2", "o3"]}
                """);
        assertEquals("{\"id\":\"n1\",\"suggested\":[\"o3\"]}", lines.get(3));
        assertTrue(lines.get(4).contains("\"o1\"") && lines.get(4).contains("\"o2\""), lines.get(4));
    }

    @Test
    @DisplayName("A tutor on other days is no help, but a tutoring need's story of its evenings does not rule one out")
    void tutorsDays() throws Exception {
        List<String> lines = matchFile("tutors.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Maya", "text": "Free maths and English tutoring for kids, Tuesday and Thursday afternoons at the library"}
                {"id": "n1", "kind": "need", "author": "Ann", "text": "Looking for a maths tutor for my son. I work weekdays so only weekends please", "gold": []}
                {"id": "n2", "kind": "need", "author": "Cy", "text": "My 10 year old cries every night over her maths homework, can anyone tutor her?", "gold": ["o1"]}
                """);
        assertEquals("{\"id\":\"n1\",\"suggested\":[]}", lines.get(1), "weekends only");
        assertTrue(lines.get(2).startsWith("{\"id\":\"n2\",\"suggested\":[\"o1\""), lines.get(2));
    }

    @Test
    @DisplayName("Someone to come to an appointment on a day the offer does not give is not suggested; one free 'evenings after 5 and Saturdays' is, for a Saturday morning")
    void appointmentTimes() throws Exception {
        List<String> lines = matchFile("appointments.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Maya", "text": "Retired nurse, I can come with you to GP and hospital appointments and explain what the doctor said. Weekdays 9 to 3 only, no weekends"}
                {"id": "o2", "kind": "offer", "author": "Ola", "text": "I can sit in on doctor and hospital appointments with you and take notes. Evenings after 5 and Saturdays"}
                {"id": "n1", "kind": "need", "author": "Ann", "text": "Mum has a hospital appointment on Saturday morning and gets muddled by what the doctors say, could someone come with her?", "gold": ["o2"]}
                {"id": "n2", "kind": "need", "author": "Cy", "text": "Dad's clinic appointment is Tuesday at 10am and he gets muddled by what the doctors say, could someone go with him?", "gold": ["o1"]}
                """);
        assertEquals("{\"id\":\"n1\",\"suggested\":[\"o2\"]}", lines.get(2));
        assertEquals("{\"id\":\"n2\",\"suggested\":[\"o1\"]}", lines.get(3));
    }

    @Test
    @DisplayName("Close but wrong, from this round's batches: jeans for a husband against 'no mens stuff', 'don't repair stuff' is no repairs, a power chair is a wheelchair, newborn nappies are no size 3, a 70lb dog is big")
    void closeButWrongThisRound() throws Exception {
        List<String> lines = matchFile("wrongAgain.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Jo", "text": "Cleaned out closets: kids clothes 2T-5T and womens tops M-XL. No mens stuff and no shoes. Come get em"}
                {"id": "o2", "kind": "offer", "author": "Ike", "text": "Students doing tech help Saturdays at the library, setting up phones and emails. We don't repair stuff tho"}
                {"id": "o3", "kind": "offer", "author": "Pat", "text": "Retired, can run people to the GP and hospital appointments weekday mornings. Can't take wheelchairs, no room"}
                {"id": "o4", "kind": "offer", "author": "Ben", "text": "Packs of diapers size 3 and size 4 left, porch pickup"}
                {"id": "o5", "kind": "offer", "author": "Cal", "text": "I can keep small dogs (under 25 lb) for a week or two"}
                {"id": "n1", "kind": "need", "author": "Sam", "text": "My husband got on a cleanup crew, starts Monday. He need some jeans 34x32, we cant buy none till he get paid", "gold": []}
                {"id": "n2", "kind": "need", "author": "Dot", "text": "Dropped my phone and the screen shattered, can anyone fix it cheap?", "gold": []}
                {"id": "n3", "kind": "need", "author": "Kev", "text": "I'm in a power chair, need to get to the hospital Thursday morning for my clinic", "gold": []}
                {"id": "n4", "kind": "need", "author": "Mo", "text": "Baby came early, we ran out of newborn diapers, she's too tiny for the bigger ones", "gold": []}
                {"id": "n5", "kind": "need", "author": "Al", "text": "Need somebody to keep my dog 2 weeks while we stay at my sister's. Bruno is a 70lb pit mix", "gold": []}
                {"id": "n6", "kind": "need", "author": "Vi", "text": "clothes for my 3 yr old girl please, she wears a 3T, lost everything in the flood", "gold": ["o1"]}
                """);
        assertEquals("{\"id\":\"n1\",\"suggested\":[]}", lines.get(5), "no men's clothes, though the ask names no man");
        assertEquals("{\"id\":\"n2\",\"suggested\":[]}", lines.get(6), "they do not repair");
        assertEquals("{\"id\":\"n3\",\"suggested\":[]}", lines.get(7), "the driver takes no wheelchairs");
        assertEquals("{\"id\":\"n4\",\"suggested\":[]}", lines.get(8), "newborn is a size before 3");
        assertEquals("{\"id\":\"n5\",\"suggested\":[]}", lines.get(9), "70lb is no small dog");
        assertEquals("{\"id\":\"n6\",\"suggested\":[\"o1\"]}", lines.get(10), "a child's clothes are still given");
    }

    @Test
    @DisplayName("From this round's review and third wave: 'newborn and size 1' has newborn, 'stuff like boilers' names what, a need's own 'I cant fix it' is no limit, a car too small for a wheelchair, '2 storey roofs', 'water heaters' are one job")
    void reviewOfThisRound() throws Exception {
        List<String> lines = matchFile("review.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Jo", "text": "pack of newborn and size 1 nappies going free"}
                {"id": "o2", "kind": "offer", "author": "Ike", "text": "handyman here, don't repair stuff like appliances or boilers, happy to do shelves, flatpack"}
                {"id": "o3", "kind": "offer", "author": "Pat", "text": "spare washing machine parts and tools to lend, no repairs"}
                {"id": "o4", "kind": "offer", "author": "Ben", "text": "happy to drive people to appointments weekdays. Walkers fine but car's too small for a wheelchair sorry"}
                {"id": "o5", "kind": "offer", "author": "Cal", "text": "Can clear gutters for pensioners, single storey only. not getting on 2 storey roofs, and no tree felling"}
                {"id": "o6", "kind": "offer", "author": "Di", "text": "I did plumbing 20 yrs, can patch pipes under sinks. NOT doing water heaters or nothing under the slab"}
                {"id": "n1", "kind": "need", "author": "Sam", "text": "need newborn nappies please, baby came early", "gold": ["o1"]}
                {"id": "n2", "kind": "need", "author": "Dot", "text": "shelf came off the wall, can someone handy fix it back up?", "gold": ["o2"]}
                {"id": "n3", "kind": "need", "author": "Kev", "text": "washing machine broken and I cant fix it, anyone handy who could take a look?", "gold": []}
                {"id": "n4", "kind": "need", "author": "Mo", "text": "Hubby's in a wheelchair since the stroke and he's got his specialist at the hospital next Thursday", "gold": []}
                {"id": "n5", "kind": "need", "author": "Al", "text": "Gutters are chockers with leaves, I'm 81 and can't get up the ladder. Little single storey place", "gold": ["o5"]}
                {"id": "n6", "kind": "need", "author": "Vi", "text": "pipe under the kitchen sink split, can anyone come fix it this weekend?", "gold": ["o6"]}
                """);
        assertTrue(lines.get(6).contains("\"o1\""), lines.get(6));
        assertTrue(lines.get(7).contains("\"o2\""), lines.get(7));
        assertFalse(lines.get(8).contains("\"o3\""), "the offer does no repairs, and the need's own can't-fix is why it asks: " + lines.get(8));
        assertEquals("{\"id\":\"n4\",\"suggested\":[]}", lines.get(9), "the car takes no wheelchair");
        assertTrue(lines.get(10).contains("\"o5\""), "only two-storey roofs are left out: " + lines.get(10));
        assertTrue(lines.get(11).contains("\"o6\""), "only water heaters are left out, not plumbing: " + lines.get(11));
    }

    @Test
    @DisplayName("From the next round's wave: 'no room for a wheelchair', 'NOT giving the car seat' and 'nothing adult' leave those out; 'folks with no car' and 'dog lover with no dog' leave nothing out; company for someone who has spoken to no one")
    void whatAnOfferSaysOfWhomItHelps() throws Exception {
        List<String> lines = matchFile("wave.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Al", "text": "Retired, happy to run people to hospital appointments weekday mornings. Little Aygo so no room for a wheelchair sorry"}
                {"id": "o2", "kind": "offer", "author": "Bea", "text": "Baby stuff going: buggy, steriliser, bottles. NOT giving the car seat, it was in a small bump"}
                {"id": "o3", "kind": "offer", "author": "Cy", "text": "Kids winter coats age 5-8. Kids stuff only, nothing adult"}
                {"id": "o4", "kind": "offer", "author": "Di", "text": "Me and my brother have a van and help people move on Saturdays, single pieces of furniture too for folks with no car"}
                {"id": "o5", "kind": "offer", "author": "Ed", "text": "Dog lover with no dog, I can walk your dog weekday lunchtimes"}
                {"id": "o6", "kind": "offer", "author": "Flo", "text": "On my own too since my wife passed. Happy to ring anyone for a natter or pop round for a cuppa"}
                {"id": "n1", "kind": "need", "author": "Gus", "text": "Mum is in a wheelchair since the stroke and needs to get to the hospital for her appointment Tuesday morning", "gold": []}
                {"id": "n2", "kind": "need", "author": "Hal", "text": "Does anyone have an infant car seat? We can't leave the hospital without one", "gold": []}
                {"id": "n3", "kind": "need", "author": "Ike", "text": "any warm coat going, mens XL? walking to a 6am start", "gold": []}
                {"id": "n4", "kind": "need", "author": "Jo", "text": "Can anyone help me move a sofa to my new flat? I haven't got a car", "gold": ["o4"]}
                {"id": "n5", "kind": "need", "author": "Kit", "text": "In hospital for a knee op Monday, can someone walk my jack russell a few days?", "gold": ["o5"]}
                {"id": "n6", "kind": "need", "author": "Lu", "text": "Worried about my nan on her own in Fenton, she told me she'd not spoken to anyone since Sunday", "gold": ["o6"]}
                """);
        assertEquals("{\"id\":\"n1\",\"suggested\":[]}", lines.get(6), "the car has no room for a wheelchair");
        assertFalse(lines.get(7).contains("\"o2\""), "the car seat is not given: " + lines.get(7));
        assertFalse(lines.get(8).contains("\"o3\""), "nothing adult: " + lines.get(8));
        assertTrue(lines.get(9).contains("\"o4\""), "those with no car are whom the van helps: " + lines.get(9));
        assertTrue(lines.get(10).contains("\"o5\""), "a dog lover with no dog still walks dogs: " + lines.get(10));
        assertTrue(lines.get(11).contains("\"o6\""), "someone who has spoken to no one needs company: " + lines.get(11));
    }

    @Test
    @DisplayName("From the round's review: a room 'for a family with no pets' still leaves pets out, and a need's own 'with no pets' is still its own")
    void whomARoomIsFor() throws Exception {
        List<String> lines = matchFile("rooms.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Al", "text": "Spare room for a family with no pets, short term, Fenton"}
                {"id": "o2", "kind": "offer", "author": "Bea", "text": "Room to rent for a few weeks, no pets sorry"}
                {"id": "n1", "kind": "need", "author": "Cy", "text": "Me, my 2 kids and our dog need a room for a few weeks after the fire", "gold": []}
                {"id": "n2", "kind": "need", "author": "Di", "text": "Family with no pets looking for a room for a few weeks", "gold": ["o1", "o2"]}
                """);
        assertEquals("{\"id\":\"n1\",\"suggested\":[]}", lines.get(2), "neither room takes a dog");
        assertTrue(lines.get(3).contains("\"o2\""), "a family with no pets suits a room with no pets: " + lines.get(3));
    }

    @Test
    @DisplayName("Posts in Spanish: dog food for 'mis perritos', a truck for 'nos cambiamos'; Spanish mackerel is a fish, not the language")
    void spanishPosts() throws Exception {
        List<String> lines = matchFile("spanish.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Lu", "text": "Tengo costales de croquetas de perro que sobraron, pasen a recoger"}
                {"id": "o2", "kind": "offer", "author": "Rey", "text": "Tengo troca y los sábados ayudo con mudanzas chicas dentro de la ciudad"}
                {"id": "o3", "kind": "offer", "author": "Ana", "text": "Got bags of spanish mackerel from the boat to give away"}
                {"id": "n1", "kind": "need", "author": "Mo", "text": "Perdí el trabajo y ya casi no hay comida para mis perritos", "gold": ["o1"]}
                {"id": "n2", "kind": "need", "author": "Jo", "text": "Nos cambiamos este sábado, son poquitas cosas pero no tenemos en qué llevarlas", "gold": ["o2"]}
                {"id": "n3", "kind": "need", "author": "Al", "text": "Busco alguien que hable español para acompañar a mi mamá a su cita", "gold": []}
                """);
        assertTrue(lines.get(3).contains("\"o1\""), "croquetas are dog food: " + lines.get(3));
        assertTrue(lines.get(4).contains("\"o2\""), "a move and a truck: " + lines.get(4));
        assertEquals("{\"id\":\"n3\",\"suggested\":[]}", lines.get(5), "a fish speaks no Spanish");
    }

    @Test
    @DisplayName("A file that is not JSON lines is refused with its line number")
    void badFile() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\": \"o1\", \"kind\": \"offer\", \"text\": \"x\"}\nnot json\n");
        UsageException e = assertThrows(UsageException.class, () -> MatchFile.read(file));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    /**
     * Runs the matcher over a file of judged posts, prints its figures and checks them against
     * floors a little below today's, so that a change that makes matching worse is noticed.
     */
    private static void assertFigures(String name, Path file, int posts, double precisionAt1, double recallAt3, double silence)
            throws Exception {
        List<MatchFile.Result> results = new MatchFile(App.newMatcher()).run(MatchFile.read(file));
        MatchFigures f = MatchFigures.of(results);
        System.out.println("Matching on the " + name + ": " + f);
        assertEquals(posts, results.size());
        assertTrue(f.precisionAt1() >= precisionAt1, f.toString());
        assertTrue(f.recallAt3() >= recallAt3, f.toString());
        assertTrue(f.silence() >= silence, f.toString());
    }

    @Test
    @DisplayName("On the development set the matcher's figures are printed and stay above the floor we reached")
    void devSetFigures() throws Exception {
        assumeTrue(Files.isRegularFile(DEV_SET), "the shared development set is not beside this clone");
        // today: 0.92, 1.00, 0.78; the goal is 0.80, 0.92, 0.75 at once
        assertFigures("development set", DEV_SET, 115, 0.85, 0.92, 0.77);
    }

    @Test
    @DisplayName("On our own held-out set the matcher's figures are printed and stay above the floor we reached")
    void holdoutFigures() throws Exception {
        // today: 0.89, 0.94, 0.83
        assertFigures("held-out set", HOLDOUT, 108, 0.78, 0.87, 0.77);
    }

    @Test
    @DisplayName("On our informal held-out set the matcher's figures are printed and stay above the floor we reached")
    void informalFigures() throws Exception {
        // today: 0.95, 0.95, 1.00 on 30 needs, so one post either way moves a figure by 0.05 to 0.09
        assertFigures("informal held-out set", INFORMAL, 46, 0.89, 0.89, 0.81);
    }

    @Test
    @DisplayName("On our third held-out set the matcher's figures are printed and stay above the floor we reached")
    void blindFigures() throws Exception {
        // today: 0.89, 0.89, 0.75 on 30 needs (18 with gold, 12 without)
        assertFigures("third held-out set", BLIND, 46, 0.77, 0.77, 0.66);
    }

    @Test
    @DisplayName("On the fourth and fifth held-out sets, full of near misses, the figures are printed and do not fall")
    void nearMissFigures() throws Exception {
        // today: 0.77, 0.95, 0.50 (22 needs with gold, 12 without): silence far below the goal, see the README
        assertFigures("fourth held-out set", FOURTH, 52, 0.77, 0.81, 0.50);
        // today: 0.83, 0.83, 0.50 (24 with gold, 12 without)
        assertFigures("fifth held-out set", FIFTH, 56, 0.83, 0.83, 0.08);
    }

    @Test
    @DisplayName("On the unseen sets and check sets, whose errors nobody has read, the figures are printed and do not fall")
    void unseenFigures() throws Exception {
        // today: 0.70, 0.73, 0.79 (30 needs with gold, 14 without); when written 0.57, 0.67, 0.57
        assertFigures("twelfth set, unseen", unseen(12), 68, 0.55, 0.62, 0.57);
        // today: 0.63, 0.67, 0.85 (27 with gold, 13 without); when written 0.52, 0.52, 0.62
        assertFigures("thirteenth set, unseen", unseen(13), 62, 0.52, 0.52, 0.61);
        // today: 0.87, 0.93, 0.79 (30 with gold, 14 without); when written 0.63, 0.73, 0.64
        assertFigures("fourteenth set, unseen", unseen(14), 68, 0.82, 0.88, 0.71);
        // today: 0.78, 0.81, 0.69 (27 with gold, 13 without); when written 0.70, 0.74, 0.69
        assertFigures("fifteenth set, unseen", unseen(15), 62, 0.66, 0.70, 0.61);
        // these four were written this round; "when written" is the code at its start
        // today: 0.74, 0.78, 0.54 (23 with gold, 13 without); when written 0.57, 0.61, 0.46
        assertFigures("eighteenth set, unseen", unseen(18), 57, 0.60, 0.69, 0.38);
        // today: 0.56, 0.60, 0.67 (25 with gold, 12 without); when written 0.60, 0.64, 0.67
        assertFigures("nineteenth set, unseen", unseen(19), 58, 0.52, 0.56, 0.42);
        // today: 0.55, 0.59, 0.42 (22 with gold, 12 without); when written 0.55, 0.59, 0.50
        assertFigures("twenty-second set, unseen", unseen(22), 56, 0.45, 0.50, 0.33);
        // today: 0.52, 0.60, 0.25 (25 with gold, 12 without); when written 0.52, 0.60, 0.25
        assertFigures("twenty-third set, unseen", unseen(23), 58, 0.52, 0.60, 0.16);
        // a general group's mixed posts, written by a helper this round and not studied; when written 0.79, 0.86, 0.40
        assertFigures("twenty-fourth set, unseen", unseen(24), 38, 0.71, 0.78, 0.30);
        // parents and families, written at the end of this round and not studied; when written 0.64, 0.71, 0.40 (0.50 with the code at the round's start)
        assertFigures("twenty-fifth set, unseen", unseen(25), 38, 0.57, 0.64, 0.30);
        // a university town, written at the end of this round and not studied; when written 0.79, 0.86, 0.30 (the same with the code at the round's start)
        assertFigures("twenty-sixth set, unseen", unseen(26), 38, 0.71, 0.78, 0.20);
        // written by helpers in the round after, kept to check that round's changes and not studied (online boards,
        // a Latino neighbourhood, a Scottish or Irish town, a Canadian seniors' building); when written 0.80, 0.87, 0.56;
        // 0.94, 0.94, 0.62; 0.75, 0.75, 0.62; 0.69, 0.75, 0.25, and the same after that round
        assertFigures("check set i, unseen", check("i"), 38, 0.73, 0.80, 0.44);
        assertFigures("check set j, unseen", check("j"), 38, 0.87, 0.87, 0.50);
        assertFigures("check set k, unseen", check("k"), 38, 0.68, 0.68, 0.50);
        assertFigures("check set l, unseen", check("l"), 38, 0.62, 0.68, 0.12);
        // written by helpers in the round after that, to check the learned odds on posts that neither the rules nor the
        // weights were made from (a small US town's Facebook group, newcomers writing English as a second language in a
        // German city, a UK estate's tenants, an online request board); with the hand-set score (73ecea5) 0.69, 0.75, 0.50;
        // 0.69, 0.69, 0.25; 0.50, 0.50, 0.62; 0.75, 0.81, 0.75, and with the learned odds as below
        assertFigures("check set m, unseen", check("m"), 38, 0.68, 0.68, 0.50);
        assertFigures("check set n, unseen", check("n"), 38, 0.62, 0.62, 0.37);
        assertFigures("check set o, unseen", check("o"), 38, 0.50, 0.50, 0.50);
        // check set p's silence moves between 0.50 and 0.75 with refits (one or two borderline needs of eight): 0.50 since
        // the refit after the studied sets' wrongly ruled-out offers were mended
        assertFigures("check set p, unseen", check("p"), 38, 0.68, 0.75, 0.50);
        // written by helpers at the end of the round before, held back unread and first run in the next round, with the
        // code before and after its changes alike (a US church pantry group, a New Zealand town after a cyclone, a Toronto
        // neighbourhood, disabled people and carers in Glasgow): 0.44, 0.44, 0.62; 0.62, 0.62, 0.50; 0.81, 0.88, 0.75;
        // 0.44, 0.44, 0.50. A later round's last refit (after a review of its medical times and words) cost q a first hit,
        // 0.38, 0.44, 0.63: its first hit is floored at that
        assertFigures("check set q, unseen", check("q"), 38, 0.37, 0.43, 0.50);
        // r lost a first hit (0.62 to 0.56) when storms, floods and power cuts became what happened to a post's author
        // rather than a kind of help they ask for, which lifted the held-back hurricane set; its posts were not read
        assertFigures("check set r, unseen", check("r"), 38, 0.56, 0.56, 0.50);
        assertFigures("check set s, unseen", check("s"), 38, 0.81, 0.87, 0.75);
        assertFigures("check set t, unseen", check("t"), 38, 0.50, 0.62, 0.25);
        // written by helpers at the start of the round after, first run with the code before that round's changes, posts
        // not read (a rural Kentucky county, a Melbourne suburb of older migrants, students and residents in Cork, a Bradford
        // neighbourhood's WhatsApp group): 0.53, 0.65, 0.43; 0.76, 0.82, 0.71; 0.88, 0.88, 0.57; 0.82, 0.82, 0.71
        assertFigures("check set y, unseen", check("y"), 38, 0.52, 0.64, 0.28);
        assertFigures("check set z, unseen", check("z"), 38, 0.76, 0.82, 0.71);
        assertFigures("check set aa, unseen", check("aa"), 38, 0.88, 0.88, 0.57);
        assertFigures("check set ab, unseen", check("ab"), 38, 0.82, 0.82, 0.71);
        // written by helpers at the start of the round after that, run with the code before and after its changes alike, posts
        // not read (Glasgow's East End, a tenants' union in Queens, a disability-led network across Wales, a Nova Scotia
        // fishing town): 0.76, 0.82, 0.57; 0.82, 0.88, 0.57; 1.00, 1.00, 0.57; 0.53, 0.59, 0.71
        assertFigures("check set ac, unseen", check("ac"), 38, 0.75, 0.81, 0.56);
        assertFigures("check set ad, unseen", check("ad"), 38, 0.81, 0.82, 0.56);
        assertFigures("check set ae, unseen", check("ae"), 38, 0.99, 0.99, 0.56);
        // af's silence swings by one need (0.71 or 0.57) with each refit of a round that studied four more batches
        assertFigures("check set af, unseen", check("af"), 38, 0.52, 0.58, 0.56);
        // written by helpers at the start of the round after that, posts not read, run with that round's code, which did not
        // change the matcher (a rural county in eastern Kentucky, Dublin's north inner city, international students in
        // Manchester, a Melbourne outer suburb of migrant families): 0.76, 0.88, 0.71; 0.59, 0.65, 0.43; 0.76, 0.76, 0.86;
        // 0.76, 0.88, 0.71
        assertFigures("check set ag, unseen", check("ag"), 38, 0.75, 0.87, 0.70);
        assertFigures("check set ah, unseen", check("ah"), 38, 0.58, 0.64, 0.42);
        // the weights fitted again after one-word idioms won their ties cost it one silence (0.86 to 0.71); sets k and q gained one each
        assertFigures("check set ai, unseen", check("ai"), 38, 0.75, 0.75, 0.70);
        assertFigures("check set aj, unseen", check("aj"), 38, 0.70, 0.70, 0.56);
        // written by helpers at the start of the round after that, posts not read (Glasgow's East End, the Rio Grande Valley's
        // colonias in Spanish and English, tenants of Scarborough's towers in Toronto, Detroit's east side); with the code at
        // the round's start 0.65, 0.76, 0.57; 0.41, 0.41, 0.29; 0.71, 0.71, 0.57; 0.82, 0.82, 0.29; at its end the same, but
        // Detroit's silence 0.43
        // ak's recall@3 fell to 0.71 with a refit that only moved weights (2026-11-29): one need's third offer crossed the threshold
        assertFigures("check set ak, unseen", check("ak"), 38, 0.64, 0.70, 0.56);
        assertFigures("check set al, unseen", check("al"), 38, 0.40, 0.40, 0.28);
        assertFigures("check set am, unseen", check("am"), 38, 0.70, 0.70, 0.56);
        assertFigures("check set an, unseen", check("an"), 38, 0.82, 0.82, 0.42);
        // written by helpers at the start of the round after, unread (a former mining valley in South Wales, South Auckland's
        // Māori and Pacific families, a disabled-people-led group in Greater Manchester, the North Carolina coast after a
        // hurricane); with the code at the round's start 0.82, 0.82, 0.57; 0.59, 0.65, 0.57; 0.65, 0.65, 0.86; 0.24, 0.29,
        // 0.43; at its end the hurricane set 0.35, 0.53, 0.57 and the others the same
        assertFigures("check set ao, unseen", check("ao"), 38, 0.82, 0.82, 0.57);
        assertFigures("check set ap, unseen", check("ap"), 38, 0.58, 0.64, 0.57);
        assertFigures("check set aq, unseen", check("aq"), 38, 0.64, 0.64, 0.85);
        assertFigures("check set ar, unseen", check("ar"), 38, 0.35, 0.52, 0.57);
        // written by helpers at the start of the round after, unread (an inner-London estate with many older Bengali and
        // Somali residents, a farm town in rural Saskatchewan); with the code at the round's start 0.76, 0.76, 0.71 and
        // 0.59, 0.71, 0.57; at its end 0.76, 0.76, 0.71 and 0.65, 0.76, 0.57
        // set as lost a first hit to a later refit that only moved weights (0.71, 0.71, 0.71): floored there
        assertFigures("check set as, unseen", check("as"), 38, 0.70, 0.70, 0.71);
        assertFigures("check set at, unseen", check("at"), 38, 0.64, 0.76, 0.57);
        // written by helpers at the start of the round after that, unread (a South Wales valleys town, Los Angeles after a
        // wildfire with Spanish mixed in, a Toronto public-housing tower of newcomers); with the code at the round's start
        // 0.65, 0.71, 0.71; 0.59, 0.71, 0.71 and 0.71, 0.76, 0.71; the README has them at the round's end
        assertFigures("check set au, unseen", check("au"), 38, 0.64, 0.70, 0.71);
        assertFigures("check set av, unseen", check("av"), 38, 0.52, 0.64, 0.71);
        assertFigures("check set aw, unseen", check("aw"), 38, 0.70, 0.76, 0.56);
        // written by a helper in the same round's second half, unread, run once with the round's final code: a small town in
        // rural Maine in mud season, 0.65, 0.65, 0.71
        assertFigures("check set ay, unseen", check("ay"), 38, 0.64, 0.64, 0.71);
        // asked for in the same round, come back after it ended, unread, first run with the code of the round after's start:
        // a West African church congregation in Peckham, south London, 0.88, 0.88, 0.86
        assertFigures("check set ax, unseen", check("ax"), 38, 0.82, 0.82, 0.85);
        // written by a helper at the start of the round after, unread: a manufactured-home park inland from Tampa in
        // hurricane season; 0.35, 0.41, 0.29 with the code at that round's start and at its end
        // az lost a silence (0.29 to 0.14) to the last refit of a later round, after its review's mends; with the weights before
        // that refit it was 0.53, 0.59, 0.29. Its posts were not read
        assertFigures("check set az, unseen", check("az"), 38, 0.29, 0.35, 0.14);
        // written by a helper in that round's second half, unread: a coalfield county in southern West Virginia after a
        // flash flood; 0.53, 0.59, 0.71 with the code at the round's start and 0.59, 0.65, 0.71 at its end
        assertFigures("check set ba, unseen", check("ba"), 38, 0.52, 0.58, 0.71);
        // written by a helper at the start of the round after, unread: an estate in a Dublin suburb beside an
        // asylum seekers' centre; 0.76, 0.76, 0.86 with the code at that round's start and after its first two commits.
        // Floored one need below, as single needs at the threshold move with refits
        assertFigures("check set bb, unseen", check("bb"), 38, 0.70, 0.70, 0.71);
        // written by a helper at the start of the round after, unread: a Cornish fishing town in winter; 0.76, 0.76, 0.57
        // with the code at that round's start, 0.76, 0.82, 0.57 with the code when it came back. Floored one need below
        assertFigures("check set bc, unseen", check("bc"), 38, 0.70, 0.76, 0.42);
        // written by a helper near that round's end, unread: a council tower block in Tower Hamlets in the summer
        // holidays; 0.76, 0.82, 0.71 with the code at that round's start and at its end. Floored one need below; a later
        // round's refit (the round of medical appointments' times) cost it a silence more, 0.82, 0.88, 0.43, so its
        // silence is floored two needs below what it was written at
        assertFigures("check set bd, unseen", check("bd"), 38, 0.70, 0.76, 0.42);
        // written by helpers at the start of the round after, unread: a rural reservation community in the US Southwest
        // (0.82, 0.82, 0.57 with the code at that round's start) and a North Belfast group before Christmas (0.65, 0.76, 0.86).
        // Floored one need below
        assertFigures("check set be, unseen", check("be"), 38, 0.76, 0.76, 0.42);
        assertFigures("check set bf, unseen", check("bf"), 38, 0.58, 0.70, 0.71);
        // written by helpers in that round, unread: Newark's Ironbound (Portuguese, Brazilian and Ecuadorian families, some
        // posts in Portuguese or Spanish; 0.35, 0.35, 0.71 when it came back) and a Hamilton, Ontario neighbourhood near the
        // steel mills (0.65, 0.65, 0.86). Floored one need below
        assertFigures("check set bg, unseen", check("bg"), 38, 0.29, 0.29, 0.57);
        assertFigures("check set bh, unseen", check("bh"), 38, 0.58, 0.58, 0.71);
        // written by helpers later in that round, unread: the Bronx in a summer heat wave (0.41, 0.47, 0.71 when it came
        // back) and a Christchurch suburb in a cold wet winter (0.71, 0.76, 0.86). Floored one need below
        assertFigures("check set bi, unseen", check("bi"), 38, 0.35, 0.41, 0.57);
        assertFigures("check set bj, unseen", check("bj"), 38, 0.64, 0.70, 0.71);
        // asked for near that round's end, unread: a Halifax neighbourhood after a winter storm (0.53, 0.53, 0.86 when it
        // came back) and Moss Side and Longsight in Manchester (0.94, 0.94, 0.86). Floored one need below
        assertFigures("check set bk, unseen", check("bk"), 38, 0.47, 0.47, 0.71);
        assertFigures("check set bl, unseen", check("bl"), 38, 0.88, 0.88, 0.71);
        // written by helpers in the round after, unread, first run with that round's code after its first commit: Grangetown
        // and Butetown in Cardiff (0.76, 0.76, 0.86), Vancouver's Downtown Eastside (0.88, 0.88, 1.00) and a Mississippi Delta
        // county in summer (0.65, 0.71, 0.71). Floored one need below
        assertFigures("check set bm, unseen", check("bm"), 38, 0.70, 0.70, 0.71);
        assertFigures("check set bn, unseen", check("bn"), 38, 0.82, 0.82, 0.85);
        assertFigures("check set bo, unseen", check("bo"), 38, 0.64, 0.70, 0.57);
        // written by helpers later in that round, unread, first run with its final code (with its starting code in brackets): a
        // Belfast interface area in a cold spring 0.71, 0.76, 0.71 (0.76, 0.82, 0.71), a Milwaukee north side neighbourhood in a
        // February freeze 0.82, 0.82, 0.29 (the same) and Dunedin in a cold snap 0.71, 0.71, 0.71 (the same). Floored one need below
        assertFigures("check set bp, unseen", check("bp"), 38, 0.64, 0.70, 0.57);
        assertFigures("check set bq, unseen", check("bq"), 38, 0.76, 0.76, 0.14);
        assertFigures("check set br, unseen", check("br"), 38, 0.64, 0.64, 0.57);
        // written by helpers in the round after, unread, first run with that round's starting code (and the same at the end of
        // its first wave): a Mon Valley mill town in autumn 0.59, 0.59, 0.57; Belgrave and Highfields in Leicester in Ramadan
        // 0.65, 0.65, 0.43; an Appalachian Kentucky hollow after spring floods 0.76, 0.76, 0.71. Floored one need below
        assertFigures("check set bs, unseen", check("bs"), 38, 0.52, 0.52, 0.42);
        assertFigures("check set bt, unseen", check("bt"), 38, 0.58, 0.58, 0.28);
        assertFigures("check set bu, unseen", check("bu"), 38, 0.70, 0.70, 0.57);
        // written by helpers later in that round, unread, first run with its starting code, then with its code at the end of
        // its first wave and of its second: a Hull estate in a cold snap 0.82, 0.82, 0.29 (0.82, 0.82, 0.43 both later); a San
        // Antonio South Side neighbourhood in an ice storm 0.65, 0.65, 0.71 (the same); Melbourne's western suburbs in a hot
        // windy summer 0.82, 0.82, 1.00 (the same). Floored one need below
        assertFigures("check set bv, unseen", check("bv"), 38, 0.76, 0.76, 0.28);
        assertFigures("check set bw, unseen", check("bw"), 38, 0.58, 0.58, 0.57);
        assertFigures("check set bx, unseen", check("bx"), 38, 0.76, 0.76, 0.85);
        // written by helpers in that round's third wave, unread, first run with its starting code, then with the code of its
        // second wave and of its end: a Sunderland estate in January 0.53, 0.53, 0.43 (0.59, 0.59, 0.43 both later); a Baton
        // Rouge neighbourhood after a flash flood 0.59, 0.76, 0.57 (the same; 0.65, 0.82, 0.57 at the end); Tuggeranong in
        // Canberra in a smoke summer 0.71, 0.71, 0.57 (the same; 0.76, 0.76, 0.57 at the end). Floored one need below
        assertFigures("check set by, unseen", check("by"), 38, 0.52, 0.52, 0.28);
        assertFigures("check set bz, unseen", check("bz"), 38, 0.58, 0.76, 0.42);
        assertFigures("check set ca, unseen", check("ca"), 38, 0.70, 0.70, 0.42);
        // written by helpers in the round after, unread, first run with its starting code, then with its code at the end of its
        // wave: a Calgary neighbourhood in a cold snap 0.59, 0.65, 0.29 (the same); Manningham and Bradford Moor in a wet winter
        // 0.71, 0.82, 0.71 (0.76, 0.82, 0.71); St. Petersburg, Florida after a hurricane 0.65, 0.65, 0.57 (the same). Floored
        // one need below
        assertFigures("check set cb, unseen", check("cb"), 38, 0.52, 0.58, 0.14);
        assertFigures("check set cc, unseen", check("cc"), 38, 0.70, 0.76, 0.57);
        assertFigures("check set cd, unseen", check("cd"), 38, 0.58, 0.58, 0.42);
        // written by helpers in that round's second wave, unread, first run with the code of its first wave, then at the end
        // of the second: north central Regina in a January cold snap 0.65, 0.65, 0.71 (the same); Bentilee and Meir in
        // Stoke-on-Trent in a cost-of-living winter 0.82, 0.82, 0.86 (the same); Oak Park and Del Paso Heights in Sacramento
        // in a heat wave 0.65, 0.71, 0.57 (0.65, 0.71, 0.71). Floored one need below
        assertFigures("check set ce, unseen", check("ce"), 38, 0.58, 0.58, 0.57);
        assertFigures("check set cf, unseen", check("cf"), 38, 0.76, 0.76, 0.71);
        assertFigures("check set cg, unseen", check("cg"), 38, 0.58, 0.64, 0.42);
        // written by helpers in that round's third wave, unread, first run with the code of its second wave (and the same at
        // the end of the third): Northeast and Westside in Kansas City in a heat wave 0.59, 0.65, 0.43; Warrawong in
        // Wollongong after a storm 0.65, 0.71, 0.57; the Creggan in Derry in a wet winter 0.59, 0.59, 0.86. Floored one need below
        assertFigures("check set ch, unseen", check("ch"), 38, 0.52, 0.58, 0.28);
        assertFigures("check set ci, unseen", check("ci"), 38, 0.58, 0.64, 0.42);
        assertFigures("check set cj, unseen", check("cj"), 38, 0.52, 0.52, 0.71);
        // written by helpers in the next two rounds, unread, floored one need below their figures at the end of the round of
        // medical appointments' times (first run: ck to cm 0.76, 0.78, 0.76 together, cn to cp 0.76, 0.76, 0.71, both with
        // the code of that round's start or first wave; cq to cs 0.75, 0.75, 0.48 with that round's starting code and its
        // first wave's; ct to cv 0.80, 0.82, 0.81 with its first wave's): Dundee, Buffalo, Wagga Wagga; Wolverhampton, Tulsa,
        // Launceston; Bradford, Hamilton Ontario, Christchurch; Stockton-on-Tees, Baltimore's west side, Geelong
        assertFigures("check set ck, unseen", check("ck"), 38, 0.64, 0.64, 0.71);
        assertFigures("check set cl, unseen", check("cl"), 38, 0.76, 0.82, 0.57);
        assertFigures("check set cm, unseen", check("cm"), 38, 0.76, 0.76, 0.57);
        assertFigures("check set cn, unseen", check("cn"), 38, 0.88, 0.88, 0.57);
        assertFigures("check set co, unseen", check("co"), 38, 0.52, 0.52, 0.57);
        assertFigures("check set cp, unseen", check("cp"), 38, 0.76, 0.76, 0.57);
        assertFigures("check set cq, unseen", check("cq"), 38, 0.76, 0.76, 0.57);
        assertFigures("check set cr, unseen", check("cr"), 38, 0.82, 0.82, 0.00);
        assertFigures("check set cs, unseen", check("cs"), 38, 0.47, 0.47, 0.42);
        assertFigures("check set ct, unseen", check("ct"), 38, 0.76, 0.76, 0.42);
        assertFigures("check set cu, unseen", check("cu"), 38, 0.64, 0.70, 0.71);
        assertFigures("check set cv, unseen", check("cv"), 38, 0.82, 0.82, 0.85);
        // written by helpers in the round after (the one that read a care verb with a child as childcare), unread, first run
        // with that round's starting code (cw to cy 0.76, 0.76, 0.86 together; cz to db 0.61, 0.67, 0.71), floored one need
        // below their figures at the round's first refit: Low Hill and Heath Town in Wolverhampton, Frayser and Whitehaven in
        // Memphis, Malak and Karama in Darwin; Scholes in Wigan, Maryvale in Phoenix, Garbutt in Townsville after a flood
        assertFigures("check set cw, unseen", check("cw"), 38, 0.94, 0.94, 0.71);
        assertFigures("check set cx, unseen", check("cx"), 38, 0.52, 0.52, 0.71);
        assertFigures("check set cy, unseen", check("cy"), 38, 0.82, 0.82, 0.71);
        assertFigures("check set cz, unseen", check("cz"), 38, 0.64, 0.64, 0.57);
        assertFigures("check set da, unseen", check("da"), 38, 0.52, 0.58, 0.71);
        assertFigures("check set db, unseen", check("db"), 38, 0.47, 0.58, 0.42);
        // and in that round's third wave, first run with the second wave's refitted code, the same at the round's second refit:
        // Eastwood in Rotherham, Huron and Mendota near Fresno, South Dunedin after a flood
        assertFigures("check set dc, unseen", check("dc"), 38, 0.70, 0.76, 0.71);
        assertFigures("check set dd, unseen", check("dd"), 38, 0.52, 0.58, 0.28);
        assertFigures("check set de, unseen", check("de"), 38, 0.82, 0.82, 0.85);
        // and its fourth wave, first run with the third wave's refitted code, the same at the round's last refit: Parson Cross
        // in Sheffield, Segundo Barrio in El Paso, Highbury in Palmerston North
        assertFigures("check set df, unseen", check("df"), 38, 0.64, 0.64, 0.71);
        assertFigures("check set dg, unseen", check("dg"), 38, 0.52, 0.52, 0.14);
        assertFigures("check set dh, unseen", check("dh"), 38, 0.70, 0.70, 0.57);
        // written at the start of the next round, first run with the code as it stood and the same at the round's refit, floored
        // one need below: a Swindon estate's WhatsApp group, Albuquerque's South Valley, Hamilton in New Zealand
        assertFigures("check set di, unseen", check("di"), 38, 0.58, 0.58, 0.28);
        assertFigures("check set dj, unseen", check("dj"), 38, 0.47, 0.52, 0.28);
        assertFigures("check set dk, unseen", check("dk"), 38, 0.47, 0.47, 0.28);
        // and with its second wave, first run with the first wave's code, the same at the round's last refit: Middlesbrough,
        // farmworker families in Fresno, Launceston in Tasmania
        assertFigures("check set dl, unseen", check("dl"), 38, 0.70, 0.70, 0.28);
        assertFigures("check set dm, unseen", check("dm"), 38, 0.47, 0.52, 0.14);
        assertFigures("check set dn, unseen", check("dn"), 38, 0.52, 0.58, 0.28);
    }

    @Test
    @DisplayName("On the later held-out sets, written blind and then studied, the figures are printed and do not fall")
    void laterSetFigures() throws Exception {
        // today: 0.92, 0.92, 0.79 (26 needs with gold, 14 without)
        assertFigures("sixth held-out set", later(6), 62, 0.83, 0.91, 0.71);
        // today: 0.96, 0.96, 0.92 (23 with gold, 13 without)
        assertFigures("seventh held-out set", later(7), 56, 0.86, 0.91, 0.84);
        // today: 0.97, 0.97, 0.86 (30 with gold, 14 without)
        assertFigures("eighth held-out set", later(8), 68, 0.88, 0.92, 0.71);
        // today: 0.85, 0.89, 0.85 (27 with gold, 13 without)
        assertFigures("ninth held-out set", later(9), 62, 0.77, 0.81, 0.76);
        // today: 0.90, 0.93, 0.80 (30 with gold, 15 without)
        assertFigures("tenth held-out set", later(10), 70, 0.82, 0.85, 0.73);
        // today: 0.89, 0.89, 0.69 (27 with gold, 13 without)
        assertFigures("eleventh held-out set", later(11), 62, 0.77, 0.81, 0.53);
        // written this round and studied; when written 0.71, 0.79, 0.25; today 0.79, 0.83, 0.92 (24 with gold, 12 without)
        assertFigures("sixteenth held-out set", later(16), 57, 0.79, 0.83, 0.50);
        // when written 0.73, 0.73, 0.42; today 0.92, 1.00, 0.75 (26 with gold, 12 without)
        assertFigures("seventeenth held-out set", later(17), 60, 0.88, 0.92, 0.58);
        // rural; when written 0.30, 0.35, 0.15; today 0.65, 0.65, 0.38 (23 with gold, 13 without)
        assertFigures("twentieth held-out set", later(20), 58, 0.56, 0.56, 0.30);
        // big-city; when written 0.74, 0.78, 0.15; today 0.87, 0.91, 0.38 (23 with gold, 13 without)
        assertFigures("twenty-first held-out set", later(21), 57, 0.78, 0.82, 0.30);
        // everyday posts written by hand while trying the bot (not blind): beds, rooms, "(Wed)", CVS;
        // with the code before they were written 0.72, 0.88, 0.46; today 0.92, 0.98, 0.76 (125 with gold, 25 without); the
        // floor was 0.76 until a refit put one need (paying for insulin) at 0.207 against the 0.20 threshold, and refits move it
        assertFigures("hand-written everyday posts", Path.of("src", "test", "resources", "matching", "ours-hand.jsonl"), 256, 0.85, 0.94, 0.72);
        // everyday posts a helper wrote blind, then studied: a UK group; when written 0.71, 0.71, 0.38
        assertFigures("everyday posts, UK group", Path.of("src", "test", "resources", "matching", "ours-everyday-uk.jsonl"), 34, 0.85, 0.85, 0.62);
        // a US group; when written 0.57, 0.57, 0.75
        assertFigures("everyday posts, US group", Path.of("src", "test", "resources", "matching", "ours-everyday-us.jsonl"), 34, 0.85, 0.85, 0.75);
        // an Australian and Canadian board; when written 0.64, 0.71, 0.62
        assertFigures("everyday posts, AU and CA board", Path.of("src", "test", "resources", "matching", "ours-everyday-au-ca.jsonl"), 34, 0.85, 0.92, 0.75);
        // a rural group; when written 0.71, 0.86, 0.25
        assertFigures("everyday posts, rural group", Path.of("src", "test", "resources", "matching", "ours-everyday-rural.jsonl"), 34, 0.78, 0.92, 0.25);
        // English as a second language; when written 1.00, 1.00, 0.38
        assertFigures("everyday posts, ESL group", Path.of("src", "test", "resources", "matching", "ours-everyday-esl.jsonl"), 34, 0.92, 0.92, 0.25);
        // terse big-city one-liners; when written 0.92, 1.00, 0.70
        assertFigures("everyday posts, terse big-city chat", Path.of("src", "test", "resources", "matching", "ours-everyday-terse.jsonl"), 34, 0.92, 0.92, 0.60);
        // older and disabled members and carers; when written 0.69, 0.77, 0.67
        assertFigures("everyday posts, older members and carers", Path.of("src", "test", "resources", "matching", "ours-everyday-care.jsonl"), 34, 0.77, 0.85, 0.66);
        // helpers' batches of the round after, studied in two halves; when written (with the code before either half)
        // and today: a city WhatsApp group 0.87, 0.87, 0.67 / 1.00, 1.00, 0.67
        assertFigures("fresh batch a, city WhatsApp group", fresh('a'), 38, 0.93, 0.93, 0.55);
        // a town after a flood 0.73, 0.80, 0.44 / 0.93, 0.93, 0.56
        assertFigures("fresh batch b, town after a flood", fresh('b'), 38, 0.80, 0.86, 0.55);
        // a community centre 0.81, 0.81, 0.50 / 0.88, 0.88, 0.75
        assertFigures("fresh batch c, community centre", fresh('c'), 38, 0.87, 0.87, 0.50);
        // a younger city network 0.93, 0.93, 0.44 / 1.00, 1.00, 0.78
        assertFigures("fresh batch d, younger city network", fresh('d'), 38, 0.86, 0.86, 0.44);
        // the second half was the first half's check: an English suburb 0.87, 0.87, 0.22 / 0.93, 0.93, 0.78
        assertFigures("fresh batch e, English suburb", fresh('e'), 38, 0.86, 0.86, 0.56);
        // an Australian estate 0.56, 0.62, 0.75 / 0.81, 0.81, 0.62
        assertFigures("fresh batch f, Australian estate", fresh('f'), 38, 0.68, 0.75, 0.62);
        // a rural US county 0.56, 0.56, 0.62 / 0.94, 0.94, 0.75
        assertFigures("fresh batch g, rural county", fresh('g'), 38, 0.81, 0.81, 0.50);
        // a general group 0.88, 1.00, 0.38 / 0.94, 0.94, 0.62
        assertFigures("fresh batch h, general group", fresh('h'), 38, 0.81, 0.93, 0.50);
        // four batches written this round, run once as they came, then studied; when written and today:
        // gig workers and delivery riders in a US city 0.75, 0.81, 1.00 / 0.88, 0.94, 0.88
        assertFigures("fresh batch u, gig workers", fresh('u'), 38, 0.87, 0.93, 0.87);
        // a queer and trans network in an English city 0.69, 0.69, 0.12 / 0.94, 1.00, 0.12
        assertFigures("fresh batch v, queer and trans network", fresh('v'), 38, 0.93, 1.00, 0.12);
        // a former mining town in the North East of England 0.75, 0.81, 0.38 / 0.81, 0.88, 0.25
        assertFigures("fresh batch w, North East mining town", fresh('w'), 38, 0.81, 0.87, 0.12);
        // a Nigerian and Ghanaian church group in London and Manchester 0.88, 0.88, 0.38 / 0.94, 1.00, 0.38
        assertFigures("fresh batch x, West African church group", fresh('x'), 38, 0.93, 0.93, 0.37);
        // two batches on life after a disaster, written in a later round and studied (the held-back hurricane set, check
        // set ar, showed the bot reading every post of such a group as the same kind of help); when written and today:
        // a Vermont river town weeks after a flood 0.65, 0.65, 0.29 / 0.59, 0.59, 0.43
        // junk that "has to go to the dump" is a haul now, so a trailer kept within 15 minutes of the village is offered
        // to a farm 40 minutes out (0.43 to 0.29 silence): a place, which the matcher does not read
        assertFigures("fresh batch i, river town after a flood", fresh('i'), 38, 0.58, 0.58, 0.28);
        // a Texas city after an ice storm and a week without power 0.71, 0.71, 0.29 / 0.88, 0.88, 0.29
        assertFigures("fresh batch j, city after an ice storm", fresh('j'), 38, 0.88, 0.88, 0.28);
        // a tenement and housing-scheme group in Glasgow's East End, written in Scots-flavoured English, studied in a later
        // round: when written 0.65, 0.65, 0.57; today 0.88, 0.88, 0.43 (the messages, tea as a meal, a cup of tea as company,
        // weans collected from school; the school pick-up till six is now offered for a night shift's overnight care)
        assertFigures("fresh batch k, Glasgow tenements", fresh('k'), 38, 0.88, 0.88, 0.42);
        // a Phoenix heat wave, studied a round after it came in: 0.65, 0.71, 0.14 as written, today 0.65, 0.76, 0.14
        // (coolers, swamp coolers and heat pumps are read; a cooler alone, a son of 19 and a place out of range are not)
        assertFigures("fresh batch l, Phoenix heat wave", fresh('l'), 38, 0.64, 0.76, 0.14);
        // written and studied this round: a New Zealand town after a cyclone (kai, WINZ, a ute's spare seats, shifting
        // furniture), an Irish midlands cold snap (the Social, turf for firing, bring to the GP, oil rads) and a Midwest
        // college town; as written 0.41, 0.47, 0.29; 0.76, 0.76, 0.57 and 0.65, 0.76, 0.86; today 0.76, 0.76, 0.43;
        // 0.88, 1.00, 0.43 and 0.82, 0.88, 0.86
        assertFigures("fresh batch m, New Zealand after a cyclone", fresh('m'), 38, 0.76, 0.76, 0.42);
        // n's recall@3 moves with refits: a B&B family's need for heat meets the oil rads third, at 0.20 against the 0.20 threshold
        assertFigures("fresh batch n, Irish midlands cold snap", fresh('n'), 38, 0.88, 0.94, 0.42);
        assertFigures("fresh batch o, Midwest college town", fresh('o'), 38, 0.82, 0.88, 0.85);
        // written later in the same round and studied: western Sydney in a heatwave (a fly screen, a sparky, Woolies runs,
        // a ute with a tray) and Chicago's South Side in January (an empty icebox, salt on icy steps, drafty windows);
        // as written 0.53, 0.59, 0.43 and 0.59, 0.59, 0.71; today 0.76, 0.82, 0.71 and 0.76, 0.82, 0.57 (Sydney's silence
        // moved between 0.57 and 0.71 with the round's last refits; Chicago's fell to 0.43 with the refit of the round that read
        // a power chair as a wheelchair: a van driver's odds for a husband in one rose to 0.205, just over the threshold)
        assertFigures("fresh batch q, western Sydney heatwave", fresh('q'), 38, 0.76, 0.82, 0.56);
        assertFigures("fresh batch r, Chicago South Side winter", fresh('r'), 38, 0.76, 0.82, 0.42);
        // written blind in the round before and studied in the next: Sparkbrook and Small Heath in Birmingham during Ramadan
        // (a repeat waiting at the chemist, the black stuff back on the wall, something to push the baby in, a new Samsung);
        // as written 0.65, 0.65, 0.86, today 0.94, 0.94, 1.00
        assertFigures("fresh batch p, Birmingham in Ramadan", fresh('p'), 38, 0.88, 0.88, 0.85);
        // written blind at the start of the round that studied p, and studied in it: Vancouver's Downtown Eastside (HandyDart,
        // PWD forms, a manual chair, Toisan); as written 0.94, 0.94, 0.29, today 1.00, 1.00, 0.71
        assertFigures("fresh batch s, Vancouver Downtown Eastside", fresh('s'), 38, 0.94, 0.94, 0.42);
        // written blind in the same round's second half and studied: a Bengaluru apartment complex and basti in monsoon
        // flooding (a ration card, current gone, a rajai, some Hindi); as written 0.53, 0.59, 0.57, today 0.94, 0.94, 0.57
        assertFigures("fresh batch t, Bengaluru in the monsoon", fresh('t'), 38, 0.88, 0.88, 0.56);
        // written blind at the start of the round after and studied: a Northland town after a cyclone cut the state
        // highway (kai, gummies, tank water, the marae kitchen); as written 0.47, 0.53, 1.00, today 0.88, 0.88, 1.00.
        // Floored one need below
        assertFigures("fresh batch y, Northland after a cyclone", fresh('y'), 38, 0.82, 0.82, 0.85);
        // written blind at that round's start and studied: a Kensington, Philadelphia rowhouse block in January (recovery,
        // grandmothers, Spanish, LIHEAP); as written 0.41, 0.41, 0.71, today 0.82, 0.82, 0.71. Floored one need below
        assertFigures("fresh batch z, Kensington in January", fresh('z'), 38, 0.76, 0.76, 0.57);
        // the same: a Houston apartment complex in Gulfton after a hurricane (Spanish and Dari, mosquitoes, the heat); as
        // written 0.59, 0.59, 0.86, today 0.76, 0.82, 0.86. Floored one need below
        assertFigures("fresh batch aa, Houston after a hurricane", fresh("aa"), 38, 0.70, 0.76, 0.71);
        // written blind near that round's end and studied: a Central Valley mobile-home and farmworker community in
        // wildfire smoke (Spanish, N95s, PG&E shutoffs); as written 0.82, 0.82, 0.71, today 0.88, 0.88, 0.71. Floored one need below
        assertFigures("fresh batch ab, Central Valley smoke season", fresh("ab"), 38, 0.82, 0.82, 0.57);
        // written blind at the start of the round after and studied, each floored one need below: an Alabama Black Belt town
        // a week after a tornado (as written 0.71, 0.71, 0.43, today 1.00, 1.00, 0.43); western Sydney in a heatwave, Arabic
        // and Vietnamese families (0.53, 0.53, 0.86; today 0.82, 0.82, 0.86); Baltimore rowhouses after a water main break
        // (0.65, 0.71, 0.43; today 0.88, 0.94, 0.57); a Leeds neighbourhood in a cost-of-living winter (0.94, 0.94, 0.57;
        // today 1.00, 1.00, 0.71)
        assertFigures("fresh batch ac, Black Belt after a tornado", fresh("ac"), 38, 0.94, 0.94, 0.28);
        assertFigures("fresh batch ad, western Sydney heatwave", fresh("ad"), 38, 0.76, 0.76, 0.71);
        assertFigures("fresh batch ae, Baltimore water main break", fresh("ae"), 38, 0.82, 0.88, 0.42);
        assertFigures("fresh batch af, Leeds winter", fresh("af"), 38, 0.94, 0.94, 0.57);
        // written blind in that round and studied, each floored one need below: Minneapolis's Cedar-Riverside and Phillips in
        // deep winter (as written 0.59, 0.65, 0.71, today 0.71, 0.82, 0.86); Logan and Ipswich after a river flood (0.65,
        // 0.65, 0.71; today 0.82, 0.82, 0.86); a South Side Chicago block club in a heat wave (0.59, 0.65, 0.71; today 0.88,
        // 0.94, 0.71); Anfield and Everton in a cost-of-living winter (0.65, 0.65, 0.86; today 0.94, 0.94, 1.00)
        assertFigures("fresh batch ag, Minneapolis winter", fresh("ag"), 38, 0.64, 0.76, 0.71);
        assertFigures("fresh batch ah, Logan after a flood", fresh("ah"), 38, 0.76, 0.76, 0.71);
        assertFigures("fresh batch ai, South Side heat wave", fresh("ai"), 38, 0.82, 0.88, 0.57);
        assertFigures("fresh batch aj, Liverpool winter", fresh("aj"), 38, 0.88, 0.88, 0.85);
        // written blind later in that round and studied, each floored one need below: Youngstown in early spring (as written
        // 0.76, 0.82, 0.57, today 0.88, 0.94, 0.57); Brixton and Stockwell in a wet autumn (0.71, 0.71, 0.71; today 0.88,
        // 0.88, 1.00); Winnipeg's North End in a deep freeze (0.76, 0.76, 0.86; today 1.00, 1.00, 0.86); a Welsh-speaking
        // Gwynedd town after a storm (0.41, 0.41, 0.57; today 0.82, 0.82, 0.86)
        assertFigures("fresh batch ak, Youngstown spring", fresh("ak"), 38, 0.82, 0.88, 0.42);
        assertFigures("fresh batch al, Brixton autumn", fresh("al"), 38, 0.82, 0.82, 0.85);
        assertFigures("fresh batch am, Winnipeg deep freeze", fresh("am"), 38, 0.94, 0.94, 0.71);
        assertFigures("fresh batch an, Gwynedd after a storm", fresh("an"), 38, 0.76, 0.76, 0.71);
        // written blind near that round's end and studied, each floored one need below: an Edinburgh estate in winter, in
        // Scots (as written 0.71, 0.71, 0.29; today 0.65, 0.65, 0.71); a Perth outer suburb in bushfire smoke (0.88, 0.88,
        // 0.43; today 0.94, 0.94, 0.57); San Antonio's West Side in a heat wave (0.65, 0.76, 1.00; today 0.94, 1.00, 0.86)
        assertFigures("fresh batch ap, Edinburgh winter", fresh("ap"), 38, 0.58, 0.58, 0.57);
        assertFigures("fresh batch aq, Perth bushfire smoke", fresh("aq"), 38, 0.88, 0.88, 0.42);
        assertFigures("fresh batch ar, San Antonio heat wave", fresh("ar"), 38, 0.88, 0.94, 0.71);
        // the last, asked for with them and back after the others: a North Carolina mountain town months after a hurricane
        // (as written 0.71, 0.71, 0.71; today 0.94, 0.94, 0.71). Floored one need below
        assertFigures("fresh batch ao, mountains after a hurricane", fresh("ao"), 38, 0.88, 0.88, 0.57);
        // two more, asked for at that round's end and studied: Tallaght and Clondalkin in a January cold snap (as written
        // 0.71, 0.71, 0.57; today 0.88, 1.00, 0.86) and a Tucson barrio after a monsoon flash flood (0.65, 0.65, 1.00; today 0.76, 0.76, 1.00)
        assertFigures("fresh batch as, Dublin cold snap", fresh("as"), 38, 0.82, 0.94, 0.71);
        assertFigures("fresh batch at, Tucson flash flood", fresh("at"), 38, 0.70, 0.70, 0.85);
        // written blind in the round after and studied, each floored one need below at the end of its wave: Houston apartments
        // after a hurricane (as written 0.65, 0.65, 0.71; at the round's end 0.82, 0.82, 0.71); Easton and St Pauls in Bristol in
        // winter (0.76, 0.76, 0.57; 0.88, 0.88, 0.71); a western Kansas town in a blizzard (0.65, 0.65, 0.71; 0.94, 0.94, 0.71);
        // Adelaide's northern suburbs in a heatwave (0.88, 0.88, 0.86; 1.00, 1.00, 0.86); Kensington and Fishtown in Philadelphia
        // (0.82, 0.82, 0.71 as written, after four golds its writer had shifted by one offer were set right: fayn18, fayn19,
        // fayn21, fayn24; 0.88, 0.88, 0.71)
        assertFigures("fresh batch au, Houston after a hurricane", fresh("au"), 38, 0.82, 0.82, 0.57);
        assertFigures("fresh batch av, Bristol winter", fresh("av"), 38, 0.82, 0.82, 0.57);
        assertFigures("fresh batch aw, Kansas blizzard", fresh("aw"), 38, 0.88, 0.88, 0.57);
        assertFigures("fresh batch ax, Adelaide heatwave", fresh("ax"), 38, 0.94, 0.94, 0.71);
        assertFigures("fresh batch ay, Philadelphia autumn", fresh("ay"), 38, 0.88, 0.88, 0.71);
        // a second wave of that round, studied, each floored one need below (with the round's starting code, and today): a
        // Sheffield estate in November (0.71, 0.71, 0.57; 1.00, 1.00, 0.57); Atlanta's westside in a heat wave and boil advisory
        // (0.53, 0.53, 0.86; 0.71, 0.71, 0.86); Parc-Extension and Saint-Michel in Montreal in a cold spell, some posts in French
        // or Creole (0.53, 0.53, 0.43; 0.82, 0.82, 0.43); Inala and Goodna after a summer storm cut the power (0.41, 0.53, 0.29;
        // 0.71, 0.76, 0.43); a Fresno County farmworker town in smoke and heat (0.63, 0.69, 0.88; 0.88, 0.88, 0.75)
        assertFigures("fresh batch az, Sheffield November", fresh("az"), 38, 0.94, 0.94, 0.42);
        assertFigures("fresh batch ba, Atlanta heat wave", fresh("ba"), 38, 0.64, 0.64, 0.71);
        assertFigures("fresh batch bb, Montreal cold spell", fresh("bb"), 38, 0.76, 0.76, 0.28);
        assertFigures("fresh batch bc, Brisbane storm", fresh("bc"), 38, 0.64, 0.70, 0.28);
        assertFigures("fresh batch bd, Central Valley smoke", fresh("bd"), 38, 0.81, 0.81, 0.62);
        // written blind in the round after and studied, each floored one need below (as written, and at the end of its wave):
        // Detroit's east side in a thaw with flooded basements (0.82, 0.82, 0.57; 0.88, 0.88, 0.57); Easterhouse and Drumchapel
        // in Glasgow (0.88, 0.88, 0.71; 1.00, 1.00, 0.71); a Darwin suburb before a cyclone (0.88, 0.88, 0.57; 1.00, 1.00, 0.71);
        // El Paso in a spring wind storm (0.76, 0.82, 1.00; 0.88, 1.00, 1.00); a Cork estate in January (0.88, 0.88, 0.71;
        // 1.00, 1.00, 1.00)
        assertFigures("fresh batch be, Detroit thaw", fresh("be"), 38, 0.82, 0.82, 0.42);
        assertFigures("fresh batch bf, Glasgow autumn", fresh("bf"), 38, 0.94, 0.94, 0.57);
        assertFigures("fresh batch bg, Darwin cyclone warning", fresh("bg"), 38, 0.94, 0.94, 0.57);
        assertFigures("fresh batch bh, El Paso wind storm", fresh("bh"), 38, 0.82, 0.94, 0.85);
        assertFigures("fresh batch bi, Cork January", fresh("bi"), 38, 0.94, 0.94, 0.85);
        // a second wave of that round, studied, each floored one need below (as written, and at the end of its wave): Byker
        // and Walker in Newcastle in February (0.53, 0.65, 0.86; 0.71, 0.82, 1.00); Maryvale in Phoenix in a heat wave with
        // outages (0.71, 0.82, 0.57; 0.82, 0.94, 0.71); Otara and Mangere in Auckland after a flood (0.71, 0.76, 0.86; 0.82,
        // 0.82, 0.86); the Seventh Ward and Gentilly in New Orleans in hurricane season (0.71, 0.76, 0.57; 0.82, 0.88, 0.57);
        // Jane and Finch and Rexdale in Toronto in a deep freeze (0.53, 0.65, 0.86; 0.76, 0.94, 0.86)
        assertFigures("fresh batch bj, Newcastle February", fresh("bj"), 38, 0.64, 0.76, 0.85);
        assertFigures("fresh batch bk, Phoenix heat wave", fresh("bk"), 38, 0.76, 0.88, 0.57);
        assertFigures("fresh batch bl, Auckland flood", fresh("bl"), 38, 0.76, 0.76, 0.71);
        assertFigures("fresh batch bm, New Orleans hurricane season", fresh("bm"), 38, 0.76, 0.82, 0.42);
        assertFigures("fresh batch bn, Toronto deep freeze", fresh("bn"), 38, 0.70, 0.88, 0.71);
        // a third wave, studied, each floored one need below (as written, and at the round's end): Sparkbrook and Small Heath
        // in Birmingham (0.82, 0.82, 0.86; the same); a rural Oklahoma town after a tornado (0.76, 0.76, 0.57; 0.82, 0.82,
        // 0.71); Merthyr Tydfil in winter (0.76, 0.76, 0.86; 0.94, 0.94, 0.86); Boyle Heights and East LA after wildfire smoke
        // (0.65, 0.65, 0.86; 0.76, 0.76, 1.00); Halifax's North End and Dartmouth after a storm (0.71, 0.76, 0.57; 0.76, 0.82,
        // 0.57)
        assertFigures("fresh batch bo, Birmingham autumn", fresh("bo"), 38, 0.76, 0.76, 0.71);
        assertFigures("fresh batch bp, Oklahoma tornado", fresh("bp"), 38, 0.76, 0.76, 0.57);
        assertFigures("fresh batch bq, Merthyr winter", fresh("bq"), 38, 0.88, 0.88, 0.71);
        assertFigures("fresh batch br, East LA smoke", fresh("br"), 38, 0.70, 0.70, 0.85);
        assertFigures("fresh batch bs, Halifax storm", fresh("bs"), 38, 0.70, 0.76, 0.42);
        // the round after, studied in one wave, each floored one need below (as written, and at the wave's end): Bulwell and
        // Clifton in Nottingham in a cold spring (0.76, 0.76, 0.57; 0.94, 0.94, 0.71); Orange Mound and Frayser in Memphis in a
        // heat wave (0.59, 0.71, 0.57; 0.65, 0.71, 0.71); Cannons Creek in Porirua in a stormy winter (0.76, 0.82, 0.86; the
        // same); Fruitvale and East Oakland in smoke season (0.82, 0.82, 0.57; the same); Townhill and Port Tennant in Swansea
        // in a damp winter (0.94, 0.94, 0.86; the same)
        assertFigures("fresh batch bt, Nottingham spring", fresh("bt"), 38, 0.88, 0.88, 0.57);
        assertFigures("fresh batch bu, Memphis heat wave", fresh("bu"), 38, 0.58, 0.64, 0.57);
        assertFigures("fresh batch bv, Porirua winter", fresh("bv"), 38, 0.70, 0.76, 0.71);
        assertFigures("fresh batch bw, Oakland smoke", fresh("bw"), 38, 0.76, 0.76, 0.42);
        assertFigures("fresh batch bx, Swansea winter", fresh("bx"), 38, 0.88, 0.88, 0.71);
        // its second wave, studied, each floored one need below (as written, and at the wave's end): Hillfields and Foleshill
        // in Coventry (0.82, 0.82, 0.86; 0.94, 0.94, 1.00); Jackson, Mississippi under a boil-water notice (0.65, 0.65, 1.00;
        // 0.71, 0.71, 1.00); an Adelaide hills town after a bushfire (0.47, 0.47, 0.71; 0.71, 0.71, 0.71); Olneyville in
        // Providence in a nor'easter (0.59, 0.65, 0.71; 0.71, 0.76, 0.71); Moyross and Southill in Limerick (0.76, 0.76,
        // 0.57; 0.94, 0.94, 0.57, and 0.88, 0.88, 0.57 after the review's mends)
        assertFigures("fresh batch by, Coventry spring", fresh("by"), 38, 0.88, 0.88, 0.85);
        assertFigures("fresh batch bz, Jackson boil-water notice", fresh("bz"), 38, 0.64, 0.64, 0.85);
        assertFigures("fresh batch ca, Adelaide hills bushfire", fresh("ca"), 38, 0.64, 0.64, 0.57);
        assertFigures("fresh batch cb, Providence nor'easter", fresh("cb"), 38, 0.64, 0.70, 0.57);
        assertFigures("fresh batch cc, Limerick autumn", fresh("cc"), 38, 0.82, 0.82, 0.42);
        // its third wave, studied, each floored one need below (as written, and at the wave's end): East Central and Hillyard
        // in Spokane in smoke (0.88, 0.88, 0.71; 0.88, 0.88, 0.86); Seacroft and Gipton in Leeds in February (0.76, 0.82, 0.71;
        // 0.82, 0.88, 0.71); a Townsville suburb after a monsoon flood (0.65, 0.65, 0.71; 0.82, 0.88, 0.71); Hilltop in
        // Wilmington in a winter storm (0.76, 0.76, 0.86; the same); Torry and Northfield in Aberdeen (0.76, 0.76, 0.86;
        // 0.88, 0.88, 0.86)
        assertFigures("fresh batch cd, Spokane smoke", fresh("cd"), 38, 0.82, 0.82, 0.71);
        assertFigures("fresh batch ce, Leeds February", fresh("ce"), 38, 0.76, 0.82, 0.57);
        assertFigures("fresh batch cf, Townsville flood", fresh("cf"), 38, 0.76, 0.82, 0.57);
        assertFigures("fresh batch cg, Wilmington winter storm", fresh("cg"), 38, 0.70, 0.70, 0.71);
        assertFigures("fresh batch ch, Aberdeen winter", fresh("ch"), 38, 0.82, 0.82, 0.71);
        // the round after, studied in one wave, each floored one need below (as written, and at the wave's end, refitted):
        // Claremont and Grange Park in Blackpool out of season (0.94, 0.94, 0.86; 1.00, 1.00, 0.86); the South Valley in
        // Albuquerque in a windy spring (0.71, 0.71, 0.71; 0.82, 0.82, 1.00); Bridgewater and Gagebrook in Hobart in a snowy
        // winter (0.59, 0.59, 1.00; 0.88, 0.88, 1.00); Gary, Indiana in a lake-effect storm (0.59, 0.65, 0.43; 0.94, 0.94,
        // 0.29: a sitter's "they won't take your pet" no longer leaves out every pet, so a 70-pound dog is offered one for small dogs); Devonport and Stonehouse in Plymouth in a wet spring (0.88, 0.88, 0.57; 0.94, 0.94, 0.57)
        assertFigures("fresh batch ci, Blackpool winter", fresh("ci"), 38, 0.94, 0.94, 0.71);
        assertFigures("fresh batch cj, Albuquerque spring", fresh("cj"), 38, 0.76, 0.76, 0.85);
        assertFigures("fresh batch ck, Hobart snow", fresh("ck"), 38, 0.82, 0.82, 0.85);
        assertFigures("fresh batch cl, Gary lake-effect storm", fresh("cl"), 38, 0.88, 0.88, 0.14);
        assertFigures("fresh batch cm, Plymouth spring", fresh("cm"), 38, 0.88, 0.88, 0.42);
        // its second wave, studied, each floored one need below (as written, and at the wave's end, refitted): North Ormesby
        // and Grangetown in Middlesbrough in March (0.76, 0.82, 0.57; 0.94, 0.94, 0.57); Southeast Fresno in December fog
        // (0.76, 0.76, 0.86; 0.88, 0.88, 0.86); Strathmore and Miramar in Wellington in a southerly (0.82, 0.82, 0.57; 0.88,
        // 0.88, 0.57); Portland and Shawnee in Louisville in an ice storm (0.47, 0.53, 0.57; 0.65, 0.76, 0.43); Ballybane and
        // Westside in Galway in winter (0.88, 0.88, 0.71; 0.94, 0.94, 0.86)
        assertFigures("fresh batch cn, Middlesbrough March", fresh("cn"), 38, 0.88, 0.88, 0.42);
        assertFigures("fresh batch co, Fresno fog", fresh("co"), 38, 0.82, 0.82, 0.71);
        assertFigures("fresh batch cp, Wellington southerly", fresh("cp"), 38, 0.82, 0.82, 0.42);
        assertFigures("fresh batch cq, Louisville ice storm", fresh("cq"), 38, 0.58, 0.70, 0.28);
        assertFigures("fresh batch cr, Galway winter", fresh("cr"), 38, 0.88, 0.88, 0.71);
        // the round after, studied in one wave, each floored one need below (as written, and at the wave's end, refitted):
        // Pennywell and Hendon in Sunderland in a sleety November (0.94, 0.94, 0.71; 0.94, 0.94, 0.86); Sherman Park in
        // Milwaukee in a January cold snap (0.71, 0.76, 0.14; 0.94, 0.94, 0.43); Logan and Woodridge near Brisbane in the
        // storm season (0.88, 0.88, 0.43; 0.94, 0.94, 0.57); Whitfield and Lochee in Dundee in December (0.71, 0.71, 0.86;
        // 0.82, 0.88, 0.86); San Antonio's west side in a drought (0.82, 0.88, 0.71; 0.88, 0.94, 0.71)
        assertFigures("fresh batch cs, Sunderland November", fresh("cs"), 38, 0.88, 0.88, 0.71);
        assertFigures("fresh batch ct, Milwaukee cold snap", fresh("ct"), 38, 0.88, 0.88, 0.28);
        assertFigures("fresh batch cu, Logan storm season", fresh("cu"), 38, 0.88, 0.88, 0.42);
        assertFigures("fresh batch cv, Dundee December", fresh("cv"), 38, 0.76, 0.82, 0.71);
        assertFigures("fresh batch cw, San Antonio drought", fresh("cw"), 38, 0.82, 0.88, 0.57);
        // its second wave, studied, each floored one need below (as written with the first wave's code, and at the wave's
        // end, refitted): Orchard Park and Bransholme in Hull in February (0.82, 0.82, 0.71; 0.88, 0.88, 0.71); Tucson's south
        // side in the monsoon (0.88, 0.88, 0.43; 0.82, 0.82, 0.57: "another vet" from a veteran is still read as a vet for
        // pets, and a veteran's offer no longer is); Dolphin's Barn and Ballyfermot in Dublin in March (0.82, 0.88, 0.86;
        // 1.00, 1.00, 0.71); Winnipeg's north end in a deep freeze (0.76, 0.76, 0.57; 0.94, 0.94, 0.71); Windale and Jesmond
        // in Newcastle NSW after an east coast low (0.76, 0.82, 0.71; 0.88, 0.94, 0.71)
        assertFigures("fresh batch cx, Hull February", fresh("cx"), 38, 0.82, 0.82, 0.57);
        assertFigures("fresh batch cy, Tucson monsoon", fresh("cy"), 38, 0.76, 0.76, 0.42);
        assertFigures("fresh batch cz, Dublin March", fresh("cz"), 38, 0.94, 0.94, 0.57);
        assertFigures("fresh batch da, Winnipeg deep freeze", fresh("da"), 38, 0.88, 0.88, 0.57);
        assertFigures("fresh batch db, Newcastle NSW east coast low", fresh("db"), 38, 0.82, 0.88, 0.57);
        // the round after, studied in two waves, each floored one need below its figures at the round's first refit (first run
        // with the round's starting code, then at the refit): Townhill in Swansea (0.88, 0.94, 0.86; 1.00, 1.00, 0.86);
        // southwest Detroit in a heatwave (1.00, 1.00, 0.71; the same); Elizabeth in Adelaide's north (0.88, 0.88, 0.57;
        // 0.94, 0.94, 0.71); Highfields and Braunstone in Leicester (0.94, 0.94, 0.71; 0.94, 0.94, 1.00); Scotlandville in Baton
        // Rouge after a hurricane (0.82, 0.82, 0.29; 0.88, 0.88, 0.57); Knocknaheeny in Cork (0.82, 0.82, 0.86; the same); Otara
        // and Mangere in a flood (0.82, 0.82, 0.57; 0.82, 0.88, 0.57); Glenville and Slavic Village in Cleveland (0.71, 0.76,
        // 0.57; 0.76, 0.82, 0.71); Bentilee and Meir in Stoke (0.88, 0.88, 1.00; the same); Regina's north central in a cold
        // snap (0.88, 0.94, 0.43; 1.00, 1.00, 0.43)
        assertFigures("fresh batch dc, Swansea October", fresh("dc"), 38, 0.94, 0.94, 0.71);
        assertFigures("fresh batch dd, Detroit heatwave", fresh("dd"), 38, 0.94, 0.94, 0.57);
        assertFigures("fresh batch de, Elizabeth January", fresh("de"), 38, 0.88, 0.88, 0.57);
        assertFigures("fresh batch df, Leicester November", fresh("df"), 38, 0.88, 0.88, 0.85);
        assertFigures("fresh batch dg, Baton Rouge hurricane", fresh("dg"), 38, 0.82, 0.82, 0.42);
        assertFigures("fresh batch dh, Cork January", fresh("dh"), 38, 0.76, 0.76, 0.71);
        assertFigures("fresh batch di, South Auckland flood", fresh("di"), 38, 0.76, 0.82, 0.42);
        assertFigures("fresh batch dj, Cleveland snow", fresh("dj"), 38, 0.70, 0.76, 0.57);
        assertFigures("fresh batch dk, Stoke February", fresh("dk"), 38, 0.82, 0.82, 0.85);
        assertFigures("fresh batch dl, Regina cold snap", fresh("dl"), 38, 0.94, 0.94, 0.28);
        // its third wave, floored one need below its figures at the round's second refit (as written with the second wave's
        // refitted code, then at that refit): Twinbrook and Poleglass in Belfast (0.76, 0.76, 0.71; 0.94, 0.94, 0.86); Houston's
        // east end after a freeze (0.59, 0.59, 1.00; 0.76, 0.76, 0.86); Armadale in Perth's smoke (0.88, 0.88, 0.43; 0.94, 0.94,
        // 0.71); Hartcliffe and Knowle West in Bristol (0.88, 0.88, 0.71; the same); Halifax's north end (0.94, 0.94, 0.57; 0.94,
        // 0.94, 0.71)
        assertFigures("fresh batch dm, Belfast November", fresh("dm"), 38, 0.88, 0.88, 0.71);
        assertFigures("fresh batch dn, Houston freeze", fresh("dn"), 38, 0.70, 0.70, 0.71);
        assertFigures("fresh batch do, Armadale smoke", fresh("do"), 38, 0.88, 0.88, 0.57);
        assertFigures("fresh batch dp, Bristol January", fresh("dp"), 38, 0.82, 0.82, 0.71);
        assertFigures("fresh batch dq, Halifax nor'easter", fresh("dq"), 38, 0.88, 0.88, 0.57);
        // its fourth wave, floored one need below its figures at the round's last refit (as written with the third wave's
        // refitted code, then at that refit): Norris Green in Liverpool (0.82, 0.82, 0.86; 0.88, 0.88, 0.86); Atlanta's south
        // side (0.82, 0.82, 0.86; 0.94, 0.94, 0.86); Toowoomba after hail (0.82, 0.82, 0.71; the same); Moyross and Southill in
        // Limerick (0.82, 0.88, 0.57; 0.88, 0.88, 0.57); Alberta Avenue in Edmonton (0.82, 0.82, 0.43; 0.88, 0.88, 0.43)
        assertFigures("fresh batch dr, Liverpool December", fresh("dr"), 38, 0.82, 0.82, 0.71);
        assertFigures("fresh batch ds, Atlanta August", fresh("ds"), 38, 0.88, 0.88, 0.71);
        assertFigures("fresh batch dt, Toowoomba hail", fresh("dt"), 38, 0.76, 0.76, 0.57);
        assertFigures("fresh batch du, Limerick February", fresh("du"), 38, 0.82, 0.82, 0.42);
        assertFigures("fresh batch dv, Edmonton cold snap", fresh("dv"), 38, 0.82, 0.82, 0.28);
        // the next round's wave, floored one need below its figures at that round's refit (as written with the code as it stood,
        // then at the refit): Fenton and Longton in Stoke-on-Trent (0.53, 0.53, 0.43; 0.82, 0.82, 0.57, and 0.76, 0.76, 0.57 once
        // "not asking for" no longer led a limit); Cleveland's west side
        // after a layoff (0.59, 0.59, 0.43; 0.76, 0.76, 0.43); Cairns in the wet season (0.76, 0.82, 0.86; the same); an estate
        // in Waterford (0.59, 0.65, 0.57; 0.76, 0.76, 0.71); Winnipeg's North End in flood season (0.71, 0.71, 0.43; the same)
        assertFigures("fresh batch dw, Stoke winter", fresh("dw"), 38, 0.76, 0.76, 0.42);
        assertFigures("fresh batch dx, Cleveland layoff", fresh("dx"), 38, 0.70, 0.70, 0.28);
        assertFigures("fresh batch dy, Cairns wet season", fresh("dy"), 38, 0.70, 0.76, 0.71);
        assertFigures("fresh batch dz, Waterford estate", fresh("dz"), 38, 0.70, 0.70, 0.57);
        assertFigures("fresh batch ea, Winnipeg flood season", fresh("ea"), 38, 0.64, 0.64, 0.28);
        // its second wave, floored one need below its figures at the round's last refit (as written with the first wave's
        // code, then at that refit): Merthyr Tydfil (0.76, 0.76, 0.57; the same); Little Village and Pilsen in Chicago, mostly
        // in Spanish (0.47, 0.53, 0.29; 0.65, 0.71, 0.29); Logan south of Brisbane (0.76, 0.82, 0.57; the same); Tallaght
        // (0.71, 0.76, 0.86; the same); Thunder Bay in a cold snap (0.65, 0.65, 0.71; the same)
        assertFigures("fresh batch eb, Merthyr autumn", fresh("eb"), 38, 0.70, 0.70, 0.42);
        assertFigures("fresh batch ec, Little Village and Pilsen", fresh("ec"), 38, 0.58, 0.64, 0.14);
        assertFigures("fresh batch ed, Logan heatwave", fresh("ed"), 38, 0.70, 0.76, 0.42);
        assertFigures("fresh batch ee, Tallaght", fresh("ee"), 38, 0.64, 0.70, 0.71);
        assertFigures("fresh batch ef, Thunder Bay cold snap", fresh("ef"), 38, 0.58, 0.58, 0.57);
    }

    @Test
    @DisplayName("A roofer who climbs only single-storey houses is not suggested for a two-storey roof, and is for a bungalow")
    void storeysOfAHouse() throws Exception {
        List<String> lines = matchFile("posts.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Ray", "text": "Got 6 blue tarps. can tarp a roof for you, single story only, I dont do ladders higher than that. evenings after 6"}
                {"id": "n1", "kind": "need", "author": "Jo", "text": "part of our roof is gone over the upstairs bedrooms (2 story farmhouse), water pours in every time it rains. need it covered asap"}
                {"id": "n2", "kind": "need", "author": "Bo", "text": "half the shingles blew off my place, it's just a one story ranch house. I got no way to cover it, can't be climbin on a roof"}
                """);
        assertEquals("{\"id\":\"n1\",\"suggested\":[]}", lines.get(1), "single story only is no help with a two-storey roof");
        assertTrue(lines.get(2).contains("\"o1\""), lines.get(2));
    }

    @Test
    @DisplayName("A breed or a make an offer leaves out rules out the need whose dog or phone it is, told anywhere, and no other dog or phone")
    void breedsAndMakesLeftOut() throws Exception {
        List<String> lines = matchFile("posts.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Di", "text": "can walk your dog round the park mornings 7-9. no staffies or XL bullies sorry x"}
                {"id": "o2", "kind": "offer", "author": "Al", "text": "Got 2 old android phones left, both working w chargers. No iphones sorry"}
                {"id": "o3", "kind": "offer", "author": "Mo", "text": "Me and my son show elders how to use their phone, video calls and texting. Phones & tablets only, we can't fix a broke screen"}
                {"id": "n1", "kind": "need", "author": "Jo", "text": "Can anyone walk Tyson for us mornings? He's a Staffy, daft as a brush. I've done my knee in"}
                {"id": "n2", "kind": "need", "author": "Bo", "text": "Can anyone walk my spaniel mornings while my knee heals?"}
                {"id": "n3", "kind": "need", "author": "Cy", "text": "my phone went in the flood water, anyone got an old phone they dont use?"}
                {"id": "n4", "kind": "need", "author": "Ed", "text": "Church gave me a smart phone and my granddaughter keeps saying call me on the video. I don't know how to do all that"}
                """);
        assertEquals("{\"id\":\"n1\",\"suggested\":[]}", lines.get(3), "no staffies: not for Tyson the Staffy");
        assertTrue(lines.get(4).contains("\"o1\""), lines.get(4));
        assertTrue(lines.get(5).contains("\"o2\""), "no iphones is not no phones: " + lines.get(5));
        assertTrue(lines.get(6).contains("\"o3\""), "phones & tablets only takes phones: " + lines.get(6));
    }

    @Test
    @DisplayName("A need that only shares a broad kind of help with the offers, or asks for what an offer leaves out, gets no suggestion; the offer that covers it does")
    void silenceWhenNothingHelps() throws Exception {
        List<String> lines = matchFile("posts.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Kwame", "text": "Retired 3rd grade teacher. I can babysit weekday evenings"}
                {"id": "o2", "kind": "offer", "author": "Sofia", "text": "Giving away a couch and a twin bed frame, you pick up"}
                {"id": "n1", "kind": "need", "author": "Bella", "text": "looking for a piano teacher for my 8yo"}
                {"id": "n2", "kind": "need", "author": "Moses", "text": "Need 2 people to help get a couch up to my new place #moving"}
                {"id": "o3", "kind": "offer", "author": "Theo", "text": "piano teacher, free weekly lessons for kids"}
                {"id": "n3", "kind": "need", "author": "Hugo", "text": "my 9 yo wants piano lessons but we can't afford them"}
                {"id": "o4", "kind": "offer", "author": "Dana", "text": "giving away a crib (no mattress, sorry) and a bag of baby clothes"}
                {"id": "n4", "kind": "need", "author": "Iris", "text": "we were given a crib. anyone have a crib mattress?"}
                {"id": "n5", "kind": "need", "author": "Omar", "text": "anyone have a crib? baby due in May"}
                {"id": "o5", "kind": "offer", "author": "Lars", "text": "Our hardship fund can put up to $80 toward a bill when money is tight"}
                {"id": "n6", "kind": "need", "author": "Nell", "text": "my son needs winter boots, size 6, and money is tight since I lost my shifts"}
                """);
        assertEquals("{\"id\":\"n1\",\"suggested\":[]}", lines.get(2), "a teacher who babysits does not cover piano");
        assertEquals("{\"id\":\"n2\",\"suggested\":[]}", lines.get(3), "a couch to give away is not two people to carry one");
        assertEquals("{\"id\":\"n3\",\"suggested\":[\"o3\"]}", lines.get(5));
        assertEquals("{\"id\":\"n4\",\"suggested\":[]}", lines.get(7), "the crib comes without the mattress asked for");
        assertEquals("{\"id\":\"n5\",\"suggested\":[\"o4\"]}", lines.get(8));
        assertEquals("{\"id\":\"n6\",\"suggested\":[]}", lines.get(10), "a bills fund does not cover boots because money is tight");
    }

    @Test
    @DisplayName("What an offer cannot take or do rules it out however the need words it ('can't take cats', 'NO electrics' against a switch that sparks), and so do sizes without 'size' (XS-L against XL) and 'seniors only' against 'I'm 34'; a two year old, a binder and shortening trousers are read")
    void limitsReadInEveryWording() throws Exception {
        List<String> lines = matchFile("wordings.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Ana", "text": "Retired joiner, small jobs: shelves, curtain rails, dripping taps. NO electrics and NO gas work."}
                {"id": "o2", "kind": "offer", "author": "Ben", "text": "Handyman with spare weekends, happy to fix most things around the house, electrics included"}
                {"id": "o3", "kind": "offer", "author": "Cy", "text": "Can foster a dog for a few weeks, big fenced garden. Can't take cats, sorry."}
                {"id": "o4", "kind": "offer", "author": "Di", "text": "Clothing swap: binders XS-L, free for trans and nonbinary folks"}
                {"id": "o5", "kind": "offer", "author": "Ed", "text": "Can help older neighbours with phones and tablets. Seniors only (65+), I come to you"}
                {"id": "o6", "kind": "offer", "author": "Flo", "text": "I can have little ones (under 5) at my house on Thursdays, 9 till 3"}
                {"id": "o7", "kind": "offer", "author": "Gus", "text": "Sewing machine at home, happy to do hems and zips"}
                {"id": "n1", "kind": "need", "author": "Hal", "text": "The light switch in our hallway keeps sparking and the landlord won't answer. Anyone handy who can sort it?"}
                {"id": "n2", "kind": "need", "author": "Ivy", "text": "Need someone to look after our two cats for a month while we're rehoused"}
                {"id": "n3", "kind": "need", "author": "Jo", "text": "Could someone take our dog for a few weeks while we're in temporary housing?"}
                {"id": "n4", "kind": "need", "author": "Kit", "text": "binder in XL? mine is too small now"}
                {"id": "n5", "kind": "need", "author": "Lou", "text": "does anyone have a medium binder? mine is too small"}
                {"id": "n6", "kind": "need", "author": "Mo", "text": "can someone help me set up online banking on my phone, I'm 34 and never did it"}
                {"id": "n7", "kind": "need", "author": "Ned", "text": "my nan is 82 and can't work her tablet, could someone show her how to video call?"}
                {"id": "n8", "kind": "need", "author": "Oli", "text": "Could someone mind my two year old on Thursday morning? I have a hospital appointment"}
                {"id": "n9", "kind": "need", "author": "Pat", "text": "anyone able to shorten a pair of school trousers?"}
                """);
        assertEquals("{\"id\":\"n1\",\"suggested\":[\"o2\"]}", lines.get(7), "the ask points back at the sparking switch, and the joiner does no electrics");
        assertEquals("{\"id\":\"n2\",\"suggested\":[]}", lines.get(8), "the fosterer can't take cats");
        assertEquals("{\"id\":\"n3\",\"suggested\":[\"o3\"]}", lines.get(9));
        assertEquals("{\"id\":\"n4\",\"suggested\":[]}", lines.get(10), "XL is past XS-L, and a binder is not sewing");
        assertEquals("{\"id\":\"n5\",\"suggested\":[\"o4\"]}", lines.get(11));
        assertEquals("{\"id\":\"n6\",\"suggested\":[]}", lines.get(12), "34 is not 65+");
        assertEquals("{\"id\":\"n7\",\"suggested\":[\"o5\"]}", lines.get(13));
        assertEquals("{\"id\":\"n8\",\"suggested\":[\"o6\"]}", lines.get(14), "'my two year old' is a little one");
        assertEquals("{\"id\":\"n9\",\"suggested\":[\"o7\"]}", lines.get(15), "shortening trousers is sewing");
    }

    @Test
    @DisplayName("An offer's limits rule it out: other days or hours (\"(Wed)\" too), no pets, dogs only, over 70s only for \"not elderly\", adults' sizes for a child; within them it is suggested")
    void offersLimits() throws Exception {
        List<String> lines = matchFile("limits.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Ana", "text": "I can drive folks to appointments Tuesdays & Thursdays, daytime only"}
                {"id": "o2", "kind": "offer", "author": "Ben", "text": "Spare room for short stays. No pets unfortunately, my son is allergic"}
                {"id": "o3", "kind": "offer", "author": "Cy", "text": "Dog walker with spare hours, will walk your dog for free. Dogs only, sorry cat people"}
                {"id": "o4", "kind": "offer", "author": "Di", "text": "Loads of warm adult winter coats, mens and womens, sizes M to XL"}
                {"id": "o5", "kind": "offer", "author": "Eva", "text": "Grocery shopping for the over 70s only, I can drop bags at your door"}
                {"id": "n1", "kind": "need", "author": "Ed", "text": "Need a ride to dialysis Mon/Wed/Fri mornings, my car died"}
                {"id": "n2", "kind": "need", "author": "Flo", "text": "Need a ride to my hospital appointment Thursday at 10am"}
                {"id": "n3", "kind": "need", "author": "Gus", "text": "Need a room for a few weeks for me and my dog, been sofa surfing"}
                {"id": "n4", "kind": "need", "author": "Hal", "text": "ISO someone to pop in and feed my 2 cats while I'm away"}
                {"id": "n5", "kind": "need", "author": "Ivy", "text": "my 9 yr old needs a winter coat, money's tight"}
                {"id": "n6", "kind": "need", "author": "Jo", "text": "need a winter coat, adult medium please"}
                {"id": "n7", "kind": "need", "author": "Kit", "text": "Not elderly, just laid up with a broken leg. Could someone do my grocery shopping?"}
                {"id": "n8", "kind": "need", "author": "Lou", "text": "I'm 82 and can't carry heavy bags, could someone get my groceries?"}
                {"id": "n9", "kind": "need", "author": "Mo", "text": "Need a lift to my physio appointment (Wed) please"}
                """);
        assertEquals("{\"id\":\"n1\",\"suggested\":[]}", lines.get(5), "Tuesdays and Thursdays do not help on Mon/Wed/Fri");
        assertEquals("{\"id\":\"n2\",\"suggested\":[\"o1\"]}", lines.get(6));
        assertTrue(lines.get(7).startsWith("{\"id\":\"n3\"") && !lines.get(7).contains("\"o2\""), "no pets, and the need has a dog: " + lines.get(7));
        assertEquals("{\"id\":\"n4\",\"suggested\":[]}", lines.get(8), "dogs only, and the need is for cats");
        assertEquals("{\"id\":\"n5\",\"suggested\":[]}", lines.get(9), "adults' coats for a child");
        assertEquals("{\"id\":\"n6\",\"suggested\":[\"o4\"]}", lines.get(10));
        assertEquals("{\"id\":\"n7\",\"suggested\":[]}", lines.get(11), "over 70s only, and the need says it is not elderly");
        assertEquals("{\"id\":\"n8\",\"suggested\":[\"o5\"]}", lines.get(12));
        assertEquals("{\"id\":\"n9\",\"suggested\":[]}", lines.get(13), "(Wed) is a Wednesday, and the driver has Tuesdays and Thursdays");
    }

    @Test
    @DisplayName("An offer that cannot meet what a household lives with, or that leaves out a kind of help in other words ('can't give legal advice'), is not suggested; one that can is")
    void circumstancesAndWhatOffersCannotDo() throws Exception {
        List<String> lines = matchFile("circumstances.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Ana", "text": "I cook big every Sunday, can bring plates of home cooked dinners on Mondays. I can't do allergy-safe cooking, sorry"}
                {"id": "o2", "kind": "offer", "author": "Ben", "text": "Benefits helper: SNAP renewals, Medicaid forms. I can't give legal advice on evictions or court"}
                {"id": "n1", "kind": "need", "author": "Cy", "text": "Just had a c-section, could someone bring dinners for a few days? Our toddler has a nut allergy"}
                {"id": "n2", "kind": "need", "author": "Di", "text": "Just had a c-section, could someone bring dinners for a few days? No allergies here"}
                {"id": "n3", "kind": "need", "author": "Ed", "text": "Got an eviction notice and a court date, I need legal advice"}
                {"id": "n4", "kind": "need", "author": "Flo", "text": "Need help with my SNAP renewal form"}
                """);
        assertEquals("{\"id\":\"n1\",\"suggested\":[]}", lines.get(2), "a nut allergy, and the cook can't do allergy-safe");
        assertEquals("{\"id\":\"n2\",\"suggested\":[\"o1\"]}", lines.get(3), "no allergies: the cook helps");
        assertEquals("{\"id\":\"n3\",\"suggested\":[]}", lines.get(4), "the helper can't give legal advice");
        assertEquals("{\"id\":\"n4\",\"suggested\":[\"o2\"]}", lines.get(5));
    }

    @Test
    @DisplayName("What a need says it has none of ('no pets, non smoker', 'don't smoke') meets an offer that leaves it out; 'I smoke' does not, nor a lacking crib mattress that is asked for")
    void whatANeedHasNoneOf() throws Exception {
        List<String> lines = matchFile("none-of.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Ana", "text": "Spare room in my flat for a few months, cheap. No pets, no smokers please."}
                {"id": "o2", "kind": "offer", "author": "Ben", "text": "giving away: crib (no mattress sorry), bottle warmer"}
                {"id": "n1", "kind": "need", "author": "Cy", "text": "24F, quiet, no pets, non-smoker. Looking for a room from March, can pay a little rent."}
                {"id": "n2", "kind": "need", "author": "Di", "text": "Looking for a room, I have no pets and don't smoke"}
                {"id": "n3", "kind": "need", "author": "Ed", "text": "need a room for a few weeks, I smoke but only outside"}
                {"id": "n4", "kind": "need", "author": "Flo", "text": "we got a crib from a friend but no mattress. anyone have a crib mattress?"}
                """);
        assertEquals("{\"id\":\"n1\",\"suggested\":[\"o1\"]}", lines.get(2), "no pets and a non-smoker: the room suits");
        assertEquals("{\"id\":\"n2\",\"suggested\":[\"o1\"]}", lines.get(3));
        assertEquals("{\"id\":\"n3\",\"suggested\":[]}", lines.get(4), "no smokers, and the need smokes");
        assertEquals("{\"id\":\"n4\",\"suggested\":[]}", lines.get(5), "the crib comes without the mattress that is asked for");
    }

    @Test
    @DisplayName("A room with 'no animals' is no help to someone who brings their cat, and still helps whoever says they bring none")
    void noAnimals() throws Exception {
        List<String> lines = matchFile("no-animals.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Ana", "text": "Guest room free for 1 adult for a few nights. Unfortunately no animals, my youngest has bad allergies."}
                {"id": "n1", "kind": "need", "author": "Cy", "text": "Flat has been freezing for 3 days. Could anyone put me up for a couple nights? It's me and my cat Biscuit, I'll bring her litter tray", "gold": []}
                {"id": "n2", "kind": "need", "author": "Di", "text": "Heating is off in my flat, could anyone put me up for a couple of nights?", "gold": ["o1"]}
                {"id": "n3", "kind": "need", "author": "Ed", "text": "Could anyone put me up for a couple of nights? No animals, just me", "gold": ["o1"]}
                """);
        assertEquals("{\"id\":\"n1\",\"suggested\":[]}", lines.get(1), "no animals, and the cat comes along");
        assertEquals("{\"id\":\"n2\",\"suggested\":[\"o1\"]}", lines.get(2));
        assertEquals("{\"id\":\"n3\",\"suggested\":[\"o1\"]}", lines.get(3), "the need says it brings no animals");
    }

    @Test
    @DisplayName("A bed's size must agree: a twin frame is no help with a full-size frame; a mattress that names no size may be any")
    void bedSizes() throws Exception {
        List<String> lines = matchFile("beds.jsonl", """
                {"id": "o1", "kind": "offer", "author": "Ana", "text": "Free twin bed frame, metal, you pick up"}
                {"id": "o2", "kind": "offer", "author": "Ben", "text": "Giving away a mattress, clean, no stains"}
                {"id": "o3", "kind": "offer", "author": "Cy", "text": "Queen size mattress and box spring, free"}
                {"id": "n1", "kind": "need", "author": "Di", "text": "Looking for a full size bed frame"}
                {"id": "n2", "kind": "need", "author": "Ed", "text": "need a single bed frame for my son"}
                {"id": "n3", "kind": "need", "author": "Flo", "text": "anyone have a queen mattress? sleeping on the floor"}
                {"id": "n4", "kind": "need", "author": "Gus", "text": "need a twin mattress for my daughter"}
                """);
        assertEquals("{\"id\":\"n1\",\"suggested\":[]}", lines.get(3), "a full size frame: neither the twin frame nor a mattress");
        assertEquals("{\"id\":\"n2\",\"suggested\":[\"o1\"]}", lines.get(4), "single is twin");
        assertEquals("{\"id\":\"n3\",\"suggested\":[\"o3\",\"o2\"]}", lines.get(5), "the queen first, then the one of no size");
        assertEquals("{\"id\":\"n4\",\"suggested\":[\"o2\"]}", lines.get(6), "a twin mattress: not the twin frame, nor the queen mattress");
    }

    /** Runs match-file on these posts (JSON lines) as the command line does and returns its output lines. */
    private List<String> matchFile(String name, String posts) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, posts);
        MainRunner.Result r = MainRunner.run(List.of("match-file", file.toString()), Map.of(), "");
        assertEquals(0, r.exitCode(), r.err());
        return r.out().lines().toList();
    }
}
