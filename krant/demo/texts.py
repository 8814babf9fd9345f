"""The demo publication's words: people, places, sections, static pages and the site settings.

Everything here is invented for a fictional publication, "krant", published by the fictional
Krant Media B.V. Towns, people, clubs and companies do not exist; the article templates are in
`krant.demo.stories`.
"""

from datetime import time

PUBLICATION = "krant"
COMPANY = "Krant Media B.V."
TAGLINE = "Het nieuws van vandaag, helder verteld"
IMAGE_CREDIT = "krant / Demo"
PORTRAIT_CREDIT = "Illustratie: krant / Demo"

# --- Places, names and numbers the article templates draw from ------------------------------------

TOWNS = [
    "Duinwijk",
    "Lindeveen",
    "Kraaienburg",
    "Zilverdam",
    "Molenhaven",
    "Berkelmonde",
    "Heidestrand",
    "Vlietmond",
    "Ravensloot",
    "Oudewaard",
    "Klaverhoek",
    "Wilgendorp",
    "Esvoorde",
    "Sluisbergen",
]

FIRST_NAMES = [
    "Marloes", "Joost", "Fenna", "Karim", "Sanne", "Bram", "Yara", "Thijs", "Noor", "Ruben",
    "Lieke", "Milan", "Esra", "Wouter", "Ilse", "Jesse", "Femke", "Hamza", "Roos", "Stijn",
    "Annelies", "Koen", "Mirjam", "Sem", "Dewi", "Pieter", "Hanna", "Rik", "Latifa", "Gijs",
]  # fmt: skip

LAST_NAMES = [
    "Verhagen", "Dijkhuizen", "Hoekstra", "van Velzen", "Brouwer", "Kuipers", "van Leeuwen",
    "Mulderink", "Bosman", "Terpstra", "de Graaf", "Veenstra", "Schepers", "van Rijswijk",
    "Koster", "Oudshoorn", "Wijnands", "Timmerman", "van der Laan", "Postma", "Aydın",
    "El Amrani", "Kramers", "Heemskerk", "van Dalen", "Sluiter",
]  # fmt: skip

FOREIGN_NAMES = ["Mira Castellan", "Tomas Veidar", "Elena Rusk", "Andrés Colmar", "Katrin Solvej"]

WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
SMALL_NUMBERS = ["drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"]

# --- The newsroom ----------------------------------------------------------------------------------

# (name, role, beats: section slugs they write for, bio)
AUTHORS = [
    (
        "Marloes Verhagen",
        "Verslaggever binnenland",
        ["binnenland", "algemeen"],
        "Marloes schrijft over wonen, onderwijs en alles wat er in gemeenten speelt. Ze begon als "
        "stagiair bij een regionale omroep en werkt sinds zes jaar voor krant.",
    ),
    (
        "Joost van Eijkeren",
        "Politiek verslaggever",
        ["politiek", "binnenland"],
        "Joost volgt de gemeenteraden, Provinciale Staten en het Binnenhof. Hij is op zijn best als "
        "hij een ingewikkeld besluit in drie zinnen kan uitleggen.",
    ),
    (
        "Fenna Hoekstra",
        "Correspondent Oost-Europa",
        ["buitenland"],
        "Fenna woont en werkt in Oost-Europa en schrijft over de mensen achter het nieuws uit de "
        "regio. Ze spreekt vier talen en leert er een vijfde bij.",
    ),
    (
        "Karim El Idrissi",
        "Buitenlandredacteur",
        ["buitenland", "politiek"],
        "Karim houdt de internationale ontwikkelingen in de gaten, met extra aandacht voor het "
        "Midden-Oosten en Noord-Afrika. Eerder werkte hij voor een persbureau.",
    ),
    (
        "Sven Baarsma",
        "Sportredacteur",
        ["voetbal", "sport-overig"],
        "Sven zag zijn eerste wedstrijd op zijn vierde vanaf de schouders van zijn vader. Hij schrijft "
        "over voetbal in alle klassen, van het amateurveld tot het grote stadion.",
    ),
    (
        "Lotte Wijnands",
        "Sportredacteur",
        ["wielrennen", "tennis", "sport-overig"],
        "Lotte volgt het wielrennen en het tennis. In het voorjaar staat ze het liefst langs een "
        "kasseistrook, in de zomer langs een gravelbaan.",
    ),
    (
        "Ruben Kooistra",
        "Verslaggever Formule 1",
        ["formule-1", "sport-overig"],
        "Ruben reist het raceseizoen achterna en weet meer over bandenslijtage dan goed voor hem is. "
        "Daarnaast schrijft hij over autosport in de breedte.",
    ),
    (
        "Anouk Meijerink",
        "Economieredacteur",
        ["economie", "slimmer-leven"],
        "Anouk schrijft over bedrijven, werk en geld, en over wat economisch nieuws betekent voor je "
        "eigen portemonnee.",
    ),
    (
        "Thijs Oudshoorn",
        "Techredacteur",
        ["tech", "wetenschap"],
        "Thijs test gadgets, legt uit hoe apps met je gegevens omgaan en waarschuwt voor de nieuwste "
        "trucs van oplichters.",
    ),
    (
        "Noor Bakkali",
        "Klimaat- en wetenschapsredacteur",
        ["klimaat", "wetenschap", "dieren"],
        "Noor studeerde aardwetenschappen en schrijft over weer, klimaat, natuur en onderzoek. Ze "
        "gaat graag mee het veld in met onderzoekers.",
    ),
    (
        "Ilse Brandsma",
        "Cultuurredacteur",
        ["films-en-series", "boek-en-cultuur"],
        "Ilse recenseert films, series en boeken en schrijft over theater en musea. Ze leest elke "
        "week minstens één roman, ook op vakantie.",
    ),
    (
        "Daan Verweij",
        "Muziekredacteur",
        ["muziek", "media"],
        "Daan bezoekt poppodia en festivals door het hele land en schrijft over muziek, van "
        "koorzang tot clubavond.",
    ),
    (
        "Priya Ramdin",
        "Verslaggever media en entertainment",
        ["media", "achterklap", "koningshuis"],
        "Priya volgt omroepen, programmamakers en bekende Nederlanders, en schrijft over de "
        "ceremonies en tradities rond het koningshuis.",
    ),
    (
        "Gert-Jan Smulders",
        "Verslaggever",
        ["algemeen", "opmerkelijk", "goed-nieuws"],
        "Gert-Jan draait vroege en late diensten en is vaak als eerste ter plaatse. Zijn zwak: "
        "verhalen die je niet verzint.",
    ),
    (
        "Eva Terpstra",
        "Redacteur Slimmer Leven",
        ["slimmer-leven", "dieren", "goed-nieuws"],
        "Eva zoekt uit hoe je slimmer kunt leven: goedkoper, gezonder en met minder gedoe. Ze heeft "
        "twee katten en een moestuin die haar weinig tijd laat.",
    ),
]

# --- The page tree ---------------------------------------------------------------------------------

SECTION_INTROS = {
    "Binnenland": "Nieuws uit Nederland: wonen, onderwijs, zorg, vervoer en wat er in gemeenten speelt.",
    "Buitenland": "Nieuws uit de rest van de wereld, met aandacht voor de mensen achter het nieuws.",
    "Algemeen": "Het algemene nieuws van de dag: van stroomstoring tot verkeersdrukte.",
    "Politiek": "Gemeenteraden, provincies en het Binnenhof: wat er besloten wordt en wat het betekent.",
    "Economie": "Bedrijven, werk, geld en de economie van alledag.",
    "Klimaat": "Weer, klimaat, water en energie: hoe ons land zich aanpast.",
    "Tech": "Apps, gadgets, internet en de veiligheid van je gegevens.",
    "Sport": "Uitslagen, verhalen en achtergronden uit de sportwereld.",
    "Voetbal": "Het voetbal van eredivisie tot amateurveld.",
    "Formule 1": "Het raceseizoen: kwalificaties, races en alles wat er in de pitstraat gebeurt.",
    "Wielrennen": "Klassiekers, rondes en het fietsen op de Nederlandse wegen.",
    "Tennis": "Toernooien, talenten en tennis bij de club om de hoek.",
    "Sport Overig": "Hockey, schaatsen, korfbal, darts, zwemmen en meer.",
    "Media en cultuur": "Film, muziek, boeken, media en het leven van bekende Nederlanders.",
    "Films en series": "Recensies en nieuws over films en series.",
    "Muziek": "Nieuwe muziek, concerten en festivals.",
    "Boek en Cultuur": "Boeken, theater, musea en beeldende kunst.",
    "Media": "Omroepen, programma's, podcasts en kijkcijfers.",
    "Achterklap": "Het laatste nieuws over bekende Nederlanders.",
    "Koningshuis": "Tradities, ceremonies en onderscheidingen rond het koningshuis.",
    "Overig": "Alles wat nergens anders past, en dat is vaak het leukste nieuws.",
    "Slimmer Leven": "Praktische tips voor geld, gezondheid, wonen en het dagelijks leven.",
    "Dieren": "Nieuws over huisdieren, wilde dieren en de mensen die voor ze zorgen.",
    "Opmerkelijk": "Nieuws waar je even van opkijkt.",
    "Wetenschap": "Onderzoek en ontdekkingen, helder uitgelegd.",
    "Goed Nieuws": "Omdat er elke dag ook iets goeds gebeurt.",
}

FEATURE_INTROS = {
    "Uit andere media": "Een selectie van opvallende verhalen die andere media vandaag brengen.",
    "Video": "Het nieuws in beeld: korte video's van onze redactie.",
    "Podcast": "Onze podcasts: het nieuws van de dag in twintig minuten, en verhalen om rustig naar te luisteren.",
    "Weer": "De weersverwachting voor vandaag en de komende dagen.",
    "Scorebord": "Uitslagen, standen en programma's van alle competities.",
    "Sportspellen": "Voorspel uitslagen en speel mee met onze sportspellen.",
    "GP-spel": "Stel je eigen raceteam samen en strijd het hele seizoen om de punten.",
    "Tv-gids": "Wat is er vanavond op televisie? Het overzicht van alle zenders.",
    "Community": "Praat mee over het nieuws en stel je vragen aan de redactie.",
    "Het Woord": "Ons dagelijkse woordspel: raad het woord van de dag in zes pogingen.",
    "Factcheck": "Klopt het wat er rondgaat? Onze redactie zoekt het uit.",
    "Spellen": "Puzzels en spellen voor elke dag: sudoku, kruiswoord en meer.",
    "Shop": "Boeken, puzzels en cadeaus uit de winkel van krant.",
}

DOSSIERS_IN_MENU = {
    "Oorlog in Oekraïne": (
        "oekraine",
        "De oorlog in Oekraïne en wat die betekent voor de mensen daar en hier: hulp, opvang en politiek.",
    ),
    "Spanningen Midden-Oosten": (
        "midden-oosten",
        "De spanningen in het Midden-Oosten en de gevolgen voor mensen in de regio en in Nederland.",
    ),
}

# Fictional dossiers under "Dossiers": (title, key, intro, is_active)
EXTRA_DOSSIERS = [
    (
        "Gemeenteraadsverkiezingen Zilverdam",
        "verkiezingen",
        "Zilverdam kiest een nieuwe gemeenteraad. Peilingen, debatten en de standpunten van de partijen.",
        True,
    ),
    (
        "Stormseizoen aan de kust",
        "storm",
        "De herfst- en winterstormen langs de kust: schade, strandsuppleties en de voorbereiding op het volgende seizoen.",
        True,
    ),
    (
        "Dijkversterking Lage Venen",
        "dijken",
        "Waterschap Lage Venen versterkt kilometers dijk. Wat betekent het werk voor bewoners, boeren en natuur?",
        False,
    ),
]

# --- Static pages ----------------------------------------------------------------------------------
# title -> (intro, body HTML). Where the page lives is decided in services.py.

STATIC_PAGES = {
    "Over ons": (
        "krant is een onafhankelijke nieuwssite die elke dag het belangrijkste nieuws brengt, helder en zonder franje.",
        "<p>krant is in 2024 opgericht door een groep journalisten die vonden dat nieuws weer overzichtelijk "
        "moest worden. Geen eindeloze stroom meldingen, maar verhalen die je verder helpen: wat is er gebeurd, "
        "waarom is het belangrijk en wat betekent het voor jou?</p>"
        "<p>Onze redactie werkt vanuit Duinwijk en heeft verslaggevers door het hele land en correspondenten in "
        "het buitenland. We werken dag en nacht, zodat je ook om zes uur 's ochtends weet wat er speelt.</p>"
        "<p>krant is onderdeel van Krant Media B.V. De hoofdredactie is eindverantwoordelijk voor alles wat we "
        "publiceren en werkt onafhankelijk van de commerciële afdelingen van het bedrijf.</p>"
        "<h2>Waar we voor staan</h2>"
        "<p>We controleren wat we publiceren, we maken onderscheid tussen nieuws en mening en we zeggen het "
        "als we een fout hebben gemaakt. Correcties vermelden we onder het artikel waarin de fout stond.</p>",
    ),
    "Colofon": (
        "Wie maakt krant? Hier vind je de redactie, de uitgever en onze gegevens.",
        "<p><b>Uitgever</b><br/>Krant Media B.V.<br/>Postbus 0000<br/>0000 AA Duinwijk</p>"
        "<p><b>Hoofdredactie</b><br/>Hoofdredacteur: Margriet Dolleman<br/>Adjunct-hoofdredacteur: Bas Verschoor</p>"
        "<p><b>Redactie</b><br/>De namen van onze verslaggevers en redacteuren vind je op de pagina Redactie. "
        "Nieuwsberichten zonder naam zijn geschreven door de nieuwsredactie, soms op basis van berichten van "
        "persbureaus.</p>"
        "<p><b>Contact</b><br/>Tips en vragen voor de redactie kun je sturen via het formulier op de pagina "
        "Contact met de redactie. Voor vragen over adverteren kun je terecht bij onze advertentieafdeling.</p>"
        "<p>Deze site is een demonstratie. Alle namen, plaatsen en gebeurtenissen zijn verzonnen.</p>",
    ),
    # The signup form answers at /nieuwsbrieven/ (krant.newsletters); this page is the footer's link to it.
    "Nieuwsbrieven": (
        "Het nieuws van krant in je mailbox: de ochtendbrief, nieuwsalerts en elke vrijdag de sportweek.",
        "<p>Kies uit een ochtendbrief met het belangrijkste nieuws van de nacht, nieuwsalerts bij groot nieuws "
        "en een wekelijkse brief over sport.</p>"
        "<p>We sturen je alleen de nieuwsbrieven waarvoor je je zelf aanmeldt en die je per mail bevestigt. "
        "Afmelden kan altijd met één klik onder aan elke brief.</p>",
    ),
    "Huisregels": (
        "Onder onze artikelen kun je meepraten over het nieuws. Zo houden we het gesprek prettig voor iedereen.",
        "<p>We vinden het waardevol dat lezers reageren op het nieuws, hun kennis delen en vragen stellen. "
        "Om dat gesprek goed te laten verlopen, vragen we iedereen zich aan een paar regels te houden.</p>"
        "<ul><li>Reageer op de inhoud, niet op de persoon.</li>"
        "<li>Geen discriminatie, bedreigingen of scheldwoorden.</li>"
        "<li>Blijf bij het onderwerp van het artikel.</li>"
        "<li>Geen reclame, spam of links naar dubieuze sites.</li>"
        "<li>Deel geen persoonlijke gegevens van jezelf of anderen.</li></ul>"
        "<p>Onze moderatoren lezen mee. Reacties die de regels overtreden, halen we weg. Wie de regels "
        "herhaaldelijk overtreedt, kan niet meer reageren.</p>"
        "<p>Onder sommige artikelen staat de reactiemogelijkheid uit, bijvoorbeeld bij berichten over "
        "overlijdens of rechtszaken. Na een paar dagen sluiten de reacties onder elk artikel vanzelf.</p>",
    ),
    "Copyright": (
        "Alles op krant is met zorg gemaakt en auteursrechtelijk beschermd.",
        "<p>De artikelen, foto's, video's en illustraties op deze site zijn beschermd door het auteursrecht. "
        "Het auteursrecht ligt bij Krant Media B.V. of bij de makers en persbureaus met wie wij samenwerken.</p>"
        "<p>Je mag een link naar onze artikelen delen, met de kop en de eerste zin. Wil je meer overnemen, "
        "bijvoorbeeld een heel artikel of een foto, vraag dan eerst toestemming via het contactformulier.</p>"
        "<p>Denk je dat wij zonder toestemming jouw werk hebben gebruikt? Laat het ons weten. We zoeken het "
        "dan zo snel mogelijk uit.</p>",
    ),
    "Disclaimer": (
        "We doen ons best om juiste en actuele informatie te geven, maar fouten zijn nooit helemaal uit te sluiten.",
        "<p>krant besteedt veel zorg aan de inhoud van deze site. Toch kan het gebeuren dat informatie "
        "onvolledig of niet meer actueel is. Krant Media B.V. is niet aansprakelijk voor schade die ontstaat "
        "door het gebruik van informatie op deze site.</p>"
        "<p>Op onze site staan links naar sites van anderen. Wij zijn niet verantwoordelijk voor de inhoud "
        "van die sites.</p>"
        "<p>Zie je een fout in een artikel? Meld het via de pagina Klachten / Feedback. We passen het artikel "
        "aan en vermelden de correctie onder het artikel.</p>",
    ),
    "Toegankelijkheid": (
        "krant moet voor iedereen te lezen zijn, ook als je slecht ziet of een hulpmiddel gebruikt.",
        "<p>We bouwen onze site volgens de richtlijnen voor digitale toegankelijkheid. Zo kun je de site met "
        "het toetsenbord bedienen, werkt hij met schermlezers en kun je de tekst vergroten zonder dat de "
        "opmaak verloren gaat.</p>"
        "<p>Bij foto's schrijven we een beschrijving, en we letten op voldoende contrast tussen tekst en "
        "achtergrond.</p>"
        "<p>Loop je toch ergens tegenaan? Laat het ons weten via de pagina Klachten / Feedback. We horen "
        "graag waar we de site kunnen verbeteren.</p>",
    ),
    "Adverteren": (
        "Wil je adverteren op krant? Wij denken graag met je mee.",
        "<p>krant wordt elke dag door een groot publiek gelezen. Adverteerders kunnen dat publiek bereiken met "
        "banners, gesponsorde artikelen of een partnerschap rond een evenement.</p>"
        "<p>Advertenties zijn op onze site altijd duidelijk herkenbaar als advertentie. Gesponsorde inhoud "
        "wordt niet door de redactie gemaakt en de redactie beslist zelf waarover zij schrijft.</p>"
        "<p>Voor tarieven en mogelijkheden kun je contact opnemen met de advertentieafdeling van Krant Media "
        "B.V.</p>",
    ),
    "Werken bij": (
        "Wil jij meebouwen aan het nieuws van morgen? Bekijk hoe het is om bij krant te werken.",
        "<p>Bij krant werken journalisten, fotografen, ontwikkelaars en ontwerpers samen aan één doel: het "
        "nieuws zo helder mogelijk brengen. We zijn een kleine organisatie, dus je ideeën worden snel werkelijkheid.</p>"
        "<p>We bieden een prettige werkplek in Duinwijk, de mogelijkheid om deels thuis te werken en tijd "
        "voor opleiding. Stagiairs krijgen een vaste begeleider op de redactie.</p>"
        "<p>Op dit moment hebben we geen openstaande vacatures. Een open sollicitatie is altijd welkom via het "
        "contactformulier.</p>",
    ),
    "Verzekeringvergelijker": (
        "Binnenkort kun je hier verzekeringen vergelijken.",
        "<p>We werken aan een vergelijker waarmee je zorg-, auto- en inboedelverzekeringen naast elkaar kunt "
        "zetten. De vergelijker wordt gemaakt door een onafhankelijke partner; de redactie van krant is er "
        "niet bij betrokken.</p>"
        "<p>Als je via de vergelijker een verzekering afsluit, kan Krant Media B.V. daarvoor een vergoeding "
        "krijgen. Dat heeft geen invloed op de volgorde waarin verzekeringen worden getoond.</p>",
    ),
    "Cookiebeleid": (
        "Welke cookies gebruikt krant en waarom?",
        "<p>Cookies zijn kleine bestanden die een website op je apparaat zet. krant gebruikt alleen cookies "
        "die nodig zijn om de site te laten werken, zoals een cookie dat onthoudt dat je bent ingelogd en een "
        "cookie dat formulieren beveiligt.</p>"
        "<p>We gebruiken geen cookies om je te volgen op andere sites en we plaatsen geen advertentiecookies. "
        "Als dat ooit verandert, vragen we eerst om je toestemming.</p>"
        "<p>Je kunt cookies altijd verwijderen via de instellingen van je browser. Sommige onderdelen van de "
        "site, zoals inloggen, werken dan niet meer.</p>",
    ),
    "Privacybeleid": (
        "Hoe krant omgaat met je persoonsgegevens.",
        "<p>Krant Media B.V. is verantwoordelijk voor de verwerking van persoonsgegevens op deze site. We "
        "verwerken zo min mogelijk gegevens en alleen als daar een goede reden voor is.</p>"
        "<p>Als je een formulier invult, bijvoorbeeld om de redactie een tip te sturen, bewaren we je naam, "
        "e-mailadres en bericht zolang dat nodig is om je bericht af te handelen. Tips behandelen we "
        "vertrouwelijk.</p>"
        "<p>Je hebt het recht je gegevens in te zien, te laten verbeteren of te laten verwijderen. Stuur "
        "daarvoor een bericht via het contactformulier.</p>",
    ),
    "Gebruiksvoorwaarden": (
        "De afspraken die gelden als je krant gebruikt.",
        "<p>Door deze site te gebruiken, ga je akkoord met deze voorwaarden. De artikelen zijn bedoeld voor "
        "persoonlijk gebruik; overnemen mag alleen met toestemming, zoals beschreven op de pagina Copyright.</p>"
        "<p>Als je reageert onder een artikel, houd je je aan de huisregels. Je blijft zelf verantwoordelijk "
        "voor wat je schrijft.</p>"
        "<p>Krant Media B.V. kan deze voorwaarden aanpassen. De nieuwste versie staat altijd op deze pagina.</p>",
    ),
}

# Privacy-instellingen (a ConsentPage: the choices themselves come from krant.core.consent): (intro, body HTML)
CONSENT_PAGE = (
    "Kies welke cookies en diensten van anderen krant mag gebruiken.",
    "<p>Sommige cookies zijn nodig om de site te laten werken; die staan altijd aan. Voor al het andere vragen "
    "we eerst toestemming: statistieken, video's en berichten van sociale media, en advertenties.</p>"
    "<p>Een keuze geldt een jaar en is altijd te wijzigen via de link Privacy-instellingen onderaan elke "
    "pagina. Meer hierover staat in het Cookiebeleid en het Privacybeleid.</p>",
)

# Forms: title -> (intro HTML, thank-you HTML)
FORM_PAGES = {
    "Contact met de redactie": (
        "<p>Heb je een tip, een vraag of een opmerking over een artikel? Laat het de redactie weten. "
        "We lezen alle berichten, maar kunnen niet op elk bericht persoonlijk reageren.</p>"
        "<p>Tips behandelen we vertrouwelijk.</p>",
        "<p>Bedankt voor je bericht. De redactie heeft het ontvangen.</p>",
    ),
    "Klachten / Feedback": (
        "<p>Ben je het niet eens met een artikel, heb je een fout gezien of wil je iets kwijt over de site? "
        "Vul dit formulier in. Een eindredacteur bekijkt je bericht en laat je binnen vijf werkdagen weten "
        "wat we ermee doen.</p>",
        "<p>Bedankt voor je reactie. We nemen binnen vijf werkdagen contact met je op.</p>",
    ),
}

# (label, field type, required)
FORM_FIELDS = [
    ("naam", "singleline", True),
    ("e-mailadres", "email", True),
    ("onderwerp", "singleline", False),
    ("bericht", "multiline", True),
]
FORM_TO = "desk@krant.invalid"
FORM_FROM = "noreply@krant.invalid"
FORM_SUBJECT = "Bericht via de site"

# --- Site settings ---------------------------------------------------------------------------------

SOCIAL = {
    "tiktok_url": "https://www.tiktok.com/@krant-demo",
    "instagram_url": "https://www.instagram.com/krant-demo/",
    "facebook_url": "https://www.facebook.com/krant-demo",
    "youtube_url": "https://www.youtube.com/@krant-demo",
    "x_url": "https://x.com/krant_demo",
}
APP_STORE_URL = "https://apps.apple.com/nl/app/krant-demo/id0000000000"
PLAY_STORE_URL = "https://play.google.com/store/apps/details?id=invalid.krant.demo"
OWNER_LINE = "krant is onderdeel van Krant Media B.V."
KVK_NUMBER = "00000000"
VAT_NUMBER = "NL000000000B01"

# Article extras
SOURCES = ["ANP", "Reuters", "AFP", "eigen berichtgeving"]
UPDATE_NOTES = [
    "Het artikel is aangevuld met een reactie van de gemeente.",
    "Aangevuld met meer achtergrond.",
    "Het artikel is bijgewerkt met de laatste stand van zaken.",
    "Aangevuld met een reactie van betrokkenen.",
]
CORRECTIONS = [
    "In een eerdere versie van dit artikel stond een verkeerde plaatsnaam. Dat is aangepast.",
    "In een eerdere versie stond dat het om een besluit van de provincie ging. Het besluit is genomen "
    "door de gemeente.",
    "Een getal in de tweede alinea was onjuist en is verbeterd.",
    "De naam van een geïnterviewde was verkeerd gespeld. Dat is hersteld.",
]

# Uit andere media: invented outlets on reserved .example domains, which never resolve. Their feeds
# are registered switched off, so the demo never goes to the internet. Per outlet: name, site,
# feed path, and headlines (minutes ago, path, title, summary).
OTHER_MEDIA = [
    (
        "Dagblad De Kade",
        "https://www.dekade.example/",
        "rss/nieuws.xml",
        [
            (
                25,
                "binnenland/veerpont-molenhaven-vaart-weer",
                "Veerpont Molenhaven vaart weer na maand in het dok",
                "Na een grote onderhoudsbeurt ligt de pont weer aan de steiger. Forenzen hoeven niet langer om te rijden via de brug bij Vlietmond.",
            ),
            (
                190,
                "economie/bakkerij-lindeveen-zoekt-personeel",
                "Bakkerij in Lindeveen zoekt nachtwerkers: 'Niemand wil om drie uur op'",
                "De familiebakkerij draait al veertig jaar, maar vindt nauwelijks nog mensen voor de nachtdienst. Ze overweegt later te gaan bakken.",
            ),
            (
                640,
                "cultuur/stadsorkest-speelt-in-lege-fabriekshal",
                "Stadsorkest speelt een avond lang in lege fabriekshal",
                "De akoestiek van de oude weverij verraste de muzikanten. Het concert was binnen een uur uitverkocht.",
            ),
        ],
    ),
    (
        "Omroep Zilverdam",
        "https://omroepzilverdam.example/",
        "feeds/regio.rss",
        [
            (
                55,
                "nieuws/storm-velt-bomen-in-heidestrand",
                "Storm velt tientallen bomen in Heidestrand",
                "Brandweer en gemeente waren de hele nacht bezig om wegen vrij te maken. Er raakte niemand gewond.",
            ),
            (
                320,
                "nieuws/nieuwe-bibliotheek-kraaienburg-open",
                "Nieuwe bibliotheek Kraaienburg open met leeszaal op het dak",
                "Het gebouw in het oude postkantoor heeft een leeszaal met uitzicht over de haven. Bezoekers stonden in de rij bij de opening.",
            ),
            (
                1100,
                "sport/zwemclub-zilverdam-wint-regiotitel",
                "Zwemclub Zilverdam pakt voor het eerst in twintig jaar de regiotitel",
                "De estafetteploeg gaf in de laatste baan de doorslag. De club mag nu naar het landelijke kampioenschap.",
            ),
        ],
    ),
    (
        "Het Polderblad",
        "https://polderblad.example/",
        "feed/",
        [
            (
                95,
                "2026/boeren-berkelmonde-delen-machines",
                "Boeren in Berkelmonde delen voortaan hun machines",
                "Twaalf bedrijven richtten een coöperatie op voor trekkers en oogstmachines. Dat scheelt geld en ruimte op het erf.",
            ),
            (
                480,
                "2026/dorpshuis-duinwijk-blijft-open",
                "Dorpshuis Duinwijk blijft open dankzij vrijwilligers",
                "Een groep bewoners neemt de bar en het beheer over van de gemeente. De eerste maand draait al zonder tekort.",
            ),
            (
                1500,
                "2026/ijsvereniging-hoopt-op-vorst",
                "IJsvereniging Vlietmond heeft de baan klaar en wacht op vorst",
                "De baan is onder water gezet en de lampen hangen. Nu is het wachten op een paar koude nachten.",
            ),
        ],
    ),
    (
        "Vakblad Waterbouw",
        "https://vakblad-waterbouw.example/",
        "nieuws.atom",
        [
            (
                240,
                "artikelen/proef-met-groene-dijk",
                "Proef met begroeide dijk langs het meer levert stevig talud op",
                "Na drie jaar metingen blijkt de dijk met gras en kruiden even sterk als de versterkte stenen dijk ernaast, en goedkoper in onderhoud.",
            ),
            (
                900,
                "artikelen/sluis-zilverdam-krijgt-vispassage",
                "Sluis Zilverdam krijgt een passage voor trekvissen",
                "Paling en spiering kunnen straks langs de sluis zwemmen. De bouw begint na het broedseizoen.",
            ),
        ],
    ),
]

# The newsletter lists: (name, slug, kind, description, schedule and section).
NEWSLETTERS = [
    (
        "Ochtendbrief",
        "ochtendbrief",
        "daily",
        "Elke ochtend om zeven uur: het belangrijkste nieuws van de nacht en wat de dag brengt.",
        {"send_time": time(7, 0)},
    ),
    (
        "Nieuwsalerts",
        "nieuwsalerts",
        "breaking",
        "Groot nieuws, meteen in je mailbox. Alleen als het er echt toe doet.",
        {},
    ),
    (
        "Sport deze week",
        "sport-deze-week",
        "weekly",
        "Elke vrijdagmiddag de sportweek in één mail: uitslagen, verhalen en wat er komt.",
        {"section": "sport", "weekday": 4, "send_time": time(17, 0)},
    ),
]
