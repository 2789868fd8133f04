package dev.p2caudit.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Realistic, distinct companies for the fuzzy rules' false-positive test: names built the way
 * company names are ("Hartley Logistics", "Blue Ridge Software Inc", "Barlow &amp; Finch LLC"), many
 * sharing a word, crowded into a few cities so that every pair has a second signal (same city or
 * country). Distinct means: no two names are equal once folded, and no word of a list is a
 * misspelling of another word of it (no "Johnson" next to "Johnston"), so every pair differs by at
 * least one real word.
 */
final class DistinctCompanies {

    record Company(String name, String city, String country, String phone, String email, String website) {
    }

    static final List<String> SURNAMES = List.of("Abbott", "Barlow", "Carver", "Dalton", "Ellison", "Fairbanks",
            "Garrison", "Hartley", "Ingram", "Jarvis", "Kendall", "Lockwood", "Mercer", "Norwood", "Oakley",
            "Prescott", "Quimby", "Radcliffe", "Sutton", "Thornton", "Underwood", "Vance", "Whitfield", "Yardley",
            "Ashford", "Brennan", "Caldwell", "Donovan", "Everett", "Fletcher", "Gallagher", "Holloway",
            "Irving", "Jennings", "Kowalski", "Langley", "Maddox", "Nakamura", "Okafor", "Pemberton", "Quinlan",
            "Rossi", "Sandoval", "Takahashi", "Ulrich", "Valdez", "Winslow", "Xiang", "Yamamoto", "Zimmer",
            "Bergstrom", "Castellano", "Dubois", "Eriksen", "Fontaine", "Gunnarsson", "Haddad", "Ivanova",
            "Jovanovic", "Kaminski", "Lindgren", "Moreau", "Novak", "Oyelaran", "Petrakis", "Rasmussen",
            "Schneider", "Tanaka", "Van Dijk", "Weber", "Yilmaz", "Almeida", "Bianchi", "Costa", "Delgado",
            "Esposito", "Ferrari", "Greco", "Herrera", "Iglesias", "Keller", "Lambert", "Mendoza", "Nguyen",
            "Ortega", "Pereira", "Ramos", "Santos", "Torres", "Urbina", "Vargas", "Wagner", "Xu", "Young", "Zhou",
            "Ahmed", "Brooks", "Chandler", "Dempsey", "Emerson", "Forsyth", "Grayson", "Huxley", "Ingersoll",
            "Kingsley", "Lowell", "Montague", "Nash", "Osborne", "Pryor", "Redmond", "Stanhope", "Talbot",
            "Upton", "Vaughan", "Wexler");

    static final List<String> FIRST_WORDS = List.of("Blue", "Silver", "Golden", "Red", "Green", "Iron", "Stone",
            "Oak", "Maple", "Cedar", "Pine", "Birch", "Willow", "Copper", "Granite", "Crystal", "Amber", "Coral",
            "Falcon", "Eagle", "Raven", "Fox", "Bear", "Wolf", "North", "South", "East", "West", "Grand", "Bright",
            "Swift", "Noble", "Royal", "Liberty", "Pioneer", "Frontier", "Heritage", "Sunrise", "Twilight", "Ocean");

    static final List<String> SECOND_WORDS = List.of("Ridge", "River", "Lake", "Harbor", "Summit", "Valley",
            "Meadow", "Prairie", "Canyon", "Bay", "Creek", "Forest", "Island", "Mountain", "Point", "Field",
            "Grove", "Springs", "Hill", "Gate", "Tower", "Anchor", "Arrow", "Beacon", "Compass", "Crown",
            "Key", "Star", "Wave");

    static final List<String> INDUSTRIES = List.of("Logistics", "Software", "Consulting", "Construction", "Foods",
            "Bakery", "Brewing", "Engineering", "Dental", "Clinics", "Insurance", "Realty", "Textiles", "Plastics",
            "Robotics", "Analytics", "Outfitters", "Furniture", "Pharmacy", "Printing", "Publishing", "Farms",
            "Energy", "Aviation", "Hardware", "Electric", "Plumbing", "Landscaping", "Catering", "Travel", "Media",
            "Design", "Security", "Staffing", "Apparel", "Jewelers", "Motors", "Tools", "Paper", "Glass", "Steel",
            "Timber", "Dairy", "Wines", "Coffee", "Labs", "Studios", "Freight", "Vending", "Optics");

    static final List<String> LEGAL = List.of("", "", "", "Inc", "Inc.", "LLC", "Ltd", "GmbH", "AB", "Oy", "S.A.",
            "BV", "plc", "Co.", "Corporation");

    static final List<String[]> CITIES = List.of(new String[] {"Seattle", "United States"},
            new String[] {"Chicago", "United States"}, new String[] {"Denver", "United States"},
            new String[] {"Austin", "United States"}, new String[] {"Boston", "United States"},
            new String[] {"Toronto", "Canada"}, new String[] {"London", "United Kingdom"},
            new String[] {"Manchester", "United Kingdom"}, new String[] {"Berlin", "Germany"},
            new String[] {"München", "Germany"}, new String[] {"Paris", "France"}, new String[] {"Lyon", "France"},
            new String[] {"Stockholm", "Sweden"}, new String[] {"Göteborg", "Sweden"},
            new String[] {"Helsinki", "Finland"}, new String[] {"Amsterdam", "Netherlands"},
            new String[] {"Madrid", "Spain"}, new String[] {"Milano", "Italy"}, new String[] {"Zürich", "Switzerland"},
            new String[] {"Wien", "Austria"});

    private DistinctCompanies() {
    }

    /** {@code count} companies, the same ones for the same seed. */
    static List<Company> generate(int count, long seed) {
        Random random = new Random(seed);
        Set<String> folded = new LinkedHashSet<>();
        List<Company> companies = new ArrayList<>();
        while (companies.size() < count) {
            String base = baseName(random);
            if (!folded.add(NameFolding.organisation(base).shown())) {
                continue;
            }
            String legal = LEGAL.get(random.nextInt(LEGAL.size()));
            String[] city = CITIES.get(random.nextInt(CITIES.size()));
            int n = companies.size();
            String domain = base.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + ".example";
            companies.add(new Company(legal.isEmpty() ? base : base + " " + legal, city[0], city[1],
                    "+1 555 " + (1_000_000 + n), "info@" + domain, "https://www." + domain));
        }
        return companies;
    }

    private static String baseName(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> pick(random, SURNAMES) + " " + pick(random, INDUSTRIES);
            case 1 -> pick(random, FIRST_WORDS) + " " + pick(random, SECOND_WORDS) + " " + pick(random, INDUSTRIES);
            default -> pick(random, SURNAMES) + " & " + pick(random, SURNAMES);
        };
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
