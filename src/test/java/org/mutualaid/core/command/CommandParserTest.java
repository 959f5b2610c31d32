package org.mutualaid.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mutualaid.core.model.PostKind;

@DisplayName("CommandParser and TextRules: the chat language")
class CommandParserTest {

    private static final String NEED_EXAMPLE = "/need groceries for a family of 3 until Friday";
    private static final String OFFER_EXAMPLE = "/offer I can drive people to appointments on weekday mornings";

    private final CommandParser parser = new CommandParser("bot");

    private Command parse(String text) {
        return parser.parse(text);
    }

    /** The cleaned text of a command that must have been accepted as a post. */
    private String publishedText(String text, PostKind kind) {
        Command c = parse(text);
        Command.Publish p = assertInstanceOf(Command.Publish.class, c, () -> "for input " + text);
        assertEquals(kind, p.kind());
        return p.text();
    }

    @Nested
    @DisplayName("/need and /offer")
    class Publishing {

        @Test
        @DisplayName("/need with text becomes a need with that text")
        void needWithText() {
            assertEquals(new Command.Publish(PostKind.NEED, "groceries for 2 this week"), parse("/need groceries for 2 this week"));
        }

        @Test
        @DisplayName("a post of blank-looking Hangul fillers is refused like an empty one")
        void hangulFillerIsBlank() {
            Command expected = new Command.Invalid("Please add a few words after /need, for example: " + NEED_EXAMPLE);
            assertEquals(expected, parse("/need \u3164 \u115F\uFFA0"));
            assertEquals(new Command.Publish(PostKind.NEED, "a lamp"), parse("/need a \u3164lamp"));
        }

        @Test
        @DisplayName("tag characters are kept only inside a flag; after other emoji they are hidden text and removed")
        void tagCharactersOutsideFlags() {
            String hidden = "x\uD83D\uDE00" + new String(Character.toChars(0xE0041)) + new String(Character.toChars(0xE0042)) + "y";
            assertEquals(new Command.Publish(PostKind.NEED, "x\uD83D\uDE00y"), parse("/need " + hidden));
        }

        @Test
        @DisplayName("/offer with text becomes an offer with that text")
        void offerWithText() {
            assertEquals(new Command.Publish(PostKind.OFFER, "I can drive on Saturdays"), parse("/offer I can drive on Saturdays"));
        }

        @Test
        @DisplayName("command names are case-insensitive: /NEED and /Offer work, the text keeps its case")
        void caseInsensitive() {
            assertEquals(new Command.Publish(PostKind.NEED, "Milk and BREAD"), parse("/NEED Milk and BREAD"));
            assertEquals(new Command.Publish(PostKind.OFFER, "Soup"), parse("/Offer Soup"));
        }

        @Test
        @DisplayName("aliases /needs, /request and /offers are understood")
        void aliases() {
            assertEquals(new Command.Publish(PostKind.NEED, "a ride"), parse("/needs a ride"));
            assertEquals(new Command.Publish(PostKind.NEED, "a ride"), parse("/request a ride"));
            assertEquals(new Command.Publish(PostKind.OFFER, "a ride"), parse("/offers a ride"));
        }

        @Test
        @DisplayName("leading white space and the ! prefix are accepted")
        void leadingSpaceAndBang() {
            assertEquals(new Command.Publish(PostKind.NEED, "eggs"), parse("   /need eggs"));
            assertEquals(new Command.Publish(PostKind.NEED, "eggs"), parse("!need eggs"));
        }

        @Test
        @DisplayName("a no-break space after the command, or a zero-width space or direction mark before it, still makes a command")
        void unseenSpaces() {
            assertEquals(new Command.Publish(PostKind.NEED, "a kettle"), parse("/need\u00A0a kettle"));
            assertEquals(new Command.Publish(PostKind.NEED, "a kettle"), parse("\u200B/need a kettle"));
            assertEquals(new Command.Mine(), parse("\u200E\u00A0/mine"));
            assertEquals(new Command.Ignore(), parse("\u200Bhello /need a kettle"), "a command only at the start");
        }

        @Test
        @DisplayName("runs of white space, tabs and newlines fold into single spaces and the ends are trimmed")
        void whitespaceFolds() {
            assertEquals(new Command.Publish(PostKind.NEED, "bread and milk"), parse("/need   bread\n\nand\tmilk   "));
        }

        @Test
        @DisplayName("/need with no text is refused with a reply that shows an example")
        void emptyNeed() {
            Command expected = new Command.Invalid("Please add a few words after /need, for example: " + NEED_EXAMPLE);
            assertEquals(expected, parse("/need"));
            assertEquals(expected, parse("/need    "));
            assertEquals(expected, parse("/need \u200B\u202E\u0000"));
        }

        @Test
        @DisplayName("/offer with no text is refused with an offer example")
        void emptyOffer() {
            assertEquals(new Command.Invalid("Please add a few words after /offer, for example: " + OFFER_EXAMPLE), parse("/offer"));
        }

        @Test
        @DisplayName("a text of exactly 1,000 characters is accepted")
        void exactlyMaxLength() {
            String text = "a".repeat(1000);
            assertEquals(new Command.Publish(PostKind.NEED, text), parse("/need " + text));
        }

        @Test
        @DisplayName("a text over 1,000 characters is refused and the reply says how long it was")
        void tooLong() {
            assertEquals(new Command.Invalid("That is 1,001 characters; please keep it under 1,000."
                    + " The main details are enough, people can ask for more."), parse("/need " + "a".repeat(1001)));
        }

        @Test
        @DisplayName("the length limit counts characters as people see them: 1,000 emoji-and-letter pairs of code points pass")
        void lengthCountsCodePoints() {
            // 500 × (letter + emoji) = 1,000 code points but 1,500 Java chars
            String text = "a🍞".repeat(500);
            assertEquals(new Command.Publish(PostKind.OFFER, text), parse("/offer " + text));
        }

        @Test
        @DisplayName("emoji-only text is refused and asked for words")
        void emojiOnly() {
            assertEquals(new Command.Invalid("Please describe it in a few words too, for example: " + NEED_EXAMPLE),
                    parse("/need 🙏🍞 🥛"));
            assertEquals(new Command.Invalid("Please describe it in a few words too, for example: " + OFFER_EXAMPLE),
                    parse("/offer ❤️‍🔥 !!! ..."));
        }

        @Test
        @DisplayName("words that only ask (/needs help, /need urgent help please!!) are asked what for; one word more that says it is a post")
        void onlyAsking() {
            assertEquals(new Command.Invalid("Please describe it in a few words too, for example: " + NEED_EXAMPLE), parse("/needs help"));
            assertEquals(new Command.Invalid("Please describe it in a few words too, for example: " + NEED_EXAMPLE), parse("/need urgent help please!!"));
            assertEquals(new Command.Invalid("Please describe it in a few words too, for example: " + NEED_EXAMPLE), parse("/need help please!! anything"));
            assertEquals(new Command.Invalid("Please describe it in a few words too, for example: " + OFFER_EXAMPLE), parse("/offer I can help"));
            assertEquals(new Command.Publish(PostKind.NEED, "help with rent"), parse("/need help with rent"));
            assertEquals(new Command.Publish(PostKind.NEED, "urgent help please, nappies"), parse("/need urgent help please, nappies"));
        }

        @Test
        @DisplayName("a slip with no word in it (/need 123, /need a) is refused and asked for words; two letters or one Chinese sign are a post")
        void noWord() {
            assertEquals(new Command.Invalid("Please describe it in a few words too, for example: " + NEED_EXAMPLE), parse("/need 123"));
            assertEquals(new Command.Invalid("Please describe it in a few words too, for example: " + NEED_EXAMPLE), parse("/need a"));
            assertEquals(new Command.Publish(PostKind.OFFER, "tv"), parse("/offer tv"));
            assertEquals(new Command.Publish(PostKind.NEED, "米"), parse("/need 米"));
            assertEquals(new Command.Publish(PostKind.NEED, "घी"), parse("/need घी"), "a letter and a vowel sign are a word");
            assertEquals(new Command.Publish(PostKind.NEED, "쌀 2kg"), parse("/need 쌀 2kg"));
        }

        @Test
        @DisplayName("Arabic text, with its vowel marks, is stored exactly as written")
        void arabicUnchanged() {
            String arabic = "أحتاج إلى مُسَاعَدَة في التسوق يوم الجمعة";
            assertEquals(arabic, publishedText("/need " + arabic, PostKind.NEED));
        }

        @Test
        @DisplayName("Hebrew text mixed with digits is stored exactly as written")
        void hebrewUnchanged() {
            String hebrew = "אני יכול לעזור עם קניות ב-3 בצהריים";
            assertEquals(hebrew, publishedText("/offer " + hebrew, PostKind.OFFER));
        }

        @Test
        @DisplayName("CJK, Devanagari and combining accents are kept")
        void otherScriptsUnchanged() {
            String text = "需要帮助 मदद चाहिए Zoë café";
            assertEquals(text, publishedText("/need " + text, PostKind.NEED));
        }

        @Test
        @DisplayName("zero-width characters (U+200B, U+200C, U+2060, U+FEFF) are removed from the stored text")
        void zeroWidthRemoved() {
            assertEquals("bread for two", publishedText("/need \uFEFFbread\u200B for\u200C two\u2060", PostKind.NEED));
        }

        @Test
        @DisplayName("a zero-width joiner between letters is removed")
        void joinerBetweenLettersRemoved() {
            assertEquals("ab", publishedText("/need a\u200Db", PostKind.NEED));
        }

        @Test
        @DisplayName("bidi overrides, embeddings, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E/F) are removed")
        void bidiRemoved() {
            assertEquals("evil text here",
                    publishedText("/offer \u202Eevil\u202C \u2066text\u2069 \u202A\u202B\u202D\u2067\u2068here\u200E\u200F", PostKind.OFFER));
        }

        @Test
        @DisplayName("control characters count as spaces, lone surrogates are dropped")
        void controlsAndSurrogates() {
            assertEquals("bread milk eggs", publishedText("/need bread\u0000milk\u0007\u007Feggs\u0085", PostKind.NEED));
            assertEquals("breadmilk", publishedText("/need bread\uD800milk\uDC00", PostKind.NEED));
        }

        @Test
        @DisplayName("emoji are kept: plain, with variation selector, flags and keycaps")
        void emojiKept() {
            String text = "soup 🍲 ❤️ 🇺🇦 1️⃣ for 2";
            assertEquals(text, publishedText("/offer " + text, PostKind.OFFER));
        }

        @Test
        @DisplayName("ZWJ family and rainbow-flag emoji keep their joiners")
        void zwjFamilyKept() {
            String text = "nappies for our 👨‍👩‍👧 family 🏳️‍🌈";
            assertEquals(text, publishedText("/need " + text, PostKind.NEED));
        }

        @Test
        @DisplayName("ZWJ emoji with a skin tone (👩🏽‍💻) keep their joiner")
        void zwjWithSkinToneKept() {
            String text = "laptop help from a 👩🏽‍💻";
            // the skin-tone modifier U+1F3FD is a MODIFIER_SYMBOL; the joiner after it must survive cleaning
            assertEquals(text, publishedText("/need " + text, PostKind.NEED));
        }

        @Test
        @DisplayName("subdivision flag emoji (🏴󠁧󠁢󠁳󠁣󠁴󠁿, tag sequences) are kept")
        void tagSequenceFlagKept() {
            String text = "Scottish recipes 🏴󠁧󠁢󠁳󠁣󠁴󠁿";
            // the tag characters U+E0067..U+E007F are FORMAT characters, kept only inside such a sequence
            assertEquals(text, publishedText("/offer " + text, PostKind.OFFER));
        }
    }

    @Nested
    @DisplayName("addressing: which messages are for this bot")
    class Addressing {

        @Test
        @DisplayName("/need@bot is accepted when the parser was built with \"bot\", in any case")
        void addressedToUs() {
            assertEquals(new Command.Publish(PostKind.NEED, "soup"), parse("/need@bot soup"));
            assertEquals(new Command.Publish(PostKind.NEED, "soup"), parse("/need@BOT soup"));
            assertEquals(new Command.ListPosts(null, null, 1), parse("/list@bot"));
        }

        @Test
        @DisplayName("/need@OtherBot is ignored")
        void addressedToOther() {
            assertEquals(new Command.Ignore(), parse("/need@OtherBot soup"));
            assertEquals(new Command.Ignore(), parse("/claim@bot_helper 3"));
            assertEquals(new Command.Ignore(), parse("/foo@OtherBot"));
        }

        @Test
        @DisplayName("a parser without a bot name ignores every @-addressed command")
        void noBotName() {
            CommandParser anonymous = new CommandParser(null);
            assertEquals(new Command.Ignore(), anonymous.parse("/need@bot soup"));
            assertEquals(new Command.Publish(PostKind.NEED, "soup"), anonymous.parse("/need soup"));
        }

        @Test
        @DisplayName("a colon, comma or dash after the command name, or a space after the slash, still make the command")
        void quickThumbs() {
            assertEquals(new Command.Publish(PostKind.NEED, "kettle and pots for cooking"), parse("/need: kettle and pots for cooking"));
            assertEquals(new Command.Publish(PostKind.NEED, "kettle"), parse("/need, kettle"));
            assertEquals(new Command.Publish(PostKind.NEED, "soup"), parse("/need,soup"));
            assertEquals(new Command.Publish(PostKind.OFFER, "i can fix bikes too, sunday"), parse("/offer- i can fix bikes too, sunday"));
            assertEquals(new Command.Publish(PostKind.NEED, "a microwave"), parse("/ need a microwave"));
            assertEquals(parse("/claim 3"), parse("/claim: 3"));
        }

        @Test
        @DisplayName("plain text, text that only mentions a command, and null are ignored")
        void plainTextIgnored() {
            assertEquals(new Command.Ignore(), parse("hello everyone, I need a ride"));
            assertEquals(new Command.Ignore(), parse("I typed /need soup"));
            assertEquals(new Command.Ignore(), parse(""));
            assertEquals(new Command.Ignore(), parse("/"));
            assertEquals(new Command.Ignore(), parse("/ hello"), "a slash and a word that is no command");
            assertEquals(new Command.Ignore(), parse(null));
        }

        @Test
        @DisplayName("a command name longer than 32 characters is not a command")
        void overlongName() {
            assertEquals(new Command.Ignore(), parse("/" + "a".repeat(33) + " x"));
            assertEquals(new Command.Unknown("a".repeat(32), '/', "x"), parse("/" + "a".repeat(32) + " x"));
        }

        @Test
        @DisplayName("an unknown command is reported as Unknown, lower-cased, with the / or ! it was typed with")
        void unknown() {
            assertEquals(new Command.Unknown("foo"), parse("/foo"));
            assertEquals(new Command.Unknown("nede", '!', "a ride"), parse("  !Nede a ride"));
            assertEquals(new Command.Unknown("foo", '/', "bar baz"), parse("/FOO bar baz"));
            assertEquals(new Command.Unknown("needsoup"), parse("/needsoup"));
        }

        @Test
        @DisplayName("a number glued to a command on one post counts as if spaced, and a full stop after the number is no slip")
        void gluedNumbers() {
            assertEquals(parse("/done 3"), parse("/done3"));
            assertEquals(parse("/claim 12 2"), parse("/Claim12 2"));
            assertEquals(parse("/reply 4 on my way"), parse("/reply4 on my way"));
            assertEquals(parse("/claim 19"), parse("/claim 19."));
            assertEquals(new Command.Unknown("need3"), parse("/need3"), "a post's words are no number");
        }

        @Test
        @DisplayName("a mistyped command name is a slip away from one command at most, or from none")
        void meant() {
            assertEquals(java.util.Optional.of("offer"), CommandParser.meant("ofer"));
            assertEquals(java.util.Optional.of("need"), CommandParser.meant("nede"));
            assertEquals(java.util.Optional.of("claim"), CommandParser.meant("cliam"));
            assertEquals(java.util.Optional.of("unclaim"), CommandParser.meant("uncliam"));
            assertEquals(java.util.Optional.empty(), CommandParser.meant("needsoup"));
            assertEquals(java.util.Optional.empty(), CommandParser.meant("wip"), "erasing a group's data is never guessed");
            assertEquals(java.util.Optional.empty(), CommandParser.meant("frobnicate"));
        }

        @Test
        @DisplayName("/mine, /my, /help and /start are recognised")
        void simpleCommands() {
            assertEquals(new Command.Mine(), parse("/mine"));
            assertEquals(new Command.Mine(), parse("/my please"));
            assertEquals(new Command.Help(false), parse("/help"));
            assertEquals(new Command.Help(true), parse("/start"));
            assertEquals(new Command.Help(true), parse("/start@bot"));
        }
    }

    @Nested
    @DisplayName("/claim, /unclaim, /done, /cancel")
    class PostActions {

        @Test
        @DisplayName("/claim 12 and /claim #12 both claim post 12")
        void claimNumber() {
            assertEquals(new Command.OnPost(PostAction.CLAIM, 12), parse("/claim 12"));
            assertEquals(new Command.OnPost(PostAction.CLAIM, 12), parse("/claim #12"));
            assertEquals(new Command.OnPost(PostAction.CLAIM, 12), parse("/claim 12 I can help tomorrow"));
            assertEquals(new Command.OnPost(PostAction.CLAIM, 12), parse("/take 012"));
        }

        @Test
        @DisplayName("every post action and its alias parses to the right action")
        void everyAction() {
            assertEquals(new Command.OnPost(PostAction.UNCLAIM, 3), parse("/unclaim 3"));
            assertEquals(new Command.OnPost(PostAction.DONE, 4), parse("/done 4"));
            assertEquals(new Command.OnPost(PostAction.DONE, 4), parse("/fulfilled #4"));
            assertEquals(new Command.OnPost(PostAction.CANCEL, 7), parse("/cancel 7"));
            assertEquals(new Command.OnPost(PostAction.CANCEL, 7), parse("/withdraw 7"));
        }

        @Test
        @DisplayName("/close keeps the coordinator's reason after the number (and a group's number), cut with an ellipsis past 200 characters")
        void closeReason() {
            assertEquals(new Command.OnPost(PostAction.CLOSE, 9, null, "duplicate of #7"), parse("/close 9 - duplicate of #7"));
            assertEquals(new Command.OnPost(PostAction.CLOSE, 9, 2, "sorted by the council"), parse("/close 9 2 sorted by the council"));
            assertEquals(new Command.OnPost(PostAction.CLOSE, 9), parse("/close 9"));
            Command.OnPost cut = (Command.OnPost) parse("/close 9 " + "word ".repeat(60));
            assertEquals(CommandParser.MAX_REASON, cut.reason().length(), cut.reason());
            assertTrue(cut.reason().endsWith("…"), cut.reason());
        }

        @Test
        @DisplayName("the largest accepted number has nine digits")
        void nineDigits() {
            assertEquals(new Command.OnPost(PostAction.DONE, 999_999_999), parse("/done 999999999"));
        }

        @Test
        @DisplayName("/claim abc, /claim 0, /claim 99999999999 and other non-numbers are refused with a hint")
        void badNumbers() {
            Command expected = new Command.Invalid("Please give the post's number, like /claim 12. /list shows the numbers.");
            for (String arg : List.of("abc", "0", "#0", "99999999999", "1234567890", "-3", "+3", "12abc", "#", "##12",
                    "1.5", "0x1F", "١٢", "１２", "🔟")) {
                assertEquals(expected, parse("/claim " + arg), () -> "for /claim " + arg);
            }
        }

        @Test
        @DisplayName("the refusal names the command that was typed")
        void badNumberNamesCommand() {
            assertEquals(new Command.Invalid("Please give the post's number, like /done 12. /list shows the numbers."),
                    parse("/fulfilled soon"));
        }

        @Test
        @DisplayName("/claim with no number asks which post")
        void noNumber() {
            assertEquals(new Command.WhichPost(PostAction.CLAIM), parse("/claim"));
            assertEquals(new Command.WhichPost(PostAction.CANCEL), parse("/cancel  \u200B "));
        }
    }

    @Nested
    @DisplayName("/list")
    class Listing {

        @Test
        @DisplayName("/list alone lists everything, page 1")
        void plain() {
            assertEquals(new Command.ListPosts(null, null, 1), parse("/list"));
        }

        @Test
        @DisplayName("/list needs and /list offers choose the kind, in any case and singular too")
        void kinds() {
            assertEquals(new Command.ListPosts(PostKind.NEED, null, 1), parse("/list needs"));
            assertEquals(new Command.ListPosts(PostKind.NEED, null, 1), parse("/list NEED"));
            assertEquals(new Command.ListPosts(PostKind.OFFER, null, 1), parse("/list offer"));
            assertEquals(new Command.ListPosts(null, null, 1), parse("/list needs all"));
            assertEquals(new Command.ListPosts(null, null, 1), parse("/list needs offers"), "both named: both listed");
            assertEquals(new Command.ListPosts(null, null, 1), parse("/list offers needs"));
            assertEquals(new Command.Invalid("There is no page -1. Try /list or /list 2."), parse("/list -1"), "not a tag");
        }

        @Test
        @DisplayName("/list offers #food 2 gives kind, tag and page")
        void kindTagPage() {
            assertEquals(new Command.ListPosts(PostKind.OFFER, "food", 2), parse("/list offers #food 2"));
            assertEquals(new Command.ListPosts(PostKind.OFFER, "food", 2), parse("/list 2 #FOOD offers"));
        }

        @Test
        @DisplayName("/list food takes a tag without #")
        void tagWithoutHash() {
            assertEquals(new Command.ListPosts(null, "food", 1), parse("/list food"));
            assertEquals(new Command.ListPosts(null, "مساعدة", 1), parse("/list #مساعدة"));
        }

        @Test
        @DisplayName("/list 0, /list 10001 and /list 123456 name the missing page")
        void badPages() {
            assertEquals(new Command.Invalid("There is no page 0. Try /list or /list 2."), parse("/list 0"));
            assertEquals(new Command.Invalid("There is no page 10001. Try /list or /list 2."), parse("/list 10001"));
            assertEquals(new Command.Invalid("There is no page 123456. Try /list or /list 2."), parse("/list 123456"));
            assertEquals(new Command.ListPosts(null, null, 10_000), parse("/list 10000"));
        }

        @Test
        @DisplayName("two tags, symbols or an over-long tag are not understood")
        void notUnderstood() {
            Command expected = new Command.Invalid("I didn't understand that. Try /list, /list needs, /list offers #food or /list 2.");
            for (String args : List.of("#food #rides", "food rides", "#", "' OR 1=1 --", "<b>", "#" + "a".repeat(33), "🍞")) {
                assertEquals(expected, parse("/list " + args), () -> "for /list " + args);
            }
        }
    }

    @Nested
    @DisplayName("button actions")
    class Buttons {

        @Test
        @DisplayName("The relay's commands and buttons: /post, /reply, /share, /endrelay, /export, and a plain answer to a relay message")
        void relay() {
            assertEquals(new Command.ChooseGroup(2, null), parser.parse("/post 2"));
            assertEquals(new Command.ChooseGroup(0, null), parser.parse("/post"), "alone: a kept need is asked about");
            assertEquals(new Command.Mine(), parser.parse("/LIST MINE"), "what /mine shows");
            assertEquals(new Command.ChooseGroup(1, 77L), parser.parseAction("post:1:77"));
            assertEquals(new Command.Reply(4, "I can come at 9"), parser.parse("/reply #4 I can come at 9"));
            assertEquals(new Command.Invalid("Please write your message after the number, like /reply 4 I can come on Tuesday."), parser.parse("/reply 4"));
            assertTrue(parser.parse("/reply 4 !!!") instanceof Command.Invalid);
            assertEquals(new Command.ShareContact(4), parser.parseAction("share:4"));
            assertEquals(new Command.EndRelay(4), parser.parse("/endrelay 4"));
            assertEquals(new Command.Relays(), parser.parse("/start relay"));
            assertEquals(new Command.Export(null), parser.parse("/export"));
            assertTrue(parser.parse("/export all") instanceof Command.Invalid);
            assertEquals(new Command.Reply(12, "see you then"),
                    parser.parseAnswer("About #12 in Riverside Aid, the neighbour who offered writes:\nhi", "see you then"));
            assertEquals(new Command.Ignore(), parser.parseAnswer("Your open posts:\n#12 need", "thanks"));
        }

        @Test
        @DisplayName("parseAction(\"claim:3\") claims post 3, and so on for every action")
        void validActions() {
            assertEquals(new Command.OnPost(PostAction.CLAIM, 3), parser.parseAction("claim:3"));
            assertEquals(new Command.OnPost(PostAction.UNCLAIM, 4), parser.parseAction("unclaim:4"));
            assertEquals(new Command.OnPost(PostAction.DONE, 5), parser.parseAction("done:5"));
            assertEquals(new Command.OnPost(PostAction.CANCEL, 6), parser.parseAction("cancel:#6"));
        }

        @Test
        @DisplayName("parseAction(\"garbage\") and other unknown actions answer that the button no longer works")
        void garbage() {
            Command expected = new Command.Invalid("That button no longer works. Type /list to see what is open.");
            for (String action : List.of("garbage", "", ":", "claim", "claim:3:4", "CLAIM:3", "take:3", "list:1")) {
                assertEquals(expected, parser.parseAction(action), () -> "for action " + action);
            }
        }

        @Test
        @DisplayName("a known action with a bad number gets the same hints as the typed command")
        void badNumberInAction() {
            assertEquals(new Command.WhichPost(PostAction.CLAIM), parser.parseAction("claim:"));
            assertEquals(new Command.Invalid("Please give the post's number, like /done 12. /list shows the numbers."),
                    parser.parseAction("done:0"));
        }

        @Test
        @DisplayName("a null action is ignored")
        void nullAction() {
            assertEquals(new Command.Ignore(), parser.parseAction(null));
        }
    }

    @Nested
    @DisplayName("TextRules.tags and TextRules.firstWords")
    class TextRulesHelpers {

        @Test
        @DisplayName("tags are found lower-cased, in order, without repeats")
        void tagsInOrder() {
            assertEquals(List.of("food", "rides", "food-bank"), TextRules.tags("need #Food and #rides, #FOOD again #food-bank"));
        }

        @Test
        @DisplayName("a # inside a word, before a symbol or alone is not a tag")
        void notTags() {
            assertEquals(List.of(), TextRules.tags("mail a#b or #-x or # or C#"));
            assertEquals(List.of(), TextRules.tags(""));
        }

        @Test
        @DisplayName("tags in other scripts and with digits are found; ##x gives x")
        void otherScriptTags() {
            assertEquals(List.of("שלום", "مساعدة", "123", "x"), TextRules.tags("#שלום #مساعدة #123 ##x"));
        }

        @Test
        @DisplayName("a tag is at most 32 characters long")
        void tagLength() {
            assertEquals(List.of("a".repeat(32)), TextRules.tags("#" + "a".repeat(40)));
        }

        @Test
        @DisplayName("firstWords leaves short text alone and cuts long text on a word boundary with an ellipsis")
        void firstWords() {
            assertEquals("short", TextRules.firstWords("short", 10));
            assertEquals("abcde", TextRules.firstWords("abcde", 5));
            assertEquals("one two…", TextRules.firstWords("one two three four", 10));
        }

        @Test
        @DisplayName("firstWords cuts mid-word when the only space is in the first half")
        void firstWordsMidWord() {
            assertEquals("hello wonder…", TextRules.firstWords("hello wonderful world", 12));
            assertEquals("abcdefghij…", TextRules.firstWords("abcdefghijklmnop", 10));
        }

        @Test
        @DisplayName("firstWords counts code points and never splits an emoji's surrogate pair")
        void firstWordsEmoji() {
            String cut = TextRules.firstWords("🍞🍞🍞🍞", 2);
            assertEquals("🍞🍞…", cut);
            assertTrue(cut.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE));
        }
    }

    @org.junit.jupiter.api.Test
    @DisplayName("A button's typed form: a relay button's conversation is left out, so it is never read as a group's position")
    void typedFormsOfButtons() {
        assertEquals("claim 12", CommandParser.typedCommand(CommandParser.action(PostAction.CLAIM, 12)));
        assertEquals("share 12", CommandParser.typedCommand(CommandParser.shareAction(12, 7)));
        assertEquals("endrelay 12", CommandParser.typedCommand(CommandParser.endRelayAction(12, 7)));
        assertEquals(new Command.ShareContact(12, null, 7L), parser.parseAction(CommandParser.shareAction(12, 7)));
        assertEquals(new Command.ShareContact(12, 2, null), parser.parse("/share 12 2"));
        assertEquals(new Command.OnPost(PostAction.CLAIM, 12, 2), parser.parse("/claim 12 2"));
        assertEquals(new Command.OnPost(PostAction.CLAIM, 12, null), parser.parse("/claim 12 please"));
    }
}
