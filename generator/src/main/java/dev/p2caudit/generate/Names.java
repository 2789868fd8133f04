package dev.p2caudit.generate;

import java.util.List;

/**
 * The made-up companies, people and products of the generated world. Company names differ in
 * their first four letters (accents folded) within a country, so that an engine's fuzzy
 * duplicate rule finds only the pairs that were seeded; "Contoso Pharmaceuticals" (Paris) is
 * the one deliberate near miss of "Contoso Ltd" (Seattle). Every name is representable in
 * windows-1252, because the pre-migration contacts file is written in it.
 */
final class Names {

    /** A customer as the curated list knows it; index order matters (see {@link Sizes}). */
    record Company(String name, String domain, String country, String city) {
    }

    static final List<Company> COMPANIES = List.of(
            // 0-49: North America (USMF, USD)
            c("Contoso Ltd", "contoso.com", "US", "Seattle"),
            c("Fabrikam Inc", "fabrikam.com", "US", "Redmond"),
            c("Adventure Works Cycles", "adventure-works.com", "US", "Bothell"),
            c("Alpine Ski House", "alpineskihouse.com", "US", "Denver"),
            c("Blue Yonder Airlines", "blueyonderairlines.com", "US", "Chicago"),
            c("City Power & Light", "cpandl.com", "US", "Portland"),
            c("Litware, Inc.", "litwareinc.com", "US", "Austin"),
            c("Lucerne Publishing", "lucernepublishing.com", "US", "New York"),
            c("Margie's Travel", "margiestravel.com", "US", "San Diego"),
            c("Northwind Traders", "northwindtraders.com", "US", "Tacoma"),
            c("Proseware Inc", "proseware.com", "US", "Phoenix"),
            c("Southridge Video", "southridgevideo.com", "US", "Atlanta"),
            c("Tailspin Toys", "tailspintoys.com", "US", "Dallas"),
            c("Trey Research", "treyresearch.net", "US", "Raleigh"),
            c("Wide World Importers", "wideworldimporters.com", "US", "San Francisco"),
            c("Wingtip Toys", "wingtiptoys.com", "US", "Miami"),
            c("Woodgrove Bank", "woodgrovebank.com", "US", "Charlotte"),
            c("Humongous Insurance", "humongousinsurance.com", "US", "Hartford"),
            c("Graphic Design Institute", "graphicdesigninstitute.com", "US", "Los Angeles"),
            c("School of Fine Art", "fineartschool.net", "US", "Philadelphia"),
            c("Fourth Coffee", "fourthcoffee.com", "US", "Seattle"),
            c("Relecloud", "relecloud.com", "US", "San Jose"),
            c("VanArsdel Ltd", "vanarsdelltd.com", "US", "Minneapolis"),
            c("Best For You Organics Company", "bestforyouorganic.com", "US", "Boulder"),
            c("Munson's Pickles and Preserves Farm", "munsonspickles.com", "US", "Madison"),
            c("Nod Publishers", "nodpublishers.com", "US", "Nashville"),
            c("First Up Consultants", "firstupconsultants.com", "US", "Houston"),
            c("Bellows College", "bellowscollege.com", "US", "Pittsburgh"),
            c("Liberty's Delightful Sinful Bakery & Cafe", "libertysbakery.com", "US", "New Orleans"),
            c("Kestrel Analytics", "kestrelanalytics.com", "US", "Columbus"),
            c("Quantum Harbor Logistics", "quantumharbor.com", "US", "Baltimore"),
            c("Ironwood Timber Co.", "ironwoodtimber.com", "US", "Spokane"),
            c("Maplecrest Dental Group", "maplecrestdental.com", "US", "Buffalo"),
            c("Redstone Mining Corp", "redstonemining.com", "US", "Reno"),
            c("Oakmont Hardware", "oakmonthardware.com", "US", "Cleveland"),
            c("Pinnacle Yacht Charters", "pinnacleyachts.com", "US", "Annapolis"),
            c("Summit Ridge Outfitters", "summitridge.com", "US", "Boise"),
            c("Evergreen Solar LLC", "evergreensolar.com", "US", "Sacramento"),
            c("Juniper Medical Supply", "junipermedical.com", "US", "Albuquerque"),
            c("Harborview Clinics", "harborviewclinics.com", "US", "Tacoma"),
            c("Great Plains Grain Cooperative", "greatplainsgrain.com", "US", "Omaha"),
            c("Cascade Brewing Supply", "cascadebrewing.com", "US", "Portland"),
            c("Lakeshore Marine Electronics", "lakeshoremarine.com", "US", "Milwaukee"),
            c("Sparrow Hill Bakeries", "sparrowhill.com", "US", "Kansas City"),
            c("Vectorline Robotics", "vectorline.com", "US", "Detroit"),
            c("Canyon Creek Ranch", "canyoncreekranch.com", "US", "Tucson"),
            c("Magnolia Home Furnishings", "magnoliahome.com", "US", "Charleston"),
            c("Osprey Aviation Services", "ospreyaviation.com", "US", "Anchorage"),
            c("Beacon Hill Accounting", "beaconhillcpa.com", "US", "Boston"),
            c("Toronto Maple Foods", "torontomaplefoods.ca", "CA", "Toronto"),
            // 50-84: Europe (DEMF, EUR)
            c("Müller Maschinenbau GmbH", "mueller-maschinenbau.de", "DE", "Stuttgart"),
            c("Société Lumière SARL", "societe-lumiere.fr", "FR", "Lyon"),
            c("Nordström Möbler AB", "nordstrommobler.se", "SE", "Stockholm"),
            c("Kauppa Oy", "kauppa.fi", "FI", "Helsinki"),
            c("Hofmann & Söhne KG", "hofmann-soehne.de", "DE", "Nürnberg"),
            c("Åkesson Bygg AB", "akessonbygg.se", "SE", "Göteborg"),
            c("Brasserie Dupré", "brasserie-dupre.fr", "FR", "Lille"),
            c("Zürcher Feinmechanik AG", "zuercher-fm.ch", "CH", "Zürich"),
            c("Van der Berg Transport BV", "vanderbergtransport.nl", "NL", "Rotterdam"),
            c("Château Rivière Vins", "chateau-riviere.fr", "FR", "Bordeaux"),
            c("Contoso Pharmaceuticals", "contosopharma.fr", "FR", "Paris"),
            c("Bergström Elektronik AB", "bergstromelektronik.se", "SE", "Malmö"),
            c("Dansk Møbeldesign ApS", "danskmobeldesign.dk", "DK", "København"),
            c("Lindqvist Logistik AB", "lindqvistlogistik.se", "SE", "Uppsala"),
            c("Fischer Präzisionstechnik GmbH", "fischer-praezision.de", "DE", "München"),
            c("Rosengarten Apotheke", "rosengarten-apotheke.de", "DE", "Köln"),
            c("Kowalski Import-Export", "kowalski-import.de", "DE", "Berlin"),
            c("Oliveira & Filhos Lda", "oliveirafilhos.pt", "PT", "Porto"),
            c("Schneider Gartenbau GmbH", "schneider-gartenbau.de", "DE", "Hamburg"),
            c("Jansen Bloemen BV", "jansenbloemen.nl", "NL", "Amsterdam"),
            c("Hämäläinen Teollisuus Oy", "hamalainen.fi", "FI", "Tampere"),
            c("Dubois Électricité SA", "dubois-electricite.fr", "FR", "Marseille"),
            c("Ekström Skog AB", "ekstromskog.se", "SE", "Umeå"),
            c("Weber Bäckerei GmbH", "weber-baeckerei.de", "DE", "Frankfurt am Main"),
            c("Greenfield Analytics Ltd", "greenfieldanalytics.co.uk", "GB", "Manchester"),
            c("Thames Valley Engineering plc", "thamesvalleyeng.co.uk", "GB", "Reading"),
            c("Highland Distillers Ltd", "highlanddistillers.co.uk", "GB", "Edinburgh"),
            c("Costa Azul Turismo SL", "costaazul.es", "ES", "Valencia"),
            c("Bianchi Meccanica Srl", "bianchimeccanica.it", "IT", "Torino"),
            c("Alpenblick Hotels GmbH", "alpenblick-hotels.at", "AT", "Innsbruck"),
            c("Nyström & Partners Advokatbyrå", "nystrompartners.se", "SE", "Västerås"),
            c("Kaffee Rösterei Braun", "kaffeebraun.de", "DE", "Bremen"),
            c("Uribe Consultores SL", "uribeconsultores.es", "ES", "Bilbao"),
            c("Pétursson Fiskur ehf", "petursson.is", "IS", "Reykjavík"),
            c("Lefèvre Boulangerie", "lefevre-boulangerie.fr", "FR", "Nantes"),
            // 85-89: customers without sales activity
            c("Coral Reef Diving Co.", "coralreefdiving.com", "US", "Key West"),
            c("Coho Winery", "cohowinery.com", "US", "Walla Walla"),
            c("Drumlin Farm Supply", "drumlinfarm.com", "US", "Burlington"),
            c("Gauthier Quincaillerie", "gauthier-quincaillerie.fr", "FR", "Rennes"),
            c("Ivarsson Fastigheter AB", "ivarssonfastigheter.se", "SE", "Linköping"),
            // 90-99: prospects, partners, competitors, vendors
            c("Hexagon Research Partners", "hexagonresearch.com", "US", "Cambridge"),
            c("Yellowstone Surveying", "yellowstonesurvey.com", "US", "Billings"),
            c("Quill & Ink Stationers", "quillandink.co.uk", "GB", "Oxford"),
            c("Zephyr Wind Energy", "zephyrwind.com", "US", "Cheyenne"),
            c("Obsidian Security Labs", "obsidianlabs.com", "US", "Arlington"),
            c("Riverbend Press", "riverbendpress.com", "US", "Dubuque"),
            c("Falcon Ridge Software", "falconridge.io", "US", "Provo"),
            c("Ulster Linen Mills", "ulsterlinen.co.uk", "GB", "Belfast"),
            c("Xanadu Events", "xanaduevents.com", "US", "Las Vegas"),
            c("Yarrow Botanicals", "yarrowbotanicals.com", "US", "Eugene"));

    /** 47 first names (a prime, coprime with the account count, so contacts of one account differ). */
    static final List<String> FIRST_NAMES = List.of(
            "Anna", "Björn", "Carlos", "Chloé", "Daniel", "Elif", "François", "Grace", "Hiroshi", "Ingrid",
            "Jürgen", "Karin", "Liam", "Lucía", "Marco", "Maja", "Nadia", "Olivier", "Priya", "Quentin",
            "Rafael", "Sofia", "Søren", "Tomás", "Ulrike", "Victor", "Wei", "Xavier", "Yasmin", "Zoë",
            "Aiden", "Beatriz", "Cédric", "Dmitri", "Eva", "Fatima", "Gustav", "Helena", "Isabel", "Jonas",
            "Kenji", "Leila", "Mateo", "Noor", "Oskar", "Paula", "Renée");

    /** 53 last names (a prime as well). */
    static final List<String> LAST_NAMES = List.of(
            "Lindqvist", "Okafor", "Müller", "Dubois", "Nakamura", "Rossi", "Kowalczyk", "Andersen", "O'Brien",
            "Schmidt", "Novak", "Fernández", "Haddad", "Jensen", "Kim", "Larsen", "Moreau", "Nguyen", "Petrov",
            "Quinn", "Ramírez", "Sato", "Thompson", "Vogel", "Walsh", "Yilmaz", "Zimmermann", "Abebe", "Bauer",
            "Chen", "Dahl", "Eriksson", "Fontaine", "Gómez", "Horvat", "Ivanova", "Joubert", "Keller",
            "Lambert", "Meyer", "Nieminen", "Ortiz", "Pereira", "Rahman", "Sørensen", "Tanaka", "Ueda",
            "Varga", "Wójcik", "Xu", "Young", "Zhou", "Ahmed");

    static final List<String> PRODUCTS = List.of(
            "Mid-Range Speaker", "Bookshelf Speaker", "Subwoofer 12\"", "Car Audio Amplifier", "Projector 4K",
            "HDMI Cable 2m", "Speaker Stand, Oak", "Surround Receiver 7.2", "Turntable Belt Drive",
            "Wireless Headphones", "Studio Monitor", "Soundbar Slim", "Microphone Boom Arm", "Audio Interface",
            "Optical Cable 3m", "Wall Mount Bracket", "Stereo Amplifier", "Center Channel Speaker",
            "Power Conditioner", "Media Streamer", "Ceiling Speaker Pair", "Outdoor Speaker", "DAC Converter",
            "Phono Preamp", "Speaker Wire 50m", "Acoustic Panel Set", "Rack Shelf 1U", "Universal Remote",
            "Installation Kit", "Cable Organizer", "Portable Speaker", "Conference Phone", "Webcam HD",
            "Video Switcher", "Screen 120\"", "Lens Cleaning Kit", "Battery Pack", "Charging Dock",
            "Network Switch 8-Port", "Patch Cable 1m", "Signal Booster", "Antenna Outdoor", "Tripod Stand",
            "Carrying Case", "Extended Warranty, 3 Years", "Service Visit", "Calibration Service",
            "Training Session", "Spare Fuse Set", "Rubber Feet Set");

    private Names() {
    }

    private static Company c(String name, String domain, String country, String city) {
        return new Company(name, domain, country, city);
    }
}
