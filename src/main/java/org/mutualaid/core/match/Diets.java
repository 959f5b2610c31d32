package org.mutualaid.core.match;

import java.util.HashSet;
import java.util.Set;

/**
 * What a need's diet rules out of the food an offer names: pork for someone who eats halal or
 * kosher, meat and fish for a vegetarian, any animal food for a vegan, nuts for a nut allergy.
 * Suggesting peanut butter cookies to a family with a nut allergy, or bacon to one that eats
 * halal, is worse than suggesting nothing. An offer that says it fits ("halal chicken", "nut
 * free") or leaves the food out ("no pork") is not ruled out. Read from the posts' stems.
 */
final class Diets {

    private Diets() {}

    private static final Set<String> PORK = stems("pork", "bacon", "ham", "hams", "gammon", "sausage", "sausages", "chorizo",
            "pepperoni", "salami", "lard", "prosciutto", "pancetta");
    private static final Set<String> MEAT = union(PORK, stems("meat", "meats", "beef", "chicken", "lamb", "mutton", "mince", "steak",
            "turkey", "burger", "burgers", "meatballs", "fish", "tuna", "salmon", "prawns", "shrimp", "goat"));
    private static final Set<String> ANIMAL = union(MEAT, stems("milk", "cheese", "egg", "eggs", "butter", "yogurt", "yoghurt",
            "cream", "honey"));
    private static final Set<String> NUTS = stems("nut", "nuts", "peanut", "peanuts", "almond", "almonds", "cashew", "cashews",
            "walnut", "walnuts", "hazelnut", "hazelnuts", "pecan", "pecans", "pistachio", "pistachios", "nutella");
    private static final Set<String> HALAL = stems("halal", "kosher");
    private static final Set<String> VEGETARIAN = stems("vegetarian", "vegetarians", "veggie", "veggies");
    private static final Set<String> VEGAN = stems("vegan", "vegans");
    private static final Set<String> ALLERGY = stems("allergy", "allergies", "allergic", "anaphylaxis", "epipen");
    private static final Set<String> NUT_FREE = stems("nutfree");

    /** Whether the offer names food that the need's diet rules out, and does not say it fits the diet. */
    static boolean conflict(PostProfile need, PostProfile offer) {
        Set<String> needs = need.stems().keySet();
        // most needs name no diet: nothing to read of the offer then
        boolean vegan = !java.util.Collections.disjoint(needs, VEGAN);
        boolean vegetarian = !java.util.Collections.disjoint(needs, VEGETARIAN);
        boolean noPork = !java.util.Collections.disjoint(needs, HALAL) || !java.util.Collections.disjoint(need.excluded(), PORK);
        boolean nuts = !java.util.Collections.disjoint(needs, ALLERGY) || !java.util.Collections.disjoint(need.excluded(), NUTS);
        if (!vegan && !vegetarian && !noPork && !nuts) return false;
        Set<String> offered = new HashSet<>(offer.stems().keySet());
        offered.removeAll(offer.excluded());
        if (!java.util.Collections.disjoint(needs, VEGAN)) return names(offered, ANIMAL, VEGAN);
        if (!java.util.Collections.disjoint(needs, VEGETARIAN)) return names(offered, MEAT, union(VEGETARIAN, VEGAN));
        if ((!java.util.Collections.disjoint(needs, HALAL) || !java.util.Collections.disjoint(need.excluded(), PORK))
                && names(offered, PORK, HALAL)) return true;
        boolean allergic = !java.util.Collections.disjoint(needs, ALLERGY) && java.util.Collections.disjoint(need.excluded(), ALLERGY);
        boolean nutAllergy = allergic && !java.util.Collections.disjoint(needs, NUTS) || !java.util.Collections.disjoint(need.excluded(), NUTS);
        return nutAllergy && names(offered, NUTS, NUT_FREE);
    }

    private static boolean names(Set<String> offered, Set<String> ruledOut, Set<String> fits) {
        return !java.util.Collections.disjoint(offered, ruledOut) && java.util.Collections.disjoint(offered, fits);
    }

    private static Set<String> stems(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) out.add(Stemmer.stem(w));
        return Set.copyOf(out);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
