package org.mutualaid.core.match;

/**
 * What the matcher saw in a need and an offer that share a kind of help, a specific, words or
 * neighbouring kinds of help, and where no specific rules the offer out (a size, a day, what it leaves out): the
 * quantities SuggestionOdds weighs into the chance that a coordinator would make the suggestion.
 *
 * @param category        how much of both posts the shared kinds of help take up (0 to 1)
 * @param related         the same for neighbouring kinds of help (moving and furniture)
 * @param text            the shared words' rarity, saturating towards 1
 * @param sharedValues    specifics both name (a language, a size)
 * @param uncovered       the need's specifics that the offer leaves open
 * @param modeMismatch    a need for hands against a giveaway, or for a thing against a service
 * @param sharedKinds     how many kinds of help both name
 * @param needKinds       how many kinds of help the need names
 * @param offerKinds      how many kinds of help the offer names
 * @param needMainShared  whether what the need names most is shared
 * @param offerMainShared whether what the offer names most is shared: an offer mainly of something else meets the need only in passing
 * @param needFocus       the largest share of the need one kind of help takes up
 * @param needSpecifics   how many specifics the need names
 * @param offerSpecifics  how many specifics the offer names
 * @param ruleScore       the hand-made score: shares and words, times a factor for each uncovered specific and a mode mismatch
 * @param needWordsShared the share of the need's word stems the offer uses too
 * @param timeFits        help given at a time (a ride, a sitter), and both say when, and the times meet ("Thursday" and "weekday afternoons")
 */
public record Evidence(double category, double related, double text, int sharedValues, int uncovered,
                       boolean modeMismatch, int sharedKinds, int needKinds, int offerKinds, boolean needMainShared,
                       boolean offerMainShared, double needFocus, int needSpecifics, int offerSpecifics, double ruleScore,
                       double needWordsShared, boolean timeFits) {}
