package org.mutualaid.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    private static boolean conflict(String need, String offer) {
        return Availability.conflict(Availability.of(need), Availability.of(offer));
    }

    @Test
    @DisplayName("Days and hours are read as lists, spans and parts of the day")
    void reads() {
        // Tuesday and Thursday, 6 to 9 in the evening
        assertEquals(new Availability(0b0001010, 4), Availability.of("watch my two kids Tues/Thurs 6-9pm"));
        // Monday to Wednesday, 8am to 1pm: morning and afternoon
        assertEquals(new Availability(0b0000111, 1 | 2), Availability.of("2 spaces free Mon-Wed mornings (8am-1pm)"));
        assertEquals(new Availability(0b1100000, 0), Availability.of("Got the van free most weekends"));
        assertEquals(new Availability(0b0000100, 0), Availability.of("need a lift to my physio appointment (Wed) please"), "a short day in brackets");
        assertEquals(new Availability(0b0100000, 0), Availability.of("can someone help me move on Sat"));
        assertEquals(new Availability(0b1000000, 0), Availability.of("a ride to church every Sun"));
        assertEquals(new Availability(0b0000010, 4 | 8), Availability.of("need a ride to my meeting on Tuesday nights"), "a night takes in the evening");
        assertEquals(new Availability(0, 8), Availability.of("need someone to stay overnight"), "overnight does not");
        assertEquals(new Availability(0b0011111, 4), Availability.of("can babysit weekday evenings"));
        // 7pm to 7am runs through the night into the morning
        assertEquals(new Availability(0, 1 | 4 | 8), Availability.of("nights at the hospital 7pm-7am"));
    }

    @Test
    @DisplayName("A limit, a length of time and ordinary words are not a time of the help")
    void notTimes() {
        assertEquals(Availability.ANY, Availability.of("payday is next Friday, anything helps"));
        assertEquals(Availability.ANY, Availability.of("the rent is due by Friday"));
        assertEquals(Availability.ANY, Availability.of("she'll be in for 4 nights, who can feed her cats"));
        assertEquals(Availability.ANY, Availability.of("sat in the sun all day, 2 kids"));
        assertEquals(Availability.ANY, Availability.of("I sat on the sofa all day"));
        assertEquals(Availability.ANY, Availability.of("we got wed last year and need a bed"));
        assertEquals(Availability.ANY, Availability.of("need it back until 6pm"));
        assertEquals(Availability.ANY, Availability.of("need a lift to the hospital, thus early"), "thus is no Thursday");
        assertEquals(Availability.ANY, Availability.of("c'mon, anyone? out in the sun, need a lift"));
        assertEquals(Availability.ANY, Availability.of("I work nights so need someone to mind my 4yo"), "the poster's own hours");
        assertEquals(new Availability(0b0010101, 0), Availability.of("Mon, Wed, Fri"), "a list with commas");
        assertEquals(new Availability(0b0011111, 1), Availability.of("only mornings Monday to Friday, weekends I'm at my mum's"),
                "days the poster is elsewhere");
        assertEquals(new Availability(0b0100000, 0), Availability.of("free Saturdays. I'm away on Sundays"));
        assertEquals(new Availability(0b0000001, 0), Availability.of("Mondays I'm off so can drive"), "a day off is a free day");
        assertEquals(Availability.ANY, Availability.of("broke my ankle on Saturday, the dog needs walking"), "a day something happened");
        assertEquals(new Availability(0b0000010, 0), Availability.of("I have surgery on Tuesday, need a lift"));
        assertEquals(new Availability(0b0100000, 0), Availability.of("got my brother's van on saturdays, can help with moves"), "having, not a past event");
    }

    @Test
    @DisplayName("Help at a time that fits is not ruled out; help on other days or at other hours is")
    void conflicts() {
        assertTrue(conflict("Need a ride to dialysis Mon/Wed/Fri mornings", "I can drive folks to appointments Tuesdays & Thursdays, daytime only"));
        assertTrue(conflict("Need a babysitter saturday night for my 2 kids", "Can babysit weekday afternoons 3-6pm"));
        assertTrue(conflict("someone to walk my dog in the evenings this week", "walk dogs weekday mornings before work"));
        assertFalse(conflict("interview on Tuesday at 10, nobody to mind my 3 yr old", "2 spaces free Mon-Wed mornings (8am-1pm)"));
        assertFalse(conflict("need lift to airport sat 5am pls", "free to drive people, any day"));
        assertFalse(conflict("moving house, need a van", "Got the van free most weekends"));
    }

    @Test
    @DisplayName("Evenings and weekends: either fits, a Friday night as well as a Saturday morning, but not a Tuesday morning")
    void eveningsOrWeekends() {
        String sitter = "I can babysit evenings and weekends for kids ages 3 and up";
        assertFalse(conflict("called in for a night shift Friday 6pm to 2am, need someone to watch my kids", sitter));
        assertFalse(conflict("need a sitter on Saturday morning", sitter));
        assertTrue(conflict("need a sitter on Tuesday morning", sitter));
        assertFalse(conflict("need a lift on Wednesday at 7pm", "can drive weekday evenings and weekends"));
        assertTrue(conflict("need a sitter on Tuesday morning", "I can babysit weekend evenings"), "weekend evenings are both at once");
    }

    @Test
    @DisplayName("A day on which something was had, said without \"on\", is no time of the help")
    void hadOnADay() {
        assertEquals(Availability.ANY, Availability.of("Had cataract surgery Tuesday and can't drive for 2 weeks"));
        assertEquals(Availability.ANY, Availability.of("we had a fire last Sunday and lost everything"));
        assertEquals(new Availability(0b0000010, 0), Availability.of("having surgery Tuesday, need a lift"), "what is to come is the time");
    }

    @Test
    @DisplayName("The poster's own working hours ('I work afternoons') are no time of the help: a dialysis run at 1:30pm does not fit a morning driver")
    void ownWorkingHours() {
        String driver = "I'm free weekday mornings to take people to medical appts. Have to be done by 11:30 bc I work afternoons.";
        assertTrue(conflict("He goes Mon/Wed/Fri at 1:30 in the afternoon, can anyone take him?", driver));
        assertFalse(conflict("dialysis Tuesday at 9 in the morning, can anyone take him?", driver));
    }

    @Test
    @DisplayName("'Evenings after 5 and Saturdays' fits a Monday at 6pm and a Saturday morning, not a Tuesday morning; 'the nights are dark' is the season, and 'was brought in Sunday night' is past")
    void partsBoundedByAnHour() {
        String interpreter = "I can come with you to the GP or hospital. Evenings after 5 and Saturdays";
        assertFalse(conflict("doctor appointment Monday 6pm, somebody can go with her?", interpreter));
        assertFalse(conflict("her check up is on Saturday morning", interpreter));
        assertTrue(conflict("his clinic appointment is Tuesday at 10am", interpreter));
        assertFalse(conflict("check up Saturday morning", "Weekends and after 5pm weekdays only because I babysit"));
        assertEquals(Availability.ANY, Availability.of("it's awful quiet now the nights are dark that early"));
        assertEquals(Availability.ANY, Availability.of("the long dark evenings get to me"));
        assertEquals(Availability.of("Tuesday").days(), Availability.of("Husband was brought into St James's Sunday night, would love to see him Tuesday").days(),
                "when someone was taken in is no time of the help");
        assertEquals(0, Availability.of("Husband was brought into St James's Sunday night, would love to see him Tuesday").parts());
        // a review's probes: both at once, and times that are times
        assertTrue(conflict("need a lift Wednesday afternoon", "Happy to give lifts Sundays, after 2pm"));
        assertTrue(conflict("someone to mind the kids Wednesday morning", "Can babysit Saturday mornings and Sunday afternoons"));
        assertTrue(conflict("dialysis Sunday evening, can anyone drive me", "lifts weekday evenings and Saturday mornings"));
        assertEquals(Availability.of("evenings").parts(), Availability.of("Can give lifts, the evenings are best for me").parts());
        assertEquals(Availability.of("Thursday").days(), Availability.of("The car was taken in for repairs so I need a lift Thursday to dialysis").days());
        assertEquals(Availability.of("Thursday").days(), Availability.of("Mum is admitted Thursday for her op, can anyone drive her in").days());
    }
}
