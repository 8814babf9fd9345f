"""Article templates for the demo, per section: original Dutch, about invented towns, people and clubs.

Each section has a handful of stories. A story is a dict:

    h      headline           i      intro (one or two sentences)
    p      paragraphs         t      intertitle
    q      optional quote (text, attribution)
    box    optional info box (title, HTML)
    label  optional Label value            dossier  optional dossier key (see texts.py)
    also   optional extra section slugs    scenes   optional image scenes (else the section's)

Templates are filled in with `str.format_map`; the placeholders are listed in `krant.demo.services.context`
(towns, names, numbers) plus the section's own `pools` (clubs, bands ...). A section's `extra`
paragraphs, `quotes`, `intertitles` and `boxes` fit any of its stories and add variety.
"""

SECTIONS = {}

# ---------------------------------------------------------------------------------------------------
SECTIONS["binnenland"] = {
    "scenes": ["polder", "skyline"],
    "pools": {
        "school": [
            "het Duinlyceum",
            "het Vlietcollege",
            "scholengemeenschap De Linde",
            "het Berkelmonde College",
        ],
        "vervoerder": ["Kustlijn Vervoer", "Regiobus Lage Venen", "Spoorlijn Noordkust"],
        "corporatie": ["Woonstichting Thuishaven", "Woongroep De Kade", "Stichting Dijkwonen"],
    },
    "stories": [
        {
            "h": [
                "{corporatie} bouwt {getal} huurwoningen op oud fabrieksterrein in {stad}",
                "Oud fabrieksterrein in {stad} maakt plaats voor {getal} sociale huurwoningen",
            ],
            "i": "{corporatie} gaat op het terrein van een voormalige conservenfabriek in {stad} {getal} sociale "
            "huurwoningen bouwen. De eerste bewoners kunnen er over twee jaar terecht.",
            "p": [
                "Het terrein ligt al jaren braak. De gemeente kocht de grond vorig jaar en zocht sindsdien een partij "
                "die er betaalbare woningen wilde neerzetten. Volgens wethouder {persoon} is de wachttijd voor een "
                "huurwoning in {stad} inmiddels opgelopen tot gemiddeld {klein} jaar.",
                "Het plan bestaat uit drie woonblokken rond een gezamenlijke binnentuin. Een deel van de woningen is "
                "bedoeld voor ouderen die kleiner willen wonen, zodat er elders in de stad eengezinswoningen vrijkomen.",
                "Omwonenden kunnen het ontwerp de komende weken inzien in het gemeentehuis. Er komt ook een "
                "informatieavond, waar de architect vragen beantwoordt over parkeren en de hoogte van de gebouwen.",
            ],
            "t": "Wachtlijst blijft lang",
            "q": (
                "Elke woning die we hier bouwen, is er een voor iemand die nu nog noodgedwongen bij zijn ouders woont.",
                "wethouder {persoon}",
            ),
        },
        {
            "h": [
                "Minder treinen tussen {stad} en {stad2} door werk aan het spoor",
                "Weken minder treinen tussen {stad} en {stad2}: spoor op de schop",
            ],
            "i": "Reizigers tussen {stad} en {stad2} moeten vanaf {dag} rekening houden met minder treinen. "
            "{vervoerder} vervangt op het traject bruggen en wissels.",
            "p": [
                "Tijdens de werkzaamheden rijdt er één trein per uur in plaats van vier. In de avonden en in de "
                "weekenden worden bussen ingezet. Die doen er volgens de dienstregeling zo'n twintig minuten langer "
                "over dan de trein.",
                "Het werk was eerder gepland, maar werd uitgesteld omdat er niet genoeg bussen beschikbaar waren. "
                "Reizigersorganisaties vinden het goed dat het werk nu in één keer wordt gedaan, maar vragen om "
                "duidelijke informatie op de stations.",
                "Wie dagelijks tussen beide plaatsen reist, krijgt het advies de reisplanner kort voor vertrek te "
                "raadplegen. Abonnementhouders kunnen een deel van hun reiskosten terugvragen.",
            ],
            "t": "Bussen als vervanging",
            "box": (
                "Reizen tijdens de werkzaamheden",
                "<p>Er rijdt één trein per uur. Houd rekening met twintig minuten extra reistijd als je met de "
                "vervangende bus reist. Fietsen mogen niet mee in de bus.</p>",
            ),
        },
        {
            "h": [
                "Leerlingen van {school} in {stad} krijgen voortaan les zonder telefoon",
                "{school} in {stad} weert telefoons uit de klas",
            ],
            "i": "{school} in {stad} verbiedt vanaf volgende week telefoons in alle lokalen. Leerlingen leveren "
            "hun toestel 's ochtends in bij hun mentor.",
            "p": [
                "De school experimenteerde vorig schooljaar al in twee klassen met telefoonvrije lessen. Volgens "
                "rector {persoon} waren leerlingen daar geconcentreerder en werd er in de pauzes meer met elkaar gepraat.",
                "Niet alle ouders zijn enthousiast. Sommigen willen hun kind onderweg naar huis kunnen bereiken. De "
                "school zegt dat leerlingen hun telefoon na het laatste lesuur meteen terugkrijgen en dat ouders in "
                "noodgevallen altijd de administratie kunnen bellen.",
                "De leerlingenraad was betrokken bij de nieuwe regels. Die vroeg onder meer om een uitzondering voor "
                "lessen waarin met de telefoon wordt gewerkt, bijvoorbeeld bij het filmen voor het vak kunst.",
            ],
            "t": "Proef in twee klassen",
            "q": (
                "In het begin moest ik er echt aan wennen, maar nu merk ik dat ik in de pauze veel meer lach.",
                "{persoon2}, leerling in de vierde klas",
            ),
        },
        {
            "h": [
                "Huisartsenpost {stad} opent aparte lijn voor vragen zonder spoed",
                "Nieuwe telefoonlijn moet wachttijd bij huisartsenpost {stad} verkorten",
            ],
            "i": "De huisartsenpost in {stad} opent een aparte telefoonlijn voor vragen die niet dringend zijn. "
            "Zo moeten mensen met spoed sneller aan de beurt komen.",
            "p": [
                "Op drukke avonden wachten bellers nu soms langer dan een halfuur. Volgens de huisartsenpost gaat een "
                "groot deel van de gesprekken over vragen die ook de volgende dag door de eigen huisarts kunnen worden "
                "afgehandeld.",
                "Op de nieuwe lijn zitten doktersassistenten die advies geven en zo nodig alsnog een afspraak "
                "inplannen. Wie een levensbedreigende situatie meldt, moet 112 blijven bellen.",
                "De proef duurt een halfjaar. Daarna bekijkt de huisartsenpost samen met de zorgverzekeraars of de "
                "aanpak blijvend wordt.",
            ],
            "t": "Proef van een halfjaar",
            "label": "uitgelegd",
        },
        {
            "h": [
                "Bibliotheek in {stad} gaat ook op zondag open na geslaagde proef",
                "Bibliotheek {stad} blijft op zondag open: vooral studenten en gezinnen komen",
            ],
            "i": "De bibliotheek in {stad} is voortaan ook op zondagmiddag open. Tijdens een proef van drie "
            "maanden kwamen er elke zondag honderden bezoekers.",
            "p": [
                "Vooral gezinnen met jonge kinderen en studenten maakten gebruik van de extra openingstijden. Veel "
                "studenten zeiden thuis geen rustige plek te hebben om te werken.",
                "De zondagsopening wordt betaald uit een potje van de gemeente voor ontmoeting in de wijk. Op zondag "
                "werken er twee medewerkers en een groep vrijwilligers.",
                "Directeur {persoon} wil de komende tijd ook kijken naar langere openingstijden op doordeweekse "
                "avonden. Daarvoor is wel extra geld nodig.",
            ],
            "t": "Studenten zoeken rust",
        },
        {
            "h": [
                "Gemeente {stad} plant {getal} extra bomen in versteende wijken",
                "{stad} wil versteende wijken groener maken met {getal} nieuwe bomen",
            ],
            "i": "De gemeente {stad} plant de komende maanden {getal} bomen in wijken waar nu vooral stenen liggen. Het moet de wijken koeler maken op warme dagen.",
            "p": [
                "Uit metingen van de gemeente blijkt dat het in sommige straten op een warme dag enkele graden warmer is dan in het park even verderop. Vooral wijken uit de jaren zeventig, met veel parkeerplaatsen en weinig groen, warmen snel op.",
                "Bewoners konden zelf plekken voordragen. Op de kaart die de gemeente online zette, kwamen honderden suggesties binnen, van een boom voor de deur tot een complete groenstrook langs een doorgaande weg.",
                "Voor een deel van de bomen verdwijnen parkeerplaatsen. Volgens wethouder {persoon} gaat het om een klein aantal plekken en is er in de wijken genoeg ruimte om uit te wijken.",
            ],
            "t": "Bewoners droegen plekken aan",
            "also": ["klimaat"],
        },
        {
            "h": [
                "Basisscholen in {stad} gaan weer naar het zwembad",
                "Schoolzwemmen keert terug in {stad}: elk kind moet kunnen zwemmen",
            ],
            "i": "Alle basisscholen in {stad} gaan weer zwemles geven onder schooltijd. De gemeente betaalt het vervoer naar het zwembad en de badmeesters.",
            "p": [
                "Het schoolzwemmen verdween jaren geleden door bezuinigingen. Sindsdien was zwemles een zaak van ouders. Volgens de gemeente haalt een groeiend aantal kinderen daardoor geen zwemdiploma.",
                "Vooral voor gezinnen met een krap budget is zwemles duur. Een volledig traject tot het eerste diploma kost al snel honderden euro's.",
                "De lessen beginnen in groep 5. Kinderen die al een diploma hebben, krijgen les in survivalzwemmen en leren wat ze moeten doen als ze in open water terechtkomen.",
            ],
            "t": "Duur voor gezinnen",
            "q": ("In een land met zoveel water hoort elk kind te kunnen zwemmen.", "wethouder {persoon}"),
        },
        {
            "h": [
                "Inwoners van {stad} nemen dorpshuis over van de gemeente",
                "Dorpshuis in {stad} blijft open dankzij vrijwilligers",
            ],
            "i": "Het dorpshuis van {stad} gaat niet dicht. Een groep inwoners neemt het beheer over van de gemeente, die het gebouw wilde verkopen.",
            "p": [
                "In het dorpshuis komen elke week tientallen clubs en verenigingen samen, van de biljartclub tot de peuterspeelzaal. Toen de gemeente aankondigde het gebouw te willen verkopen, kwam het dorp in actie.",
                "De nieuwe stichting huurt het gebouw voor een symbolisch bedrag. In ruil daarvoor betaalt zij zelf het onderhoud en de energie. Met de opbrengst van de bar en de verhuur van zalen moet dat lukken, denkt voorzitter {persoon}.",
                "Er hebben zich al ruim {getal} vrijwilligers gemeld om bardiensten te draaien en klussen te doen.",
            ],
            "t": "Het dorp kwam in actie",
        },
    ],
    "extra": [
        "De gemeenteraad van {stad} bespreekt het onderwerp naar verwachting nog voor de zomer. Verschillende "
        "fracties hebben al laten weten vragen te hebben over de kosten.",
        "Ook in {stad2} en {stad3} wordt naar een vergelijkbare aanpak gekeken. Bestuurders uit de regio willen "
        "hun ervaringen de komende maanden met elkaar delen.",
        "Inwoners met vragen kunnen terecht bij het informatiepunt in het gemeentehuis of op de website van de "
        "gemeente.",
        "Volgens {persoon3}, die namens een bewonersgroep bij de plannen betrokken was, is er goed geluisterd. "
        "'Niet alles is gegaan zoals wij wilden, maar we zijn serieus genomen.'",
    ],
    "intertitles": ["Reacties uit de buurt", "Hoe nu verder?", "Ook elders in de regio"],
    "quotes": [
        (
            "We willen dit samen met de inwoners doen, niet over hun hoofden heen.",
            "{persoon3}, wethouder in {stad2}",
        ),
        ("Het is een begin, maar we zijn er nog lang niet.", "{persoon3}, bewoner van {stad}"),
    ],
    "boxes": [
        (
            "Zo hebben we dit onderzocht",
            "<p>Voor dit artikel sprak de redactie met bewoners, met de gemeente en met de betrokken organisaties. "
            "Niet iedereen wilde met naam in het artikel.</p>",
        ),
    ],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["buitenland"] = {
    "scenes": ["skyline", "heuvels"],
    "pools": {
        "land": ["Valdoria", "Marenland", "Kestorië", "Norvalia"],
        "stichting": ["Stichting Brug naar Oost", "Stichting Waterbron", "Hulpfonds De Vuurtoren"],
    },
    "stories": [
        {
            "h": [
                "Inzameling in {stad} levert {klein} vrachtwagens vol hulpgoederen op voor Oekraïne",
                "{Klein} vrachtwagens met hulpgoederen uit {stad} onderweg naar Oekraïne",
            ],
            "i": "Inwoners van {stad} hebben in twee weken zoveel spullen ingezameld dat er {klein} vrachtwagens "
            "mee gevuld konden worden. De goederen gaan naar opvanglocaties in het westen van Oekraïne.",
            "p": [
                "Het initiatief kwam van {persoon}, die al sinds het begin van de oorlog hulptransporten organiseert "
                "vanuit een loods op het industrieterrein. Dit keer werd vooral gevraagd om winterkleding, dekens, "
                "verbandmiddelen en houdbaar voedsel.",
                "De vrachtwagens worden gereden door vrijwilligers. Zij brengen de spullen naar een verdeelpunt net "
                "over de grens, waar {stichting} de verdere verspreiding regelt.",
                "Volgens de organisatoren is de hulpvaardigheid nog altijd groot, al komt er minder geld binnen dan "
                "in het begin. Met het geld worden vooral de brandstof en de tol voor de vrachtwagens betaald.",
            ],
            "t": "Een loods vol dozen",
            "q": (
                "Mensen komen hier binnen met een tas vol spullen en gaan weg met het gevoel dat ze iets kunnen doen.",
                "{persoon}, organisator",
            ),
            "dossier": "oekraine",
        },
        {
            "h": [
                "Oekraïense gezinnen in {stad} mogen langer blijven in opvang aan de rivier",
                "Opvang voor Oekraïners in {stad} twee jaar verlengd",
            ],
            "i": "De gemeente {stad} verlengt de opvang van Oekraïense vluchtelingen in een voormalig kantoorgebouw "
            "met twee jaar. Er wonen nu zo'n {getal} mensen.",
            "p": [
                "De opvang was aanvankelijk bedoeld als tijdelijke oplossing. Inmiddels gaan de kinderen in de stad "
                "naar school en hebben veel volwassenen werk gevonden, onder meer in de zorg en in de bouw.",
                "Het gebouw wordt de komende maanden opgeknapt. Grote ruimtes worden opgedeeld in kleinere "
                "appartementen met een eigen keuken, zodat gezinnen meer privacy krijgen.",
                "Vrijwilligers uit de buurt organiseren taallessen en een wekelijkse koffieochtend. Volgens "
                "coördinator {persoon2} helpen die ontmoetingen om elkaar beter te leren kennen.",
            ],
            "t": "Kinderen op school in de stad",
            "dossier": "oekraine",
            "also": ["binnenland"],
        },
        {
            "h": "{stichting} uit {stad} stuurt waterfilters naar opvangkampen in het Midden-Oosten",
            "i": "{stichting} uit {stad} verstuurt deze week {groot} waterfilters naar hulporganisaties in het "
            "Midden-Oosten. Schoon drinkwater is in veel opvangkampen schaars.",
            "p": [
                "De filters zijn zo klein dat ze in een rugzak passen. Een gezin kan er volgens de stichting "
                "jarenlang water mee zuiveren, zonder stroom of chemicaliën.",
                "Het transport gaat per vliegtuig naar een verdeelcentrum in de regio. Lokale partners zorgen ervoor "
                "dat de filters terechtkomen bij gezinnen die ze het hardst nodig hebben.",
                "De stichting haalde het geld op met een sponsorloop en giften van scholen en kerken. Voorzitter "
                "{persoon} hoopt dat er later dit jaar een tweede zending kan volgen.",
            ],
            "t": "Klein filter, groot verschil",
            "dossier": "midden-oosten",
        },
        {
            "h": "Studenten uit {stad} keren eerder terug van uitwisseling in het Midden-Oosten",
            "i": "{Klein} studenten van de hogeschool in {stad} zijn eerder teruggekeerd van een uitwisseling in "
            "het Midden-Oosten. De hogeschool schortte het programma op vanwege de spanningen in de regio.",
            "p": [
                "De studenten volgden sinds het begin van het semester vakken aan een partneruniversiteit. Hoewel ze "
                "zich naar eigen zeggen niet direct onveilig voelden, wilde de hogeschool geen risico nemen.",
                "De studenten kunnen hun vakken online afronden. Voor wie daar moeite mee heeft, zoekt de hogeschool "
                "een vervangende stageplek in Nederland.",
                "Student {persoon2} vindt het jammer dat het avontuur zo plotseling is geëindigd. 'Ik heb daar "
                "vrienden gemaakt die ik nu alleen nog via een scherm zie.'",
            ],
            "t": "Vakken online afronden",
            "dossier": "midden-oosten",
        },
        {
            "h": [
                "Overgangsregering in {land} belooft verkiezingen binnen een jaar",
                "{land} heeft weer een regering: premier {buitenlander} belooft snel verkiezingen",
            ],
            "i": "In {land} is na maanden van onderhandelingen een overgangsregering beëdigd. Die belooft binnen "
            "een jaar nieuwe verkiezingen te organiseren.",
            "p": [
                "De vorige regering viel in het voorjaar na een conflict over de begroting. Sindsdien werd het land "
                "bestuurd door een demissionair kabinet dat weinig grote besluiten kon nemen.",
                "De nieuwe premier, de voormalige rechter {buitenlander}, zei bij de beëdiging dat het herstel van "
                "vertrouwen in de politiek voorop staat. Een van de eerste plannen is een onafhankelijke commissie "
                "die de kieswet moet moderniseren.",
                "Buurlanden reageerden opgelucht op de doorbraak. {land} is een belangrijke handelspartner in de "
                "regio, en de langdurige onzekerheid raakte ook de economie.",
            ],
            "t": "Kieswet op de schop",
            "label": "analyse",
        },
        {
            "h": [
                "Bosbranden in het zuiden van {land} na dagen onder controle",
                "Bewoners in {land} mogen terug naar huis na bosbranden",
            ],
            "i": "Brandweerlieden in {land} hebben de bosbranden in het zuiden van het land onder controle. "
            "Duizenden bewoners konden terug naar huis.",
            "p": [
                "De branden woedden bijna een week in een heuvelachtig gebied met veel dennenbossen. Door de droogte "
                "en de harde wind konden de vlammen zich snel verspreiden.",
                "Blusvliegtuigen uit buurlanden hielpen mee. Op het hoogtepunt waren meer dan {groot} brandweerlieden "
                "en vrijwilligers in touw.",
                "De autoriteiten onderzoeken hoe de branden zijn ontstaan. Er wordt ook gekeken naar betere "
                "brandgangen in de bossen, zodat een volgende brand minder ver kan komen.",
            ],
            "t": "Hulp uit de buurlanden",
        },
        {
            "h": [
                "Overstromingen in {land}: duizenden mensen geëvacueerd",
                "Hevige regen zet kustgebied van {land} onder water",
            ],
            "i": "In het kustgebied van {land} zijn na dagen van zware regenval duizenden mensen geëvacueerd. Rivieren traden buiten hun oevers.",
            "p": [
                "In sommige dorpen staat het water tot aan de vensterbanken. Reddingswerkers brengen bewoners met boten naar opvanglocaties in scholen en sporthallen.",
                "De regering heeft in drie provincies de noodtoestand uitgeroepen. Daardoor kan het leger worden ingezet om dijken te versterken en hulpgoederen te verspreiden.",
                "Volgens meteorologen neemt de regen de komende dagen af. De waterstanden blijven voorlopig wel hoog.",
            ],
            "t": "Leger ingezet",
        },
        {
            "h": [
                "Artsen uit {stad} opereren in ziekenhuis in West-Oekraïne",
                "Nederlands medisch team helpt twee weken in Oekraïens ziekenhuis",
            ],
            "i": "Een team van artsen en verpleegkundigen uit {stad} werkt twee weken in een ziekenhuis in het westen van Oekraïne. Ze opereren vooral patiënten die al lang op een behandeling wachten.",
            "p": [
                "Het team bestaat uit {klein} mensen, onder wie chirurgen, anesthesisten en operatieassistenten. Ze nemen voor de reis vrije dagen op.",
                "Het ziekenhuis kampt met een groot tekort aan personeel, omdat veel artsen elders in het land nodig zijn. Daardoor lopen de wachtlijsten voor gewone operaties op.",
                "Chirurg {persoon} ging vorig jaar ook al mee. 'Je ziet hoe dankbaar mensen zijn dat ze eindelijk geholpen worden. Dat maakt elke lange dag de moeite waard.'",
            ],
            "t": "Lange wachtlijsten",
            "dossier": "oekraine",
        },
        {
            "h": [
                "Benefietconcert in {stad} levert geld op voor hulp in het Midden-Oosten",
                "Muzikanten uit {stad} spelen voor noodhulp in het Midden-Oosten",
            ],
            "i": "Een benefietconcert in de kerk van {stad} heeft ruim {groot} euro opgebracht voor noodhulp in het Midden-Oosten. Het geld gaat naar {stichting}.",
            "p": [
                "Koren, een fanfare en een paar bands uit de regio traden belangeloos op. De kerk was tot de laatste plaats gevuld.",
                "Met het geld worden volgens {stichting} voedselpakketten, dekens en medische hulp betaald voor gezinnen die hun huis moesten verlaten.",
                "Organisator {persoon} wilde iets doen tegen het gevoel van machteloosheid. 'Je ziet de beelden en denkt: wat kan ik hier nou aan doen? Dit is tenminste iets.'",
            ],
            "t": "Tegen de machteloosheid",
            "dossier": "midden-oosten",
        },
    ],
    "extra": [
        "De redactie volgt de ontwikkelingen en werkt dit artikel bij zodra er meer bekend is.",
        "Wie wil helpen, doet dat volgens hulporganisaties het best met geld. Daarmee kan ter plaatse precies "
        "worden gekocht wat nodig is.",
    ],
    "intertitles": ["Hoe nu verder?", "Reacties"],
    "quotes": [
        (
            "We kijken vooral naar wat mensen nu nodig hebben, niet naar wat er morgen kan gebeuren.",
            "{persoon3}, hulpverlener",
        )
    ],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["algemeen"] = {
    "scenes": ["polder", "skyline"],
    "pools": {},
    "stories": [
        {
            "h": [
                "Brand in leegstaande boerderij bij {stad} zorgt voor veel rook",
                "Grote brand verwoest leegstaande boerderij bij {stad}",
            ],
            "i": "In een leegstaande boerderij aan de rand van {stad} heeft in de nacht een grote brand gewoed. "
            "Omwonenden kregen het advies ramen en deuren te sluiten.",
            "p": [
                "De brandweer kreeg rond halfdrie de eerste melding. Toen de eerste wagens aankwamen, sloegen de "
                "vlammen al uit het dak. Er waren geen mensen of dieren in het pand.",
                "Door de wind trok de rook richting de woonwijk aan de overkant van de weg. Bewoners kregen een "
                "bericht op hun telefoon met het advies binnen te blijven.",
                "Rond de ochtendspits was het vuur onder controle. De weg langs de boerderij bleef tot het eind van "
                "de ochtend afgesloten. Hoe de brand is ontstaan, wordt onderzocht.",
            ],
            "t": "Rook boven de woonwijk",
        },
        {
            "h": [
                "Lange file na ongeluk met vrachtwagen vol bloembollen bij {stad}",
                "Vrachtwagen met bloembollen kantelt bij {stad}: weg urenlang dicht",
            ],
            "i": "Op de provinciale weg tussen {stad} en {stad2} stond {dag} urenlang een lange file. Een "
            "vrachtwagen met bloembollen was op zijn kant beland.",
            "p": [
                "De chauffeur raakte in een bocht van de weg en kantelde. Hij werd met lichte verwondingen naar het "
                "ziekenhuis gebracht. Er waren geen andere voertuigen bij het ongeluk betrokken.",
                "Duizenden bloembollen lagen over beide rijstroken verspreid. Een bergingsbedrijf was uren bezig om "
                "de lading op te ruimen en de vrachtwagen weer op zijn wielen te zetten.",
                "Verkeer werd omgeleid via {stad3}. Tegen de avond was de weg weer vrij.",
            ],
            "t": "Omleiding via {stad3}",
        },
        {
            "h": [
                "Politie zoekt getuigen na inbraken in tuinhuisjes in {stad}",
                "Reeks inbraken op volkstuinencomplex in {stad}: politie zoekt getuigen",
            ],
            "i": "Op het volkstuinencomplex in {stad} is de afgelopen weken in ruim {getal} tuinhuisjes ingebroken. "
            "De politie vraagt getuigen zich te melden.",
            "p": [
                "De inbrekers gingen er vooral vandoor met gereedschap, tuinslangen en benzine voor grasmaaiers. "
                "Bij een aantal huisjes werden ook ramen vernield.",
                "Tuinders zijn geschrokken. Sommigen nemen hun gereedschap nu elke avond mee naar huis. Het bestuur "
                "van de tuinvereniging overweegt camera's bij de ingang.",
                "De politie vraagt wie iets verdachts heeft gezien, of beelden heeft van een deurbelcamera, contact "
                "op te nemen.",
            ],
            "t": "Tuinders op hun hoede",
            "q": (
                "Je komt hier om tot rust te komen, niet om je zorgen te maken over je schuurtje.",
                "{persoon}, tuinder",
            ),
        },
        {
            "h": [
                "Zwembad in {stad} weken dicht door kapotte luchtbehandeling",
                "Zwemmers in {stad} moeten uitwijken: zwembad weken dicht",
            ],
            "i": "Het overdekte zwembad in {stad} blijft zeker {klein} weken dicht. De installatie die de lucht in "
            "de zwemhal ververst, is kapot.",
            "p": [
                "Het mankement werd ontdekt tijdens een controle. Zonder werkende luchtbehandeling kan de "
                "luchtvochtigheid in de hal te hoog oplopen, wat slecht is voor bezoekers en voor het gebouw.",
                "Zwemverenigingen en scholen moeten tijdelijk uitwijken naar het zwembad in {stad2}. Niet voor "
                "iedereen is daar genoeg ruimte, dus een deel van de zwemlessen vervalt.",
                "Abonnementhouders krijgen hun abonnement verlengd met de periode dat het bad dicht is.",
            ],
            "t": "Uitwijken naar {stad2}",
        },
        {
            "h": [
                "Stroomstoring treft duizenden huishoudens in {stad} en {stad2}",
                "Graafmachine raakt kabel: urenlang geen stroom in {stad}",
            ],
            "i": "Duizenden huishoudens in {stad} en {stad2} zaten {dag} urenlang zonder stroom. Een graafmachine "
            "had een kabel geraakt.",
            "p": [
                "De storing begon rond het middaguur. Ook verkeerslichten vielen uit, waardoor verkeersregelaars "
                "op drukke kruispunten moesten worden ingezet.",
                "Monteurs van de netbeheerder konden de meeste huishoudens binnen twee uur weer van stroom voorzien. "
                "Een klein deel moest tot de avond wachten.",
                "Winkeliers in het centrum van {stad} sloten tijdelijk hun deuren, omdat de kassa's niet werkten.",
            ],
            "t": "Verkeerslichten uitgevallen",
        },
        {
            "h": [
                "Gasleiding geraakt bij graafwerk in {stad}: straat urenlang afgesloten",
                "Bewoners in {stad} even hun huis uit na gaslek",
            ],
            "i": "Bij graafwerkzaamheden in {stad} is {dag} een gasleiding geraakt. Bewoners van {getal} woningen moesten hun huis tijdelijk verlaten.",
            "p": [
                "Een graafmachine raakte de leiding tijdens werk aan het riool. Er ontsnapte gas, waarna de brandweer de straat afzette.",
                "De bewoners werden opgevangen in een buurthuis in de straat ernaast. Na ruim twee uur konden ze terug naar huis.",
                "Monteurs van de netbeheerder hebben de leiding gerepareerd. Er raakte niemand gewond.",
            ],
            "t": "Opvang in het buurthuis",
        },
        {
            "h": [
                "Brug bij {stad} weken dicht voor onderhoud, verkeer moet omrijden",
                "Automobilisten rond {stad} moeten omrijden: brug drie weken dicht",
            ],
            "i": "De brug over het kanaal bij {stad} is vanaf {dag} drie weken afgesloten voor onderhoud. Automobilisten moeten omrijden via {stad2}.",
            "p": [
                "De brug krijgt een nieuw wegdek en de bewegende delen worden vervangen. Het werk kon niet langer worden uitgesteld, laat de provincie weten.",
                "Fietsers en voetgangers kunnen met een pontje naar de overkant. Dat vaart overdag elk kwartier.",
                "De provincie verwacht vooral in de ochtend- en avondspits drukte op de omleidingsroute.",
            ],
            "t": "Pontje voor fietsers",
        },
        {
            "h": [
                "Vermiste wandelaar ({leeftijd}) ongedeerd teruggevonden in bos bij {stad}",
                "Wandelaar na nacht in bos bij {stad} gevonden door speurhond",
            ],
            "i": "Een {leeftijd}-jarige wandelaar die sinds {dag}middag werd vermist, is in een bos bij {stad} teruggevonden. De wandelaar maakt het goed.",
            "p": [
                "Familie sloeg alarm toen de wandelaar niet thuiskwam. De politie zette een drone met warmtecamera in en vrijwilligers kamden het bos uit.",
                "In de vroege ochtend vond een speurhond de wandelaar op een paar kilometer van de parkeerplaats. De wandelaar was de weg kwijtgeraakt en had de nacht in het bos doorgebracht.",
                "De politie bedankt de vele vrijwilligers die hielpen zoeken.",
            ],
            "t": "Speurhond vond het spoor",
        },
    ],
    "extra": [
        "Het is nog niet bekend hoe lang het herstel precies duurt. De gemeente houdt inwoners op de hoogte via "
        "haar website en sociale media.",
        "Een woordvoerder van de veiligheidsregio laat weten dat er geen gevaar is voor de volksgezondheid.",
    ],
    "intertitles": ["Wat gebeurde er?", "Reacties uit de buurt"],
    "quotes": [("Ik hoorde een klap en zag daarna alleen nog maar chaos.", "{persoon3}, ooggetuige")],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["politiek"] = {
    "scenes": ["skyline", "abstract"],
    "pools": {
        "partij": [
            "Stadspartij Zilverdam",
            "Beweging Nieuw Midden",
            "Sociaal Vooruit",
            "Groen Akkoord",
            "Partij voor het Platteland",
        ],
    },
    "stories": [
        {
            "h": [
                "{partij} aan kop in peiling voor verkiezingen in Zilverdam",
                "Peiling Zilverdam: {partij} grootste, {partij2} verliest",
            ],
            "i": "Als er nu gemeenteraadsverkiezingen werden gehouden in Zilverdam, zou {partij} de grootste partij "
            "worden. Dat blijkt uit een peiling in opdracht van de lokale omroep.",
            "p": [
                "De partij komt uit op {klein} van de 37 zetels, meer dan ze nu heeft. {partij2} verliest juist "
                "terrein en zakt naar de derde plaats.",
                "Wonen en bereikbaarheid zijn voor de ondervraagden de belangrijkste onderwerpen. Veel inwoners "
                "maken zich zorgen over de huizenprijzen en over de drukte op de wegen rond het centrum.",
                "Lijsttrekker {persoon} noemt de peiling een steun in de rug, maar waarschuwt dat er nog veel kan "
                "veranderen. Ruim een derde van de kiezers zegt nog niet te weten op wie ze gaan stemmen.",
            ],
            "t": "Wonen belangrijkste onderwerp",
            "dossier": "verkiezingen",
        },
        {
            "h": "Lijsttrekkers in Zilverdam botsen over parkeertarieven in binnenstad",
            "i": "In het eerste lijsttrekkersdebat in Zilverdam ging het vooral over parkeren. {partij} wil de "
            "tarieven verlagen, {partij2} wil juist minder auto's in het centrum.",
            "p": [
                "Het debat in het theater aan de haven trok ruim vierhonderd bezoekers. Ondernemers uit de binnenstad "
                "waren ruim vertegenwoordigd en lieten zich regelmatig horen.",
                "Volgens {persoon} van {partij} jagen de hoge tarieven klanten naar winkelcentra buiten de stad. "
                "{persoon2} van {partij2} wees erop dat juist autoluwe straten meer publiek trekken.",
                "Over de bouw van een nieuwe fietsenstalling bij het station waren de partijen het opvallend eens. "
                "Die moet er volgens alle lijsttrekkers zo snel mogelijk komen.",
            ],
            "t": "Eensgezind over de fiets",
            "q": (
                "Een stad die je alleen met de auto kunt bereiken, is geen stad voor iedereen.",
                "{persoon2}, lijsttrekker",
            ),
            "dossier": "verkiezingen",
        },
        {
            "h": "Kamermeerderheid wil onderzoek naar wachttijden in de jeugdzorg",
            "i": "Een meerderheid in de Tweede Kamer wil een onafhankelijk onderzoek naar de lange wachttijden in de "
            "jeugdzorg. Kamerlid {persoon} van {partij} diende daarover een motie in.",
            "p": [
                "Volgens de indieners wachten gezinnen in sommige regio's maandenlang op hulp. Het onderzoek moet "
                "uitwijzen waar de knelpunten zitten en waarom de verschillen tussen gemeenten zo groot zijn.",
                "Het kabinet ontraadde de motie eerder, omdat er al verschillende onderzoeken lopen. Het moet de "
                "uitslag van de stemming nu wel uitvoeren.",
                "Jeugdzorgorganisaties reageren positief. Zij pleiten al langer voor minder papierwerk, zodat "
                "hulpverleners meer tijd overhouden voor de kinderen zelf.",
            ],
            "t": "Minder papierwerk",
            "label": "analyse",
            "also": ["binnenland"],
        },
        {
            "h": [
                "Provincie trekt {bedrag} euro uit voor veilige fietsroutes naar scholen",
                "{bedrag} euro voor veiliger fietsen naar school",
            ],
            "i": "De provincie investeert de komende vier jaar {bedrag} euro in veilige fietsroutes naar middelbare "
            "scholen. Vooral scholieren op het platteland moeten daarvan profiteren.",
            "p": [
                "Veel scholieren fietsen dagelijks meer dan tien kilometer naar school, vaak over smalle wegen zonder "
                "fietspad. Volgens gedeputeerde {persoon} zijn er op sommige routes gevaarlijke situaties.",
                "Gemeenten kunnen geld aanvragen voor vrijliggende fietspaden, betere verlichting en veiligere "
                "oversteken. De eerste projecten liggen tussen {stad} en {stad2}.",
                "Ouders en scholen mogen zelf plekken aandragen die volgens hen aandacht nodig hebben.",
            ],
            "t": "Ouders mogen meedenken",
        },
        {
            "h": [
                "Gemeenteraad van {stad} stemt in met fusie met {stad2}",
                "{stad} en {stad2} op weg naar één gemeente",
            ],
            "i": "De gemeenteraad van {stad} heeft ingestemd met een fusie met de buurgemeente {stad2}. Als ook "
            "{stad2} akkoord gaat, bestaat de nieuwe gemeente over twee jaar.",
            "p": [
                "Beide gemeenten werken al jaren samen, onder meer op het gebied van afvalinzameling en "
                "sociale zaken. Volgens het college is een fusie de logische volgende stap.",
                "Een deel van de inwoners is bezorgd dat hun dorp in de nieuwe, grotere gemeente minder aandacht "
                "krijgt. Het college belooft dat er in elke kern een loket blijft.",
                "Over de naam van de nieuwe gemeente is nog niets besloten. Inwoners mogen daarover meedenken.",
            ],
            "t": "Zorgen in de dorpen",
        },
        {
            "h": "Gemeenten vragen snel duidelijkheid over opvang van Oekraïners",
            "i": "Gemeenten in de regio rond {stad} vragen het kabinet om snel duidelijkheid over de opvang van "
            "Oekraïense vluchtelingen. Contracten voor opvanglocaties lopen binnenkort af.",
            "p": [
                "Veel opvanglocaties zijn gehuurd voor een beperkte periode. Gemeenten willen weten of ze die "
                "contracten moeten verlengen, en wie dat betaalt.",
                "Burgemeester {persoon} van {stad} zegt dat onduidelijkheid vooral slecht is voor de vluchtelingen "
                "zelf. 'Kinderen zitten hier op school, ouders hebben hier werk. Zij willen weten waar ze aan toe zijn.'",
                "Het ministerie laat weten dat er binnen enkele maanden een besluit komt.",
            ],
            "t": "Contracten lopen af",
            "dossier": "oekraine",
        },
        {
            "h": [
                "Meerderheid in raad {stad} wil vuurwerkvrije zones",
                "Gemeenteraad {stad} wil geen vuurwerk meer in het centrum",
            ],
            "i": "Een meerderheid van de gemeenteraad in {stad} wil vuurwerkvrije zones in het centrum en rond dierenweides. Het college moet met een voorstel komen.",
            "p": [
                "Het initiatief kwam van {partij}. Volgens de partij leidt vuurwerk elk jaar tot schade en overlast, en voelen veel inwoners zich rond de jaarwisseling onveilig.",
                "{partij2} stemde tegen. Die partij vindt dat een verbod moeilijk te handhaven is en dat de politie al genoeg te doen heeft.",
                "Het college komt binnen drie maanden met een uitgewerkt voorstel. Daarin moet ook staan hoe er wordt gecontroleerd.",
            ],
            "t": "Moeilijk te handhaven?",
        },
        {
            "h": [
                "Zilverdam opent stemlokalen op scholen en in de bibliotheek",
                "Opkomst in Zilverdam moet omhoog: stemmen op school en op het station",
            ],
            "i": "Zilverdam wil dat meer mensen gaan stemmen bij de gemeenteraadsverkiezingen. Er komen stemlokalen op middelbare scholen, in de bibliotheek en op het station.",
            "p": [
                "Bij de vorige verkiezingen ging minder dan de helft van de kiesgerechtigden stemmen. Vooral jongeren bleven thuis.",
                "Op scholen worden lessen gegeven over hoe de gemeenteraad werkt. Scholieren die al achttien zijn, kunnen direct na de les stemmen.",
                "Burgemeester {persoon} hoopt dat de maatregelen helpen. 'Democratie werkt alleen als mensen meedoen.'",
            ],
            "t": "Jongeren bleven thuis",
            "dossier": "verkiezingen",
        },
    ],
    "extra": [
        "De gemeenteraad neemt naar verwachting over enkele weken een definitief besluit.",
        "De oppositie wil eerst meer weten over de kosten en vraagt om een doorrekening.",
    ],
    "intertitles": ["Wat zegt de oppositie?", "Hoe nu verder?"],
    "quotes": [
        (
            "Dit is geen besluit van één partij, dit moeten we samen dragen.",
            "{persoon3}, fractievoorzitter",
        )
    ],
    "boxes": [
        (
            "Hoe werkt een motie?",
            "<p>Met een motie spreekt de Kamer of de raad een wens uit. Als een meerderheid voor stemt, wordt van "
            "het bestuur verwacht dat het de motie uitvoert of uitlegt waarom dat niet kan.</p>",
        )
    ],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["economie"] = {
    "scenes": ["skyline", "abstract"],
    "pools": {
        "bedrijf": [
            "Scheepswerf De Hoop",
            "Bakkerij Korenaar",
            "Dagvers Supermarkten",
            "Vlietmond Logistiek",
            "Fietsenfabriek Trapkracht",
        ],
    },
    "stories": [
        {
            "h": [
                "{bedrijf} neemt {getal} mensen extra aan door groeiende vraag",
                "Meer werk bij {bedrijf}: {getal} vacatures in {stad}",
            ],
            "i": "{bedrijf} uit {stad} neemt dit jaar {getal} nieuwe medewerkers in dienst. Het bedrijf heeft meer "
            "orders dan het met de huidige bezetting aankan.",
            "p": [
                "Volgens directeur {persoon} groeit vooral de vraag uit Duitsland en Scandinavië. Het bedrijf draait "
                "nu al regelmatig extra diensten in het weekend.",
                "Het vinden van personeel is niet eenvoudig. {bedrijf} werkt daarom samen met het mbo in de regio: "
                "studenten kunnen tijdens hun opleiding al aan de slag en krijgen na hun diploma een baangarantie.",
                "De uitbreiding kost ook ruimte. Het bedrijf is in gesprek met de gemeente over een tweede hal op "
                "het naastgelegen terrein.",
            ],
            "t": "Samen met het mbo",
        },
        {
            "h": "Haven van Molenhaven verwerkt meer vracht dan ooit",
            "i": "De haven van Molenhaven heeft het afgelopen halfjaar meer vracht verwerkt dan in welk halfjaar ook. "
            "Vooral de overslag van windturbineonderdelen groeide sterk.",
            "p": [
                "De haven heeft zich de afgelopen jaren toegelegd op de bouw van windparken op zee. Grote "
                "onderdelen worden hier opgeslagen en vervolgens met speciale schepen naar zee gebracht.",
                "Havendirecteur {persoon} verwacht dat de groei doorzet. Wel is er een grens: er is nauwelijks nog "
                "ruimte op de kades.",
                "Omwonenden maken zich zorgen over het toenemende vrachtverkeer door de dorpen. De haven onderzoekt "
                "of meer vracht per schip of trein kan worden afgevoerd.",
            ],
            "t": "Kades vol",
            "also": ["klimaat"],
        },
        {
            "h": [
                "Pop-upwinkels zorgen voor minder leegstand in winkelstraat {stad}",
                "Minder lege etalages in {stad} dankzij tijdelijke winkels",
            ],
            "i": "In de winkelstraat van {stad} staan minder panden leeg dan een jaar geleden. Ondernemers kunnen er "
            "tijdelijk een pand huren om te ontdekken of hun winkel aanslaat.",
            "p": [
                "De gemeente en de eigenaren van de panden bedachten de regeling samen. Startende ondernemers betalen "
                "het eerste halfjaar een lage huur; daarna wordt het een gewoon huurcontract.",
                "Van de {klein} winkels die vorig jaar startten, zijn er inmiddels vijf gebleven. Er zitten onder meer "
                "een kaaswinkel, een zaak in tweedehands kleding en een fietsenmaker.",
                "Winkeliersvereniging-voorzitter {persoon} ziet dat de straat weer meer publiek trekt. 'Mensen komen "
                "nieuwsgierig kijken wat er nu weer zit.'",
            ],
            "t": "Eerst een halfjaar proberen",
        },
        {
            "h": "Zuivelcoöperatie betaalt boeren in de regio hogere melkprijs",
            "i": "De zuivelcoöperatie Lage Venen betaalt haar leden volgende maand meer voor hun melk. Volgens de "
            "coöperatie stijgt de vraag naar kaas uit het buitenland.",
            "p": [
                "Voor een gemiddeld melkveebedrijf in de regio betekent de verhoging duizenden euro's extra per jaar. "
                "Boeren hebben dat geld volgens hun belangenvereniging hard nodig na een paar magere jaren.",
                "De coöperatie verwerkt de melk van zo'n {getal2}0 boerenbedrijven. Een groot deel wordt verwerkt tot "
                "kaas die wordt geëxporteerd.",
                "Melkveehouder {persoon} uit {stad} is blij, maar blijft voorzichtig. 'De prijs kan net zo hard weer "
                "zakken. We kijken het eerst een paar maanden aan.'",
            ],
            "t": "Kaas voor het buitenland",
        },
        {
            "h": [
                "Startende ondernemers in {stad} kunnen werkplek huren in oude school",
                "Oude school in {stad} wordt broedplaats voor starters",
            ],
            "i": "In een leegstaand schoolgebouw in {stad} kunnen startende ondernemers voortaan voor weinig geld een "
            "werkplek huren. In de voormalige lokalen zijn {getal} plekken ingericht.",
            "p": [
                "Het initiatief komt van een groep ondernemers die zelf jarenlang vanaf de keukentafel werkte. Zij "
                "wilden een plek waar starters elkaar kunnen helpen.",
                "Naast bureaus is er een werkplaats met gereedschap en een ruimte waar producten kunnen worden "
                "gefotografeerd. In de oude gymzaal worden workshops gegeven.",
                "De gemeente verhuurt het gebouw voor vijf jaar. Daarna wordt gekeken of het een andere bestemming krijgt.",
            ],
            "t": "Een werkplaats in de gymzaal",
        },
        {
            "h": "Huizenprijzen in de regio stijgen minder hard",
            "i": "De prijzen van koophuizen in de regio rond {stad} stijgen minder snel dan vorig jaar. Dat blijkt uit "
            "cijfers van de regionale makelaarsvereniging.",
            "p": [
                "Een gemiddelde woning werd het afgelopen kwartaal {procent} procent duurder dan een jaar eerder. "
                "Vorig jaar lag de stijging nog flink hoger.",
                "Volgens makelaar {persoon} hebben kopers weer iets meer tijd om na te denken. 'Er wordt minder "
                "overboden. Mensen laten vaker een bouwkundige keuring doen.'",
                "Voor starters blijft het lastig. Het aanbod van betaalbare woningen is klein, en veel huizen gaan "
                "nog altijd binnen enkele weken van de hand.",
            ],
            "t": "Minder overbieden",
            "label": "achtergrond",
        },
        {
            "h": [
                "Kaasmakerij uit {stad} verkoopt inmiddels in {klein} landen",
                "Ambachtelijke kaas uit {stad} verovert het buitenland",
            ],
            "i": "Een kleine kaasmakerij uit {stad} verkoopt haar kazen inmiddels in {klein} landen. Het familiebedrijf groeide in vijf jaar van twee naar {getal} medewerkers.",
            "p": [
                "De kaasmakerij werkt met melk van boeren uit de directe omgeving. Volgens eigenaar {persoon} is dat juist in het buitenland een verkoopargument.",
                "De grootste afnemers zitten in Duitsland, België en Scandinavië. Sinds kort gaat er ook kaas naar speciaalzaken in Japan.",
                "Het bedrijf investeert nu in een nieuwe rijpingsruimte, zodat het meer kaas langer kan laten rijpen.",
            ],
            "t": "Melk uit de buurt",
        },
        {
            "h": [
                "Steeds meer winkels in {stad} weigeren contant geld",
                "Alleen nog pinnen in {stad}? Ouderen maken zich zorgen",
            ],
            "i": "In {stad} kun je in steeds meer winkels alleen nog met een pinpas of telefoon betalen. Ouderenorganisaties maken zich zorgen.",
            "p": [
                "Winkeliers zeggen dat contant geld duur en onveilig is. Het geld moet worden geteld en weggebracht, en een kassa vol contanten trekt inbrekers aan.",
                "{persoon} van de plaatselijke ouderenbond wijst erop dat niet iedereen goed overweg kan met pinnen of betalen met de telefoon. 'Voor veel ouderen is contant geld een manier om overzicht te houden.'",
                "De gemeente gaat met winkeliers in gesprek. Ze wil dat er in elk geval in de supermarkten en bij de apotheek contant betaald kan blijven worden.",
            ],
            "t": "Overzicht houden",
        },
    ],
    "extra": [
        "Economen in de regio verwachten dat de groei de komende maanden iets afvlakt, maar zien geen reden tot "
        "zorg.",
        "Ondernemers in de regio noemen het vinden van personeel nog altijd hun grootste uitdaging.",
    ],
    "intertitles": ["Wat betekent dit voor jou?", "De vooruitzichten"],
    "quotes": [
        (
            "Het gaat goed, maar we moeten niet vergeten hoe snel dat kan omslaan.",
            "{persoon3}, ondernemer in {stad2}",
        )
    ],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["klimaat"] = {
    "scenes": ["zee", "polder", "heuvels"],
    "pools": {},
    "stories": [
        {
            "h": "Zware storm zorgt voor omgewaaide bomen in {stad}",
            "i": "Een zware storm heeft in {stad} en omgeving tientallen bomen omvergeblazen. Op "
            "het hoogtepunt werden windstoten van meer dan honderd kilometer per uur gemeten.",
            "p": [
                "De brandweer rukte sinds de vroege ochtend {getal} keer uit voor stormschade. Op verschillende "
                "plekken vielen takken op auto's en fietspaden. Er raakte niemand gewond.",
                "Op het spoor tussen {stad} en {stad2} lag een boom op de bovenleiding, waardoor urenlang geen treinen "
                "reden.",
                "Volgens de gemeente waren veel van de omgewaaide bomen al oud of verzwakt. Alle bomen langs "
                "de doorgaande wegen worden de komende weken extra gecontroleerd.",
            ],
            "t": "Oude bomen extra gecontroleerd",
            "dossier": "storm",
            "also": ["algemeen"],
        },
        {
            "h": "Strand bij {stad} flink afgekalfd na storm, gemeente vult zand aan",
            "i": "De storm van afgelopen dagen heeft een groot deel van het strand bij {stad} weggeslagen. Op "
            "sommige plekken ligt de duinvoet nu bloot.",
            "p": [
                "Strandpaviljoens liepen schade op. Eén trap naar het strand is volledig weggespoeld.",
                "Er komt de komende weken een zandsuppletie: schepen spuiten zand vanaf zee op het strand om de kust "
                "weer op sterkte te brengen.",
                "Volgens de kustbeheerder is de veiligheid van het achterland niet in gevaar geweest. 'Het duin heeft "
                "gedaan waarvoor het er ligt.'",
            ],
            "t": "Zand uit zee",
            "dossier": "storm",
            "box": (
                "Wat is een zandsuppletie?",
                "<p>Bij een suppletie wordt zand van de zeebodem opgezogen en op het strand of vlak voor de kust "
                "gespoten. Zee en wind verdelen het zand daarna verder langs de kust.</p>",
            ),
        },
        {
            "h": [
                "Waterschap Lage Venen begint aan versterking van dijk bij {stad}",
                "Dijk bij {stad} wordt breder en hoger",
            ],
            "i": "Waterschap Lage Venen begint deze maand met het versterken van {getal} kilometer dijk bij {stad}. "
            "Het werk duurt naar verwachting drie jaar.",
            "p": [
                "Uit metingen bleek dat de dijk op sommige plekken niet meer voldoet aan de veiligheidsnormen. Die "
                "normen zijn de afgelopen jaren aangescherpt.",
                "De dijk wordt breder en op enkele plekken hoger. Aan de binnenkant komt een nieuwe sloot die water "
                "opvangt. Bewoners langs de dijk houden hun huis.",
                "Tijdens het werk is de weg op de dijk afgesloten voor doorgaand verkeer. Fietsers kunnen een "
                "tijdelijk fietspad aan de voet van de dijk gebruiken.",
            ],
            "t": "Weg op de dijk dicht",
            "dossier": "dijken",
        },
        {
            "h": [
                "Zonnepanelen op sporthallen in {stad} leveren meer op dan verwacht",
                "Sporthallen in {stad} wekken meer zonnestroom op dan berekend",
            ],
            "i": "De zonnepanelen die vorig jaar op vier sporthallen in {stad} zijn gelegd, hebben {procent} procent "
            "meer stroom opgeleverd dan was berekend.",
            "p": [
                "Het zonnige weer speelde daarbij een rol, maar ook de nieuwe omvormers deden het beter dan gedacht. "
                "De stroom wordt gebruikt voor de verlichting en de douches in de hallen.",
                "Wat over is, gaat naar een buurtbatterij in de wijk. Daardoor kunnen omliggende huizen 's avonds "
                "ook gebruikmaken van de zonnestroom.",
                "De gemeente wil nu ook de daken van scholen en het zwembad vol leggen.",
            ],
            "t": "Buurtbatterij in de wijk",
            "also": ["economie"],
        },
        {
            "h": [
                "Meer zout water in sloten bij {stad}, boeren moeten oppassen",
                "Verzilting bij {stad}: waterschap raadt beregenen met slootwater af",
            ],
            "i": "In de sloten rond {stad} is het water zouter dan normaal. Het waterschap adviseert boeren om hun "
            "land voorlopig niet met slootwater te beregenen.",
            "p": [
                "Door de droogte stroomt er weinig zoet water door de rivieren. Zeewater kan daardoor verder het land "
                "in dringen, ook via het grondwater.",
                "Voor gewassen als aardappelen en bollen is te zout water schadelijk. Boeren in de polder zijn "
                "daarom op zoek naar andere manieren om hun land nat te houden.",
                "Het waterschap laat extra zoet water in vanuit een groot meer en meet dagelijks het zoutgehalte.",
            ],
            "t": "Zeewater dringt het land in",
            "label": "uitgelegd",
        },
        {
            "h": [
                "Boeren bij {stad} proberen gewassen die beter tegen droogte kunnen",
                "Kikkererwten uit de polder: boeren bij {stad} zoeken droogtebestendige gewassen",
            ],
            "i": "Een groep akkerbouwers bij {stad} experimenteert met gewassen die minder water nodig hebben, zoals "
            "gierst en kikkererwten.",
            "p": [
                "De boeren doen mee aan een proef van de landbouwhogeschool. Op proefvelden wordt gekeken welke "
                "gewassen het goed doen op de zware kleigrond in de regio.",
                "Akkerbouwer {persoon} is enthousiast over de eerste oogst. 'Je moet het leren, net als je opa "
                "ooit moest leren hoe je aardappelen teelt.'",
                "Een afnemer is er ook al: een bedrijf in {stad2} maakt van de kikkererwten hummus voor de supermarkt.",
            ],
            "t": "Hummus uit de polder",
        },
        {
            "h": [
                "{stad} geeft subsidie voor regentonnen en groene daken",
                "Tegels eruit, planten erin: {stad} betaalt mee aan groene tuinen",
            ],
            "i": "Inwoners van {stad} kunnen subsidie krijgen voor een regenton, een groen dak of het vervangen van tegels door planten. De gemeente wil zo wateroverlast bij hevige buien voorkomen.",
            "p": [
                "Bij zware regenbuien kan het riool het water in sommige wijken niet aan. Straten en kelders lopen dan onder.",
                "Door regenwater op te vangen in de tuin of op het dak, komt er minder water tegelijk in het riool. Een groen dak houdt bovendien de woning koeler.",
                "De subsidie dekt de helft van de kosten, tot een maximum van enkele honderden euro's. Aanvragen kan via de website van de gemeente.",
            ],
            "t": "Riool kan het niet aan",
        },
        {
            "h": [
                "{groot} huizen in {stad} gaan van het gas af dankzij warmtenet",
                "Restwarmte van fabriek verwarmt straks {groot} woningen in {stad}",
            ],
            "i": "In {stad} worden de komende jaren {groot} woningen aangesloten op een warmtenet. De warmte komt van een fabriek op het industrieterrein.",
            "p": [
                "De fabriek produceert veel restwarmte, die nu nog de lucht in gaat. Via ondergrondse leidingen gaat die warmte straks naar de huizen.",
                "Bewoners hebben dan geen cv-ketel meer nodig. Wel moeten sommige woningen eerst beter worden geïsoleerd.",
                "Niet iedereen is enthousiast. Sommige bewoners zijn bang dat ze straks vastzitten aan één leverancier. De gemeente belooft dat de prijzen worden gecontroleerd.",
            ],
            "t": "Restwarmte van de fabriek",
            "also": ["economie"],
        },
    ],
    "extra": [
        "Weerkundigen verwachten dat dit soort situaties vaker voorkomt door de klimaatverandering.",
        "Het waterschap houdt de situatie nauwlettend in de gaten en informeert bewoners via de eigen website.",
    ],
    "intertitles": ["Wat merk je ervan?", "Vaker te verwachten"],
    "quotes": [
        (
            "We moeten leren leven met meer extremen, zowel te veel als te weinig water.",
            "{persoon3}, dijkgraaf",
        )
    ],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["tech"] = {
    "scenes": ["abstract"],
    "pools": {"techbedrijf": ["Pixelhaven", "Datadijk", "Kustcode", "AppVeen"]},
    "stories": [
        {
            "h": "Oplichters sturen nepberichten namens pakketbezorgers: {klein} manieren om ze te herkennen",
            "i": "Er gaan weer veel nepberichten rond waarin een pakketbezorger om een kleine betaling vraagt. "
            "Wie op de link klikt, loopt het risico zijn bankgegevens kwijt te raken.",
            "p": [
                "De berichten komen via sms of een chatapp en lijken op het eerste gezicht echt. Er staat in dat een "
                "pakket niet kon worden bezorgd en dat er nog een paar euro verzendkosten moet worden betaald.",
                "Echte bezorgers vragen nooit via een sms om geld. Controleer ook het adres van de link: dat wijkt "
                "vaak net een letter af van de echte website.",
                "Heb je al op een link geklikt en je gegevens ingevuld? Neem dan direct contact op met je bank en "
                "doe aangifte bij de politie.",
            ],
            "t": "Klik niet op de link",
            "label": "uitgelegd",
            "box": (
                "Zo herken je een nepbericht",
                "<ul><li>Er wordt haast gemaakt ('binnen 24 uur betalen').</li><li>Het gaat om een klein bedrag."
                "</li><li>De link wijkt af van de echte website.</li><li>Je verwacht helemaal geen pakket.</li></ul>",
            ),
        },
        {
            "h": [
                "Start-up uit {stad} maakt app die vrije parkeerplekken aanwijst",
                "App van {techbedrijf} wijst vrije parkeerplek aan in {stad}",
            ],
            "i": "Het bedrijf {techbedrijf} uit {stad} heeft een app gemaakt die laat zien waar in de binnenstad een "
            "parkeerplek vrij is. De gemeente test de app een halfjaar.",
            "p": [
                "Sensoren in het wegdek meten of er een auto op een plek staat. De app combineert die gegevens met "
                "informatie uit parkeergarages.",
                "Volgens oprichter {persoon} kan de app veel zoekverkeer voorkomen. 'Een flink deel van de auto's in "
                "een binnenstad rijdt rondjes op zoek naar een plek.'",
                "De app verzamelt geen locatiegegevens van gebruikers, zegt het bedrijf. Privacyorganisaties willen "
                "dat graag eerst zelf controleren.",
            ],
            "t": "Sensoren in het wegdek",
        },
        {
            "h": [
                "{stad} test slimme lantaarnpalen die dimmen als er niemand is",
                "Lantaarnpalen in {stad} dimmen als er niemand langskomt",
            ],
            "i": "In twee straten in {stad} staan sinds deze week lantaarnpalen die zelf dimmen als er niemand "
            "langskomt. Zodra een fietser of voetganger nadert, gaat het licht weer vol aan.",
            "p": [
                "De lantaarnpalen hebben een bewegingssensor en ledlampen. Volgens de gemeente kan het "
                "stroomverbruik van de straatverlichting daarmee flink omlaag.",
                "Ook voor dieren is minder licht 's nachts beter. Vleermuizen en nachtvlinders hebben last van fel "
                "kunstlicht.",
                "Bewoners kunnen via een formulier laten weten hoe ze de verlichting ervaren. Pas daarna beslist de "
                "gemeente of er meer straten volgen.",
            ],
            "t": "Minder licht, minder stroom",
            "also": ["klimaat"],
        },
        {
            "h": "Recensie: goedkope e-reader van {techbedrijf} gaat wekenlang mee op één lading",
            "i": "{techbedrijf} brengt een e-reader uit voor minder dan honderd euro. Het apparaat is eenvoudig, "
            "maar doet precies wat het moet doen.",
            "p": [
                "Het scherm is scherp genoeg om prettig te lezen, ook in de zon. Bij weinig licht kun je een "
                "verlichting aanzetten die je zelf warmer of kouder kunt maken.",
                "De accu is het sterkste punt. Na drie weken lezen van zo'n uur per dag stond de batterij nog op "
                "de helft.",
                "Minder goed: de e-reader is niet waterdicht en de winkel in het apparaat is traag. Wie vooral "
                "boeken uit de bibliotheek leent, heeft daar geen last van.",
            ],
            "t": "Niet waterdicht",
            "label": "review",
        },
        {
            "h": [
                "Scholieren in {stad} leren programmeren met zelfgebouwde robots",
                "Robots bouwen in groep 8: scholen in {stad} leren kinderen programmeren",
            ],
            "i": "Op {klein} basisscholen in {stad} bouwen leerlingen van groep 7 en 8 hun eigen robot. Daarmee "
            "leren ze spelenderwijs programmeren.",
            "p": [
                "De robots zijn gemaakt van een simpel bouwpakket met wielen, sensoren en een kleine computer. "
                "Leerlingen programmeren ze met blokjes op een tablet.",
                "Aan het eind van het project houden de scholen een wedstrijd: welke robot rijdt als eerste door "
                "een doolhof?",
                "Het project wordt betaald door een fonds van bedrijven uit de regio, die kinderen al vroeg willen "
                "laten kennismaken met techniek.",
            ],
            "t": "Wedstrijd in het doolhof",
        },
        {
            "h": [
                "Datalek bij leverancier: inwoners van {stad} opgelet voor nepfacturen",
                "Gemeente {stad} waarschuwt voor valse facturen na datalek",
            ],
            "i": "De gemeente {stad} waarschuwt inwoners voor valse facturen en phishingmails. Bij een leverancier van de gemeente zijn gegevens van inwoners buitgemaakt.",
            "p": [
                "Het gaat om namen, adressen en e-mailadressen van mensen die de afgelopen jaren een parkeervergunning aanvroegen. Wachtwoorden en bankgegevens zijn volgens de gemeente niet gelekt.",
                "Criminelen kunnen de gegevens gebruiken om geloofwaardige nepberichten te sturen. De gemeente benadrukt dat zij nooit per e-mail om betaling via een link vraagt.",
                "Het lek is gemeld bij de privacytoezichthouder. De leverancier laat onderzoeken hoe de aanvallers binnen konden komen.",
            ],
            "t": "Nooit betalen via een link",
        },
        {
            "h": [
                "Telefoon vol? Met deze {klein} tips maak je snel ruimte",
                "Zo ruim je je telefoon op: {klein} tips voor meer opslagruimte",
            ],
            "i": "Een volle telefoon is traag en irritant. Met een paar eenvoudige stappen maak je snel weer ruimte vrij.",
            "p": [
                "Begin bij foto's en video's: die nemen vaak de meeste ruimte in. Zet ze op een computer of in de cloud en verwijder ze daarna van je toestel.",
                "Kijk ook in je chatapps. Filmpjes en foto's die je in groepsgesprekken ontvangt, worden vaak automatisch opgeslagen.",
                "Verwijder apps die je al maanden niet hebt gebruikt. Je kunt ze later altijd opnieuw installeren.",
            ],
            "t": "Begin bij foto's",
            "label": "uitgelegd",
        },
        {
            "h": [
                "Ook afgelegen boerderijen bij {stad} hebben nu snel internet",
                "Laatste adressen in buitengebied {stad} aangesloten op glasvezel",
            ],
            "i": "De laatste adressen in het buitengebied van {stad} zijn aangesloten op glasvezel. Daarmee heeft de hele gemeente snel internet.",
            "p": [
                "Voor bewoners van het buitengebied was thuiswerken of online les volgen lang lastig. Het internet via de oude telefoonlijn was traag en viel regelmatig weg.",
                "De aanleg was duur, omdat de boerderijen ver uit elkaar liggen. De provincie en de gemeente betaalden mee.",
                "Melkveehouder {persoon} is blij. 'De melkrobot, de camera's in de stal en de kinderen die thuis huiswerk maken: alles werkt nu tegelijk.'",
            ],
            "t": "Ver uit elkaar",
        },
    ],
    "extra": [
        "Privacydeskundigen raden aan om bij elke nieuwe app kritisch te kijken naar de toestemmingen die hij "
        "vraagt.",
        "Het bedrijf verwacht de komende maanden meer nieuws te kunnen brengen.",
    ],
    "intertitles": ["Wat betekent dit voor jou?", "Kanttekeningen"],
    "quotes": [
        (
            "Techniek moet het leven makkelijker maken, niet ingewikkelder.",
            "{persoon3}, onderzoeker",
        )
    ],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
CLUBS = [
    "FC Duinwijk", "SV Kraaienburg", "Sportclub Lindeveen", "FC Zilverdam",
    "Molenhaven Boys", "VV Berkelmonde", "Heidestrand '08", "Rood-Wit Vlietmond",
]  # fmt: skip

SECTIONS["voetbal"] = {
    "scenes": ["veld"],
    "pools": {"club": CLUBS},
    "stories": [
        {
            "h": [
                "{club} wint met {score} van {club2} en klimt naar de tweede plaats",
                "{club} verslaat {club2} en staat nu tweede",
                "Zege voor {club} in duel met {club2}: {score}",
            ],
            "i": "{club} heeft de uitwedstrijd tegen {club2} gewonnen met {score}. Door de zege stijgt de ploeg naar "
            "de tweede plaats.",
            "p": [
                "{club} begon sterk en kwam al na een kwartier op voorsprong. Spits {persoon} schoot een voorzet van "
                "rechts in één keer binnen.",
                "Na rust kwam {club2} beter in de wedstrijd, maar de verdediging van de bezoekers hield stand. In "
                "de slotfase besliste {persoon2} het duel met een kopbal uit een hoekschop.",
                "Trainer {persoon3} was tevreden over de inzet van de ploeg. 'We hebben laten zien dat we ook "
                "kunnen lijden.'",
            ],
            "t": "Beslissing uit een hoekschop",
        },
        {
            "h": [
                "{club} en {club2} houden elkaar in evenwicht: {gelijk}",
                "Gelijkspel tussen {club} en {club2}: {gelijk}",
                "{club} laat punten liggen tegen {club2}",
            ],
            "i": "{club} en {club2} hebben gelijkgespeeld. Beide ploegen kregen kansen om te winnen, maar geen van "
            "beide wist de beslissing te forceren.",
            "p": [
                "Het was een wedstrijd met twee gezichten. Voor rust was {club} de betere ploeg, na rust nam {club2} "
                "het initiatief.",
                "De grootste kans was in blessuretijd voor {persoon}, die vrij voor de keeper verscheen maar de bal "
                "over schoot.",
                "Door het gelijkspel blijven beide ploegen in de middenmoot steken.",
            ],
            "t": "Grote kans in blessuretijd",
        },
        {
            "h": [
                "Spits {persoon} verlengt contract bij {club} met drie jaar",
                "{club} houdt spits {persoon} binnen",
            ],
            "i": "{persoon} blijft nog zeker drie jaar bij {club}. De spits tekende een nieuw contract, ondanks "
            "belangstelling van andere clubs.",
            "p": [
                "{achternaam} kwam als tiener naar de club en doorliep de hele jeugdopleiding. Dit seizoen maakte "
                "de aanvaller al {klein} doelpunten.",
                "Technisch directeur {persoon2} noemt de verlenging 'een belangrijk signaal'. 'We willen laten zien "
                "dat je bij ons kunt doorgroeien.'",
                "Over de hoogte van het salaris doet de club geen mededelingen.",
            ],
            "t": "Eigen jeugd",
            "q": ("Dit is mijn club. Hier wil ik nog iets moois neerzetten.", "{persoon}"),
        },
        {
            "h": [
                "Trainer {persoon} vertrekt na dit seizoen bij {club}",
                "{club} zoekt nieuwe trainer: {persoon} stopt na dit seizoen",
            ],
            "i": "{persoon} stopt na dit seizoen als trainer van {club}. Club en trainer werden het niet eens over "
            "een nieuw contract.",
            "p": [
                "{achternaam} was vier seizoenen trainer van de club en leidde de ploeg in die tijd naar de "
                "bovenste helft van de ranglijst.",
                "Volgens de club was er geen conflict. 'We hebben allebei het gevoel dat het tijd is voor iets "
                "nieuws', aldus voorzitter {persoon2}.",
                "De club begint direct met de zoektocht naar een opvolger.",
            ],
            "t": "Zoektocht naar opvolger",
        },
        {
            "h": [
                "Vrouwen van {club} voor het eerst in halve finale van de beker",
                "Historische bekerzege voor vrouwen van {club}",
            ],
            "i": "De vrouwen van {club} hebben voor het eerst in de clubgeschiedenis de halve finale van de beker "
            "bereikt. In de kwartfinale werd {club2} verslagen met {score}.",
            "p": [
                "De ploeg speelde voor een recordaantal toeschouwers. Al dagen van tevoren was de tribune uitverkocht.",
                "Aanvoerder {persoon} maakte twee van de doelpunten. 'Dit is waar je als kind van droomt.'",
                "De loting voor de halve finales is volgende week.",
            ],
            "t": "Uitverkochte tribune",
        },
        {
            "h": [
                "Amateurclub in {stad} krijgt na jaren wachten eindelijk kunstgrasveld",
                "Geen afgelaste wedstrijden meer: {club} krijgt kunstgras",
            ],
            "i": "Voetbalvereniging {club} kan na jaren wachten spelen op een nieuw kunstgrasveld. Het oude "
            "grasveld stond bij regen regelmatig onder water.",
            "p": [
                "Door de drassige grond vielen vorig seizoen {klein} wedstrijden uit. De club moest regelmatig "
                "uitwijken naar sportparken in de buurt.",
                "Het nieuwe veld heeft een vulling van kurk in plaats van rubberkorrels. Daarmee voldoet het aan de "
                "nieuwste milieuregels.",
                "De jeugdteams mogen als eersten op het nieuwe veld.",
            ],
            "t": "Geen rubberkorrels",
        },
        {
            "h": [
                "Supporters van {club} zamelen geld in voor overdekte tribune",
                "Fans van {club} bouwen mee aan nieuwe tribune bij jeugdveld",
            ],
            "i": "Supporters van {club} hebben in een paar weken genoeg geld bijeengebracht voor een overdekte tribune bij het jeugdveld.",
            "p": [
                "Ouders en grootouders van jeugdspelers stonden tot nu toe bij elke wedstrijd in de regen. Een groep supporters besloot daar iets aan te doen.",
                "Met een crowdfundingactie, een loterij en een sponsorloop werd ruim {groot} euro opgehaald. Een aannemer uit {stad} bouwt de tribune tegen kostprijs.",
                "Volgens voorzitter {persoon} laat de actie zien hoe betrokken de achterban is. 'Dit is een club van en voor de buurt.'",
            ],
            "t": "Niet meer in de regen",
        },
        {
            "h": [
                "Keeper {persoon} redt punt voor {club} met gestopte strafschop",
                "Gestopte penalty van {persoon} levert {club} punt op tegen {club2}",
            ],
            "i": "Dankzij een gestopte strafschop van doelman {persoon} heeft {club} een punt overgehouden aan de wedstrijd tegen {club2}. Het werd {gelijk}.",
            "p": [
                "In de slotminuut kreeg {club2} een strafschop na een overtreding in het strafschopgebied. {achternaam} koos de goede hoek en tikte de bal om de paal.",
                "Het was niet de eerste keer dit seizoen dat de keeper de ploeg redde. Eerder stopte {achternaam} ook al een strafschop in de uitwedstrijd tegen {club3}.",
                "Trainer {persoon2} was na afloop kritisch over het spel. 'We mogen blij zijn met een punt. Zonder onze keeper hadden we met lege handen gestaan.'",
            ],
            "t": "De goede hoek",
        },
    ],
    "extra": [
        "De competitie gaat volgend weekend verder. {club} speelt dan thuis tegen {club3}.",
        "Op de ranglijst is het verschil tussen de nummers twee en zes nog altijd klein.",
    ],
    "intertitles": ["Het programma", "De ranglijst"],
    "quotes": [("We moeten nu niet naast onze schoenen gaan lopen.", "{persoon3}, trainer van {club}")],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["formule-1"] = {
    "scenes": ["heuvels", "abstract"],
    "pools": {
        "coureur": [
            "Daan Roelofsen",
            "Mateo Ferrante",
            "Lukas Brandt",
            "Oliver Pembroke",
            "Kenji Aramaki",
            "Rafael Montaro",
        ],
        "team": ["Stellar Racing", "Nordkapp Motorsport", "Velocità Rossa", "Kestrel GP"],
        "gp": [
            "Grand Prix van Valmora",
            "Grand Prix van Nordhavn",
            "Grand Prix van Costa Brilla",
            "Grand Prix van Port Alvara",
        ],
    },
    "stories": [
        {
            "h": ["{coureur} wint {gp} na gevecht met {coureur2}", "Zege voor {coureur} in {gp}"],
            "i": "{coureur} heeft de {gp} gewonnen. De coureur van {team} hield {coureur2} in de slotronden met "
            "moeite achter zich.",
            "p": [
                "{coureur} startte vanaf de tweede plaats en nam in de eerste bocht de leiding over. Na de "
                "pitstops kwam {coureur2} op frissere banden snel dichterbij.",
                "In de laatste vijf ronden scheidden de twee nooit meer dan een seconde. Een inhaalpoging in de "
                "laatste ronde mislukte.",
                "Voor {team} is het de beste uitslag van het seizoen tot nu toe.",
            ],
            "t": "Frissere banden",
        },
        {
            "h": ["{coureur} pakt pole position in {gp}", "{coureur} start vooraan in {gp}"],
            "i": "{coureur} start zondag vanaf de eerste plaats in de {gp}. De coureur van {team} was in de "
            "kwalificatie een fractie sneller dan {coureur2}.",
            "p": [
                "Het verschil tussen de nummers een en twee was minder dan een tiende van een seconde. {coureur} "
                "zette de snelste tijd neer in de laatste poging.",
                "Het circuit staat bekend om de moeilijke inhaalmogelijkheden. Een goede startpositie is hier "
                "daarom extra belangrijk.",
                "Voor de race wordt droog en warm weer verwacht.",
            ],
            "t": "Moeilijk inhalen",
        },
        {
            "h": "{team} brengt grote update, {coureur} hoopt op minder bandenslijtage",
            "i": "{team} heeft voor de {gp} een flink aangepaste auto meegenomen. Coureur {coureur} hoopt dat de "
            "wagen daardoor zuiniger omgaat met zijn banden.",
            "p": [
                "De vloer en de voorvleugel zijn vernieuwd. Volgens technisch directeur {buitenlander} moet de auto "
                "daardoor stabieler worden in snelle bochten.",
                "De afgelopen races verloor {coureur} regelmatig tijd in de laatste fase van een stint, als de "
                "banden sleten.",
                "Tijdens de vrije trainingen verzamelt het team gegevens om te zien of de update werkt.",
            ],
            "t": "Nieuwe vloer",
            "label": "achtergrond",
        },
        {
            "h": [
                "Regen gooit roet in het eten bij vrije trainingen voor {gp}",
                "Natte vrije trainingen in {gp}: teams tasten in het duister",
            ],
            "i": "Hevige regenval heeft de vrije trainingen voor de {gp} grotendeels verstoord. Veel teams bleven "
            "binnen in afwachting van beter weer.",
            "p": [
                "Slechts een handvol coureurs reed een tijd. {coureur} was de snelste, maar veel zegt die tijd niet.",
                "Voor de kwalificatie wordt droger weer verwacht. Teams hebben daardoor weinig informatie over "
                "hoe hun auto zich op droge baan gedraagt.",
                "Volgens {coureur2} maakt dat de rest van het weekend onvoorspelbaar. 'Iedereen begint een beetje blind.'",
            ],
            "t": "Weinig informatie",
        },
        {
            "h": [
                "{coureur} krijgt gridstraf na botsing in eerste ronde",
                "Stewards straffen {coureur} na botsing met {coureur2}",
            ],
            "i": "{coureur} moet bij de volgende race vijf plaatsen achteraan starten. De stewards gaven hem de "
            "schuld van een botsing met {coureur2} in de eerste ronde van de {gp}.",
            "p": [
                "De twee raakten elkaar in de eerste bocht. {coureur2} viel uit met een kapotte ophanging.",
                "{coureur} vindt de straf te zwaar. 'Het was een race-incident. Niemand deed het met opzet.'",
                "{team} overweegt geen beroep aan te tekenen.",
            ],
            "t": "Race-incident of schuld?",
        },
        {
            "h": [
                "{coureur} maakt overstap naar {team}",
                "{team} haalt {coureur} binnen voor volgend seizoen",
            ],
            "i": "{coureur} rijdt volgend seizoen voor {team}. De coureur tekende een contract voor twee jaar.",
            "p": [
                "De overstap werd al weken verwacht. {coureur} kon bij het huidige team geen contract krijgen voor meer dan één jaar.",
                "Bij {team} wordt {coureur} teamgenoot van {coureur2}. Het team hoopt met de ervaren coureur de stap naar de top te maken.",
                "Wie de vrijgekomen plek inneemt, is nog niet bekend.",
            ],
            "t": "Contract voor twee jaar",
        },
        {
            "h": [
                "Snelle pitstop helpt {coureur} naar podium in {gp}",
                "Pitcrew van {team} blinkt uit: {coureur} naar het podium",
            ],
            "i": "Een razendsnelle pitstop heeft {coureur} in de {gp} naar de derde plaats geholpen. De monteurs van {team} wisselden de banden in minder dan twee seconden.",
            "p": [
                "Voor de pitstop reed {coureur} nog op de vijfde plaats, vlak achter {coureur2}. Door de snelle wissel kwam de coureur van {team} voor twee concurrenten terug op de baan.",
                "Teambaas {buitenlander} prees de monteurs. 'Zij oefenen dit honderden keren per week. Vandaag zag je waarom.'",
                "Het is het eerste podium in maanden voor het team, dat een moeizaam seizoen achter de rug heeft.",
            ],
            "t": "Honderden keren geoefend",
        },
        {
            "h": [
                "Uitgelegd: waarom {team} zo worstelt met de banden",
                "Waarom krijgt {team} de banden niet op temperatuur?",
            ],
            "i": "Bij elke race valt het weer op: {team} heeft meer moeite dan de concurrentie om de banden op temperatuur te houden. Hoe zit dat?",
            "p": [
                "Banden werken alleen goed binnen een smal temperatuurbereik. Zijn ze te koud, dan hebben ze weinig grip. Zijn ze te warm, dan slijten ze snel.",
                "De auto van {team} is gebouwd voor weinig luchtweerstand. In langzame bochten drukt hij de banden daardoor minder hard op het asfalt, waardoor ze minder opwarmen.",
                "Het team werkt aan aanpassingen, maar een oplossing vraagt tijd. Tot die tijd moet {coureur} vooral op circuits met snelle bochten de kansen pakken.",
            ],
            "t": "Een smal venster",
            "label": "uitgelegd",
        },
    ],
    "extra": [
        "In het kampioenschap is de strijd nog volledig open. De top drie ligt binnen twintig punten van elkaar.",
        "De volgende race staat over twee weken op het programma.",
    ],
    "intertitles": ["Het kampioenschap", "Volgende race"],
    "quotes": [("We hebben nog een lange weg te gaan, maar dit geeft vertrouwen.", "{coureur}")],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["wielrennen"] = {
    "scenes": ["heuvels", "polder"],
    "pools": {
        "renner": [
            "Jelle Vos",
            "Sander Meulenbelt",
            "Luca Bertoni",
            "Tim Ravesteijn",
            "Anouk Kamphuis",
            "Isa van Tol",
        ],
        "ploeg": ["Team Polderwind", "Alto Velo", "Kustland Cycling", "Ploeg De Molen"],
        "koers": [
            "Ronde van de Lage Venen",
            "Omloop van het Duinland",
            "Tour de Valmora",
            "Klassieker van Kraaienburg",
        ],
    },
    "stories": [
        {
            "h": ["{renner} sprint naar ritzege in {koers}", "Massasprint in {koers}: {renner} de snelste"],
            "i": "{renner} van {ploeg} heeft de etappe in de {koers} gewonnen. In een massasprint was de renner "
            "{renner2} net te snel af.",
            "p": [
                "Een vroege vlucht van {klein} renners werd op twintig kilometer van de finish ingelopen. Daarna "
                "namen de sprintersploegen het heft in handen.",
                "{ploeg} bracht {renner} perfect in positie. Op de streep was het verschil een halve wiellengte.",
                "Het klassement verandert niet. Morgen staat een heuvelachtige rit op het programma.",
            ],
            "t": "Perfect afgezet",
        },
        {
            "h": [
                "{renner} neemt leiding over na zware bergrit in {koers}",
                "Nieuwe leider in {koers}: {renner} slaat toe op slotklim",
            ],
            "i": "{renner} is de nieuwe leider in de {koers}. Op de slotklim reed de renner van {ploeg} weg bij "
            "de andere favorieten.",
            "p": [
                "De beslissende aanval volgde op vier kilometer van de top. Alleen {renner2} kon nog even volgen.",
                "De vorige leider verloor ruim een minuut en zakte naar de vierde plaats.",
                "Met nog drie etappes te gaan is de voorsprong van {renner} klein. De tijdrit van zaterdag wordt "
                "waarschijnlijk beslissend.",
            ],
            "t": "Tijdrit beslist",
        },
        {
            "h": [
                "Valpartij in slotkilometer: {renner} moet opgeven in {koers}",
                "{renner} stapt uit {koers} na val in de finale",
            ],
            "i": "{renner} is na een valpartij in de slotkilometer uit de {koers} gestapt. De renner van {ploeg} "
            "liep schaafwonden en een gekneusde schouder op.",
            "p": [
                "De val gebeurde in een bocht op nat wegdek. Meerdere renners gingen onderuit.",
                "Ploegleider {persoon} liet weten dat {renner} geen breuken heeft. 'Maar verder fietsen had geen zin.'",
                "Renners klaagden na afloop over de gevaarlijke finale. De organisatie belooft de situatie te evalueren.",
            ],
            "t": "Kritiek op finale",
        },
        {
            "h": [
                "{ploeg} presenteert ploeg met opvallend veel jonge Nederlanders",
                "{ploeg} kiest voor jeugd: {klein} renners onder de 23",
            ],
            "i": "{ploeg} heeft de selectie voor volgend seizoen gepresenteerd. Er rijden {klein} renners die "
            "jonger zijn dan 23 jaar.",
            "p": [
                "De ploeg kiest bewust voor jong talent. Volgens teammanager {persoon} is dat goedkoper én "
                "duurzamer.",
                "Kopman is {renner}, die vorig jaar opviel in de voorjaarsklassiekers.",
                "De eerste wedstrijd van het seizoen is de {koers}.",
            ],
            "t": "Kopman {renner}",
        },
        {
            "h": [
                "Toertocht in {stad} trekt recordaantal deelnemers",
                "Ruim {groot} fietsers bij toertocht in {stad}",
            ],
            "i": "Aan de jaarlijkse toertocht in {stad} deden dit jaar ruim {groot} fietsers mee. Dat is een record.",
            "p": [
                "Deelnemers konden kiezen uit routes van 40, 80 en 150 kilometer. De langste route voerde langs "
                "dijken en door {stad2}.",
                "De organisatie had extra verzorgingsposten ingericht vanwege het warme weer.",
                "De opbrengst gaat naar een fonds dat fietslessen geeft aan nieuwkomers.",
            ],
            "t": "Fietslessen voor nieuwkomers",
            "q": (
                "De wind was tegen, maar de sfeer was uitstekend.",
                "{persoon}, deelnemer uit {stad3}",
            ),
        },
        {
            "h": [
                "Tijdritzege voor {renner} in {koers}",
                "{renner} wint tijdrit in {koers} en pakt de leiding",
            ],
            "i": "{renner} heeft de tijdrit in de {koers} gewonnen. De renner van {ploeg} was {getal} seconden sneller dan {renner2}.",
            "p": [
                "Het parcours was vlak en winderig. Vooral op het open stuk langs de dijk verloren veel renners tijd.",
                "{renner} begon rustig en versnelde in de tweede helft. Bij elk tussenpunt werd de voorsprong groter.",
                "Door de zege neemt {renner} ook de leiding in het klassement over.",
            ],
            "t": "Wind langs de dijk",
        },
        {
            "h": [
                "{renner} de sterkste in modderige veldrit van {stad}",
                "Veldritzege voor {renner} in {stad}",
            ],
            "i": "{renner} heeft de veldrit in {stad} gewonnen. Op een zwaar, modderig parcours was de renner van {ploeg} de sterkste.",
            "p": [
                "Door de regen van de dagen ervoor lag het parcours er zwaar bij. Veel renners moesten stukken lopen met de fiets op de schouder.",
                "{renner} reed in de derde ronde weg bij {renner2} en gaf de voorsprong niet meer uit handen.",
                "Langs het parcours stonden duizenden toeschouwers, van wie velen de hele dag bleven.",
            ],
            "t": "Fiets op de schouder",
        },
        {
            "h": [
                "Talent {persoon} uit {stad} tekent eerste profcontract bij {ploeg}",
                "{ploeg} contracteert jong talent {persoon}",
            ],
            "i": "{persoon} uit {stad} wordt volgend jaar prof bij {ploeg}. Het talent tekende een contract voor twee jaar.",
            "p": [
                "{achternaam} viel dit jaar op met een reeks ereplaatsen in wedstrijden voor beloften. Vooral in de heuvels is het talent sterk.",
                "Ploegleider {persoon2} wil {achternaam} rustig laten groeien. 'We gaan geen druk opleggen. Het eerste jaar is om te leren.'",
                "{achternaam} fietste als kind al rondjes rond {stad}. 'Ik droomde ervan om ooit prof te worden. Nu gebeurt het echt.'",
            ],
            "t": "Rustig groeien",
        },
    ],
    "extra": [
        "De koers wordt zondag afgesloten met een vlakke rit.",
        "Het peloton krijgt de komende dagen te maken met wisselvallig weer.",
    ],
    "intertitles": ["Het klassement", "Vooruitblik"],
    "quotes": [("Je moet het ook een beetje durven.", "{renner2}")],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["tennis"] = {
    "scenes": ["veld"],
    "pools": {
        "tennisser": [
            "Sanne de Wilde",
            "Elena Marchetti",
            "Tomás Varga",
            "Noah Kessler",
            "Fleur Bakels",
            "Arjen Spaans",
        ],
        "toernooi": [
            "het toernooi van Valmora",
            "het grastoernooi van Duinwijk",
            "de Kustland Open",
            "het indoortoernooi van Nordhavn",
        ],
    },
    "stories": [
        {
            "h": [
                "{tennisser} bereikt kwartfinale op {toernooi}",
                "{tennisser} door naar kwartfinale na zege op {tennisser2}",
            ],
            "i": "{tennisser} staat in de kwartfinale van {toernooi}. In de derde ronde werd {tennisser2} in twee "
            "sets verslagen.",
            "p": [
                "{tennisser} serveerde sterk en kwam de hele wedstrijd niet in de problemen. In beide sets was één "
                "break genoeg.",
                "Het is het beste resultaat van het seizoen. 'Ik voel me steeds beter op de baan', zei de winnaar "
                "na afloop.",
                "In de kwartfinale wacht een zware tegenstander: de nummer twee van het toernooi.",
            ],
            "t": "Eén break per set",
        },
        {
            "h": [
                "{tennisser} verliest na drie sets van {tennisser2}",
                "Einde toernooi voor {tennisser} na driesetter tegen {tennisser2}",
            ],
            "i": "Voor {tennisser} zit {toernooi} erop. Na bijna drie uur tennis ging de wedstrijd tegen "
            "{tennisser2} in drie sets verloren.",
            "p": [
                "{tennisser} won de eerste set, maar kreeg daarna last van de warmte en moest een medische time-out "
                "nemen.",
                "In de beslissende set kwam {tennisser2} snel op voorsprong en gaf die niet meer uit handen.",
                "Volgende week speelt {tennisser} op {toernooi2}.",
            ],
            "t": "Last van de warmte",
        },
        {
            "h": [
                "Jeugdtalent {persoon} uit {stad} wint nationaal kampioenschap",
                "Nationale jeugdtitel voor {persoon} uit {stad}",
            ],
            "i": "De {leeftijdjong}-jarige {persoon} uit {stad} is nationaal jeugdkampioen tennis geworden. In de "
            "finale werd de als eerste geplaatste tegenstander verslagen.",
            "p": [
                "{achternaam} traint vier keer per week bij de tennisclub in {stad} en gaat daarnaast gewoon naar "
                "school.",
                "Volgens trainer {persoon2} valt vooral de rust op. 'Ook als het tegenzit, blijft {achternaam} "
                "nadenken over de volgende bal.'",
                "Met de titel verdient {achternaam} een plek in het nationale jeugdteam.",
            ],
            "t": "Rust op de baan",
        },
        {
            "h": "Tennisclub in {stad} bouwt overkapte banen",
            "i": "Tennisclub {stad} krijgt {klein} overkapte banen. Leden kunnen daardoor ook bij slecht weer buiten "
            "tennissen, zonder last van regen.",
            "p": [
                "De club groeide de afgelopen jaren flink, vooral door de populariteit van padel en tennis onder "
                "jongeren.",
                "De overkapping wordt betaald met een lening en een bijdrage van de gemeente.",
                "De bouw begint binnenkort.",
            ],
            "t": "Groei door jongeren",
        },
        {
            "h": [
                "{tennisser} en {tennisser2} winnen dubbeltitel op {toernooi}",
                "Eerste dubbeltitel voor {tennisser} en {tennisser2}",
            ],
            "i": "{tennisser} en {tennisser2} hebben het dubbelspel op {toernooi} gewonnen. Het is hun eerste titel "
            "als koppel.",
            "p": [
                "Het duo speelt pas sinds dit seizoen samen, maar vond elkaar snel.",
                "In de finale werd een matchpoint tegen weggewerkt. In de beslissende tiebreak was het koppel sterker.",
                "Met de titel stijgen beide spelers op de wereldranglijst voor het dubbelspel.",
            ],
            "t": "Matchpoint weggewerkt",
        },
        {
            "h": [
                "Verrassing op {toernooi}: {tennisser} wint van topfavoriet",
                "{tennisser} stunt tegen nummer één van {toernooi}",
            ],
            "i": "{tennisser} heeft op {toernooi} voor een grote verrassing gezorgd. De als eerste geplaatste {tennisser2} werd in twee sets verslagen.",
            "p": [
                "{tennisser} speelde zonder angst en pakte vroeg in de eerste set een break. Daarna bleef de service ijzersterk.",
                "{tennisser2} had zichtbaar moeite met het tempo en maakte veel onnodige fouten.",
                "Het is de grootste overwinning in de loopbaan van {tennisser}.",
            ],
            "t": "Zonder angst",
        },
        {
            "h": [
                "Tennisclub {stad} legt {klein} padelbanen aan",
                "Padel groeit hard: wachtlijst bij tennisclub in {stad}",
            ],
            "i": "De tennisclub in {stad} legt {klein} padelbanen aan. De vraag naar de sport is zo groot dat er wachtlijsten zijn.",
            "p": [
                "Padel is een mix van tennis en squash en wordt gespeeld op een kleinere baan met glazen wanden. De sport is makkelijk te leren.",
                "Volgens voorzitter {persoon} trekt padel vooral nieuwe leden die nooit eerder tennisten. 'Na een uur kun je al een balletje slaan.'",
                "Voor de nieuwe banen verdwijnen twee oude gravelbanen. Niet alle tennissers zijn daar blij mee.",
            ],
            "t": "Makkelijk te leren",
        },
        {
            "h": ["{tennisser} stopt na lange loopbaan", "Afscheid van {tennisser}: 'Het is mooi geweest'"],
            "i": "{tennisser} stopt aan het eind van het seizoen met tennis. Het wordt een afscheid na een loopbaan van vijftien jaar.",
            "p": [
                "{tennisser} won in die jaren {klein} toernooien en stond jarenlang in de top vijftig van de wereld.",
                "Blessures speelden de laatste jaren steeds vaker op. 'Mijn lichaam gaf de signalen, en ik heb er deze keer naar geluisterd.'",
                "Het laatste toernooi wordt {toernooi2}, waar ooit de eerste titel werd gewonnen.",
            ],
            "t": "Luisteren naar het lichaam",
        },
    ],
    "extra": [
        "Het toernooi wordt gespeeld op gravel, een ondergrond die de lange rally's beloont.",
        "De finales worden zondag gespeeld.",
    ],
    "intertitles": ["Het vervolg", "De ranglijst"],
    "quotes": [("Ik probeer gewoon van elke wedstrijd te genieten.", "{tennisser}")],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["sport-overig"] = {
    "scenes": ["veld", "abstract"],
    "pools": {"hockeyclub": ["HC Duinwijk", "MHC Lindeveen", "HV Kraaienburg", "HC Zilverdam"]},
    "stories": [
        {
            "h": [
                "Hockeysters van {hockeyclub} blijven ongeslagen na zege op {hockeyclub2}",
                "{hockeyclub} wint topper van {hockeyclub2}",
            ],
            "i": "De hockeysters van {hockeyclub} zijn nog altijd ongeslagen. In de topper tegen {hockeyclub2} "
            "werd met {score} gewonnen.",
            "p": [
                "Het was lange tijd spannend. Pas in het laatste kwart besliste {persoon} het duel met een "
                "strafcorner.",
                "Coach {persoon2} prees de verdediging. 'We gaven bijna niets weg.'",
                "{hockeyclub} gaat aan kop met vier punten voorsprong.",
            ],
            "t": "Strafcorner beslist",
        },
        {
            "h": [
                "Schaatser {persoon} rijdt baanrecord op ijsbaan in {stad}",
                "Baanrecord voor {persoon} op de 1500 meter in {stad}",
            ],
            "i": "{persoon} heeft op de ijsbaan van {stad} een baanrecord gereden op de 1500 meter. Het oude record "
            "stond al zes jaar.",
            "p": [
                "De omstandigheden in de ijshal waren ideaal: het ijs was hard en snel. {achternaam} reed vanaf de eerste ronde een hoog tempo.",
                "{achternaam} was zelf verrast. 'Ik wilde vooral mijn techniek testen. Dat het zo hard zou gaan, had ik niet verwacht.'",
                "Volgende maand begint het wereldbekerseizoen. Het baanrecord maakt {achternaam} een kandidaat voor een plek in de ploeg.",
            ],
            "t": "Ideale omstandigheden",
        },
        {
            "h": [
                "Korfbalvereniging uit {stad} promoveert naar de hoofdklasse",
                "Korfballers uit {stad} naar de hoofdklasse",
            ],
            "i": "De korfballers van {stad} spelen volgend seizoen in de hoofdklasse. De promotie werd veiliggesteld "
            "met een zege op de naaste concurrent.",
            "p": [
                "De sporthal was tot de laatste plaats gevuld. Na het laatste fluitsignaal stormden supporters het "
                "veld op.",
                "De vereniging bestaat {getal} jaar en speelde nog nooit zo hoog.",
                "Het bestuur zoekt nu sponsors om het hogere niveau te kunnen betalen.",
            ],
            "t": "Volle sporthal",
        },
        {
            "h": [
                "Darter {persoon} gooit perfecte leg op toernooi in {stad}",
                "Negendarter voor {persoon} in {stad}",
            ],
            "i": "{persoon} heeft op een toernooi in {stad} een perfecte leg gegooid: 501 punten uitgegooid met "
            "negen pijlen.",
            "p": [
                "Het publiek in de feestzaal ging uit zijn dak. Een perfecte leg is zeldzaam, zelfs voor profs.",
                "{achternaam} won het toernooi uiteindelijk ook.",
                "Het prijzengeld gaat volgens {achternaam} naar de jeugdafdeling van de dartsclub.",
            ],
            "t": "Zeldzaam",
        },
        {
            "h": "Zwemmer {persoon} ({leeftijdjong}) scherpt jeugdrecord aan",
            "i": "De {leeftijdjong}-jarige {persoon} heeft het jeugdrecord op de 200 meter vrije slag verbeterd. "
            "Dat gebeurde tijdens een wedstrijd in {stad}.",
            "p": [
                "{achternaam} was ruim een seconde sneller dan het oude record, dat al tien jaar stond.",
                "Trainer {persoon2} ziet een grote toekomst. 'Maar we doen het stap voor stap. Eerst plezier, dan prestaties.'",
                "{achternaam} traint tien keer per week, vaak al om zes uur 's ochtends, voor schooltijd.",
            ],
            "t": "Vroeg uit bed",
        },
        {
            "h": [
                "Volleyballers uit {stad} winnen spektakelstuk na vijf sets",
                "Zege na vijf sets voor volleyballers uit {stad}",
            ],
            "i": "De volleyballers uit {stad} hebben een zinderende wedstrijd gewonnen. In de vijfde set was het verschil slechts twee punten.",
            "p": [
                "De ploeg stond met 2-1 in sets achter, maar knokte zich terug in de wedstrijd.",
                "Spelverdeler {persoon} was de grote uitblinker, met slimme passes en een sterke service.",
                "Door de zege klimt de ploeg naar de derde plaats.",
            ],
            "t": "Terugkomen",
        },
        {
            "h": ["Roeiers uit {stad} pakken nationale titel", "Goud voor de acht van roeivereniging {stad}"],
            "i": "De acht van de roeivereniging uit {stad} is nationaal kampioen geworden. De ploeg won met een halve bootlengte voorsprong.",
            "p": [
                "De finale werd geroeid met harde tegenwind. De ploeg uit {stad} lag vanaf de start voor.",
                "Slagroeier {persoon} noemt de titel 'het mooiste moment uit mijn roeiloopbaan'.",
                "De ploeg traint zes keer per week, vaak al voor zonsopgang.",
            ],
            "t": "Harde tegenwind",
        },
        {
            "h": ["Recorddeelname aan marathon van {stad}", "Marathon van {stad} trekt {groot} lopers"],
            "i": "Aan de marathon van {stad} deden dit jaar {groot} lopers mee. Langs het parcours stonden duizenden toeschouwers.",
            "p": [
                "Winnaar {persoon} liep de hele wedstrijd in de kopgroep en versnelde in de laatste vijf kilometer.",
                "Het weer was ideaal: koel en vrijwel windstil.",
                "Naast de hele marathon konden deelnemers ook een halve marathon of een kwart lopen.",
            ],
            "t": "Ideaal loopweer",
        },
    ],
    "extra": [
        "De competitie gaat na een korte onderbreking verder.",
        "Het bestuur van de bond is blij met de groeiende belangstelling.",
    ],
    "intertitles": ["Het vervolg", "Reacties"],
    "quotes": [("Dit is voor iedereen die ons altijd is blijven steunen.", "{persoon3}")],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["films-en-series"] = {
    "scenes": ["abstract", "skyline"],
    "pools": {
        "film": [
            "De Laatste Veerpont",
            "Zoutwater",
            "Het Huis aan de Dijk",
            "Nachtlicht",
            "Onder de Linden",
        ],
        "serie": ["Vlietmond Noord", "De Kade", "Duinrecherche", "Familie Stroom"],
    },
    "stories": [
        {
            "h": [
                "Recensie: '{film}' is een ingetogen drama over een familie aan de kust",
                "Recensie: '{film}' laat je niet meer los",
            ],
            "i": "In '{film}' keert een vrouw terug naar het kustdorp waar ze opgroeide. Regisseur {persoon} maakte "
            "een stille, maar indringende film.",
            "p": [
                "Het verhaal is eenvoudig: na de dood van haar vader moet de hoofdpersoon het ouderlijk huis "
                "leeghalen. Daarbij komen oude familiegeheimen boven.",
                "De kracht zit in de beelden. Grijze luchten, lege stranden en een huis vol herinneringen vertellen "
                "meer dan de dialogen.",
                "Soms is de film wat traag, maar wie geduld heeft, wordt beloond met een prachtig slot.",
            ],
            "t": "Beelden zeggen meer dan woorden",
            "label": "review",
            "box": (
                "'{film}'",
                "<p>Drama. Vanaf donderdag in de bioscoop. Vier van de vijf sterren.</p>",
            ),
        },
        {
            "h": "Tweede seizoen van '{serie}' komt volgend jaar",
            "i": "De populaire serie '{serie}' krijgt een tweede seizoen. De opnames beginnen binnenkort in {stad}.",
            "p": [
                "Het eerste seizoen werd een verrassend succes. Vooral jongere kijkers ontdekten de serie via de "
                "streamingdienst.",
                "Volgens maker {persoon} gaat het nieuwe seizoen verder waar het eerste ophield. Meer wil de maker nog "
                "niet kwijt.",
                "De hele hoofdcast keert terug, aangevuld met een paar nieuwe gezichten.",
            ],
            "t": "Hele cast keert terug",
        },
        {
            "h": [
                "Filmfestival {stad} opent met première van '{film}'",
                "'{film}' opent filmfestival in {stad}",
            ],
            "i": "Het filmfestival van {stad} opent dit jaar met de Nederlandse première van '{film}'. Het festival "
            "vertoont in tien dagen ruim {getal} films.",
            "p": [
                "Het festival groeide de afgelopen jaren uit tot een belangrijke plek voor jonge filmmakers.",
                "Naast films zijn er gesprekken met makers en workshops voor scholieren.",
                "Kaarten gaan maandag in de verkoop.",
            ],
            "t": "Jonge makers",
        },
        {
            "h": [
                "Opnames voor nieuwe serie zetten haven van {stad} tijdelijk op slot",
                "Haven van {stad} decor voor nieuwe dramaserie",
            ],
            "i": "Een deel van de haven van {stad} is deze week afgesloten voor opnames van een nieuwe dramaserie.",
            "p": [
                "De serie speelt zich af in een vissersdorp in de jaren vijftig. Oude boten zijn speciaal voor de "
                "opnames naar de haven gevaren.",
                "Bewoners mogen als figurant meedoen. Daarvoor meldden zich ruim {groot} mensen aan.",
                "De serie is volgend jaar te zien.",
            ],
            "t": "Figuranten gezocht",
        },
        {
            "h": [
                "Kleine bioscoop in {stad} viert vijftigjarig bestaan met gratis voorstellingen",
                "Filmhuis {stad} bestaat vijftig jaar",
            ],
            "i": "Filmhuis {stad} bestaat vijftig jaar. Dat wordt gevierd met een week gratis voorstellingen.",
            "p": [
                "Het filmhuis begon ooit in een zaaltje boven een café en heeft nu drie zalen.",
                "Bezoekers mochten kiezen welke films er tijdens de feestweek draaien.",
                "Vrijwilliger {persoon} werkt er al dertig jaar. 'Ik heb hier duizenden films gezien.'",
            ],
            "t": "Begonnen boven een café",
        },
        {
            "h": [
                "Recensie: '{serie}' is een spannende misdaadserie met een sterke hoofdrol",
                "Recensie: '{serie}' houdt je tot de laatste aflevering bezig",
            ],
            "i": "In '{serie}' onderzoekt een rechercheur een reeks inbraken in een kustdorp. Wat begint als een routinezaak, wordt al snel persoonlijk.",
            "p": [
                "De serie neemt de tijd voor de personages. Elke bewoner van het dorp lijkt iets te verbergen.",
                "Vooral de hoofdrolspeler maakt indruk: met weinig woorden wordt duidelijk hoe de zaak steeds zwaarder gaat wegen.",
                "Het tempo zakt halverwege wat in, maar de laatste twee afleveringen maken veel goed.",
            ],
            "t": "Iedereen verbergt iets",
            "label": "review",
        },
        {
            "h": [
                "Filmmiddag voor ouderen in {stad} groeit uit tot wekelijkse hit",
                "Ouderen in {stad} gaan elke week samen naar de film",
            ],
            "i": "Wat begon als een eenmalige filmmiddag voor ouderen in {stad}, is uitgegroeid tot een wekelijkse voorstelling met een volle zaal.",
            "p": [
                "Elke dinsdagmiddag draait het filmhuis een klassieker of een recente film. Na afloop is er koffie en wordt er nagepraat.",
                "Volgens organisator {persoon} komen veel bezoekers vooral voor het gezelschap. 'Voor sommigen is dit het enige uitje van de week.'",
                "Het filmhuis regelt samen met vrijwilligers vervoer voor wie slecht ter been is.",
            ],
            "t": "Nagepraat bij de koffie",
        },
        {
            "h": [
                "Korte film van {persoon} uit {stad} in de prijzen",
                "Jonge filmmaker uit {stad} wint prijs met film over opa",
            ],
            "i": "{persoon} uit {stad} heeft een prijs gewonnen met een korte film over een opa die na zijn pensioen leert schilderen.",
            "p": [
                "De film duurt twaalf minuten en werd opgenomen in de schuur van de familie. De hoofdrol wordt gespeeld door de echte opa van de maker.",
                "De jury prees de film om 'de eerlijke blik en de humor'.",
                "Met het prijzengeld wil {achternaam} een volgende film maken.",
            ],
            "t": "Opgenomen in de schuur",
        },
    ],
    "extra": [
        "De film is vanaf donderdag te zien in de bioscoop.",
        "De recensies in het buitenland waren lovend.",
    ],
    "intertitles": ["Oordeel", "Te zien vanaf"],
    "quotes": [("Ik wilde een film maken over wat je achterlaat.", "{persoon}, regisseur")],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["muziek"] = {
    "scenes": ["abstract", "skyline"],
    "pools": {
        "band": [
            "De Nachtvlinders",
            "Zoutwater Collectief",
            "The Polder Kings",
            "Kraaienburg Kwartet",
            "Lichtkogel",
        ],
        "festival": ["Dijkfestival", "Duinklanken", "Kadepop"],
        "zaal": ["poppodium De Kade", "De Loods", "concertzaal Het Anker"],
    },
    "stories": [
        {
            "h": [
                "{band} kondigt nieuw album en clubtour aan",
                "Nieuw album van {band}, tour begint in {zaal}",
            ],
            "i": "{band} brengt over een paar maanden een nieuw album uit. Daarna volgt een tour langs {klein} kleine zalen.",
            "p": [
                "Het album werd opgenomen in een boerderij bij {stad}. Volgens de band klinkt het rauwer dan "
                "voorgaand werk.",
                "De eerste single verschijnt vrijdag.",
                "De tour begint in {zaal}. Kaarten gaan volgende week in de verkoop.",
            ],
            "t": "Opgenomen in een boerderij",
        },
        {
            "h": [
                "Recensie: {band} in {zaal} is een feest van herkenning",
                "Recensie: uitverkocht {zaal} zingt mee met {band}",
            ],
            "i": "{band} speelde gisteravond een uitverkocht concert in {zaal}. Het publiek zong vanaf het eerste "
            "nummer mee.",
            "p": [
                "De setlijst was een mix van oude hits en nummers van het nieuwe album. Vooral de nieuwe nummers klonken live verrassend sterk.",
                "Hoogtepunt was een akoestische versie van de grootste hit, gespeeld midden in de zaal, tussen het publiek.",
                "Alleen het geluid was soms wat te hard, waardoor de teksten verloren gingen. Maar dat deerde niemand.",
            ],
            "t": "Midden in het publiek",
            "label": "review",
        },
        {
            "h": [
                "{festival} maakt eerste namen bekend: {band} is hoofdact",
                "{band} hoofdact op {festival}",
            ],
            "i": "{festival} heeft de eerste artiesten voor de volgende editie bekendgemaakt. {band} is hoofdact.",
            "p": [
                "Het festival vindt plaats in de uiterwaarden bij {stad} en trekt elk jaar tienduizenden bezoekers.",
                "De organisatie belooft meer schaduwplekken en gratis drinkwater, na klachten over de hitte vorig jaar. Ook komen er meer fietsenstallingen.",
                "Later volgen nog tientallen namen. Kaarten zijn vanaf vrijdag te koop.",
            ],
            "t": "Meer schaduw",
        },
        {
            "h": [
                "Muziekschool in {stad} krijgt instrumentenverzameling van overleden musicus",
                "Gitaren, contrabas en piano voor muziekschool {stad}",
            ],
            "i": "De muziekschool in {stad} heeft {getal} instrumenten gekregen uit de nalatenschap van een "
            "plaatselijke musicus.",
            "p": [
                "Het gaat onder meer om gitaren, een contrabas, trompetten en een oude piano. De musicus speelde in een lange loopbaan in tientallen bands en orkesten.",
                "De instrumenten worden uitgeleend aan leerlingen die zelf geen instrument kunnen betalen.",
                "Volgens directeur {persoon} is de gift 'een droom die uitkomt'. 'Er staan kinderen op de wachtlijst die nu eindelijk kunnen beginnen.'",
            ],
            "t": "Uitlenen aan leerlingen",
        },
        {
            "h": "Spontaan optreden van {band} op station {stad} gaat rond op sociale media",
            "i": "Een onaangekondigd optreden van {band} op het station van {stad} wordt massaal gedeeld. Reizigers "
            "bleven staan en misten hun trein.",
            "p": [
                "De band speelde drie nummers op de piano die in de stationshal staat.",
                "Een filmpje van het optreden is inmiddels honderdduizenden keren bekeken.",
                "'We hadden een uur tot onze trein', verklaart de band. 'Wat moet je dan?'",
            ],
            "t": "Piano in de stationshal",
        },
        {
            "h": [
                "Koor uit {stad} wint landelijke korenwedstrijd",
                "Landelijke titel voor koor uit {stad} met zelfgeschreven lied",
            ],
            "i": "Het koor uit {stad} heeft de landelijke korenwedstrijd gewonnen. De jury was vooral onder de indruk van een zelfgeschreven lied.",
            "p": [
                "Het koor bestaat uit {getal} zangers tussen de zeventien en de tachtig jaar. Ze repeteren elke donderdagavond in het dorpshuis.",
                "Het winnende lied gaat over de geschiedenis van de haven van {stad}. Dirigent {persoon} schreef het samen met een paar koorleden.",
                "Met de overwinning verdient het koor een optreden in een grote concertzaal.",
            ],
            "t": "Een lied over de haven",
        },
        {
            "h": [
                "Poppodium in {stad} dreigt te sluiten door geldgebrek",
                "Geldzorgen bij poppodium {stad}: 'Zonder steun gaan de deuren dicht'",
            ],
            "i": "Het poppodium in {stad} heeft financiële problemen. Zonder extra geld moet het over een halfjaar de deuren sluiten.",
            "p": [
                "De kosten voor energie, personeel en artiesten stegen de afgelopen jaren flink. De kaartverkoop hield daar geen gelijke tred mee.",
                "Het podium is een belangrijke plek voor beginnende bands uit de regio. Veel artiesten die nu grote zalen vullen, stonden hier voor het eerst op een echt podium.",
                "Directeur {persoon} gaat in gesprek met de gemeente. Ook start er een actie waarbij bezoekers vriend van het podium kunnen worden.",
            ],
            "t": "Het eerste echte podium",
        },
        {
            "h": ["{band} zingt over opgroeien in {stad}", "Nieuwe single van {band} is ode aan {stad}"],
            "i": "{band} heeft een nieuwe single uitgebracht over opgroeien in {stad}. Het nummer wordt veel gedeeld door inwoners en oud-inwoners.",
            "p": [
                "Het nummer gaat over avonden bij de haven, de eerste brommer en vrienden die wegtrekken naar de grote stad.",
                "Volgens de band is het nummer een ode aan de plek waar alles begon.",
                "In de videoclip zijn herkenbare plekken uit {stad} te zien.",
            ],
            "t": "Waar het begon",
        },
    ],
    "extra": [
        "De band staat dit jaar ook op een aantal festivals.",
        "Kaarten zijn te koop via de website van de zaal.",
    ],
    "intertitles": ["Op tour", "Het album"],
    "quotes": [("Muziek maken is voor ons nog altijd het leukste wat er is.", "{band}")],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["boek-en-cultuur"] = {
    "scenes": ["abstract", "skyline"],
    "pools": {
        "boek": [
            "Het Zwijgen van de Polder",
            "Tussen Eb en Vloed",
            "De Zomer van de Muggen",
            "Licht over Molenhaven",
        ],
        "museum": ["Museum Zilverdam", "het Kustmuseum", "Galerie De Wachttoren"],
    },
    "stories": [
        {
            "h": [
                "Debuutroman '{boek}' van {persoon} genomineerd voor literatuurprijs",
                "Nominatie voor debuut '{boek}'",
            ],
            "i": "'{boek}', de eerste roman van {persoon}, staat op de shortlist van een literaire prijs voor debutanten.",
            "p": [
                "De roman vertelt het verhaal van drie generaties vrouwen in een dorp aan de rivier, van de watersnood tot nu.",
                "De jury noemt het boek 'overtuigend en ontroerend' en prijst de manier waarop {achternaam} het dorp tot leven wekt.",
                "De winnaar wordt over twee weken bekendgemaakt. Aan de prijs zijn een geldbedrag en een verblijf in een schrijvershuis verbonden.",
            ],
            "t": "Drie generaties",
        },
        {
            "h": [
                "{museum} haalt zeldzame zeekaarten uit het depot",
                "Eeuwenoude zeekaarten te zien in {museum}",
            ],
            "i": "{museum} toont vanaf zaterdag een verzameling zeldzame zeekaarten die jarenlang in het depot lagen.",
            "p": [
                "De oudste kaart is meer dan driehonderd jaar oud. Hij laat een kustlijn zien die er nu heel anders uitziet.",
                "Restauratoren werkten maandenlang aan de kaarten.",
                "Bezoekers kunnen met een vergrootglas de kleinste details bekijken.",
            ],
            "t": "Jarenlang in het depot",
        },
        {
            "h": [
                "Recensie: '{boek}' is een meeslepend verhaal over opgroeien",
                "Recensie: '{boek}' lees je in één adem uit",
            ],
            "i": "In '{boek}' beschrijft {persoon} een zomer vol vriendschap en verlies. Een boek om in één keer uit te lezen.",
            "p": [
                "De hoofdpersoon is twaalf als haar beste vriend verhuist. De zomer die volgt, verandert alles.",
                "De schrijver weet de gevoelens van een kind treffend te vangen.",
                "Niet elk zijpad is nodig, maar dat is een kleine smet.",
            ],
            "t": "Treffend",
            "label": "review",
        },
        {
            "h": [
                "Theater in {stad} zoekt inwoners voor voorstelling over geschiedenis van de stad",
                "Inwoners van {stad} spelen eigen geschiedenis na",
            ],
            "i": "Het theater in {stad} zoekt inwoners die willen meespelen in een voorstelling over de geschiedenis "
            "van de stad. Ervaring is niet nodig.",
            "p": [
                "De voorstelling wordt gespeeld in de open lucht, op het plein voor het stadhuis.",
                "Regisseur {persoon} zoekt vooral mensen met verhalen. 'Iedereen in deze stad heeft er een.'",
                "De repetities beginnen binnenkort.",
            ],
            "t": "Iedereen heeft een verhaal",
        },
        {
            "h": [
                "Boekhandel in {stad} na sluiting overgenomen door lezers",
                "Lezers redden enige boekhandel van {stad}",
            ],
            "i": "De enige boekhandel van {stad} gaat toch niet dicht. Een groep van ruim {groot} lezers neemt de "
            "winkel over als coöperatie.",
            "p": [
                "De vorige eigenaar ging met pensioen en vond geen opvolger. Toen de sluiting werd aangekondigd, begon een groep vaste klanten een actie om de winkel te redden.",
                "Leden betalen een eenmalige inleg en krijgen korting op hun boeken. Ook kunnen ze meebeslissen over activiteiten, zoals lezingen en een leesclub.",
                "De winkel wordt gerund door een bedrijfsleider en een groep vrijwilligers.",
            ],
            "t": "Coöperatie",
        },
        {
            "h": [
                "Kunstroute {stad}: {getal} ateliers open voor publiek",
                "Kunstenaars in {stad} openen hun atelier",
            ],
            "i": "Tijdens de kunstroute in {stad} openen {getal} kunstenaars dit weekend hun atelier voor publiek.",
            "p": [
                "Bezoekers volgen een route langs ateliers, schuren en woonkamers. Er is schilderkunst, keramiek, fotografie en beeldhouwwerk te zien.",
                "Organisator {persoon} ziet de route als een manier om kunst dichterbij te brengen. 'Je ziet niet alleen het werk, maar ook waar en hoe het gemaakt wordt.'",
                "De route is gratis. Een plattegrond is verkrijgbaar bij de bibliotheek.",
            ],
            "t": "Kunst dichtbij",
        },
        {
            "h": ["Kinderboekenprijs voor '{boek}' van {persoon}", "{persoon} wint prijs voor kinderboek"],
            "i": "{persoon} heeft een prijs gewonnen voor het kinderboek '{boek}'. Een kinderjury koos het boek uit twaalf genomineerden.",
            "p": [
                "Het boek gaat over een kind dat in een oude vuurtoren woont en bevriend raakt met een meeuw.",
                "De kinderjury noemde het boek 'grappig en een beetje spannend'.",
                "{achternaam} gaat de komende weken langs scholen om eruit voor te lezen.",
            ],
            "t": "Gekozen door kinderen",
        },
        {
            "h": [
                "Oud stadhuis van {stad} wordt cultureel centrum",
                "Leegstaand stadhuis in {stad} krijgt nieuw leven als cultuurhuis",
            ],
            "i": "Het oude stadhuis van {stad} wordt een cultureel centrum, met ruimte voor muziekles, exposities en een kleine theaterzaal.",
            "p": [
                "Het monumentale gebouw staat al jaren leeg, sinds de gemeente naar een nieuw kantoor verhuisde.",
                "De verbouwing begint volgend jaar en duurt ongeveer anderhalf jaar. Het historische interieur blijft zoveel mogelijk behouden.",
                "Verenigingen uit {stad} kunnen zich al melden als toekomstige gebruiker.",
            ],
            "t": "Historisch interieur",
        },
    ],
    "extra": [
        "Het boek is verschenen bij een kleine uitgeverij.",
        "De tentoonstelling is tot het eind van het jaar te zien.",
    ],
    "intertitles": ["Het oordeel", "Praktisch"],
    "quotes": [("Een stad zonder boekwinkel is een stad zonder hart.", "{persoon3}")],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["media"] = {
    "scenes": ["abstract", "skyline"],
    "pools": {
        "omroep": ["Omroep Kustland", "Radio Duinwijk", "TV Lage Venen"],
        "programma": ["Laat op de Kade", "Ochtend aan Zee", "Het Dijkgesprek", "De Puzzelpolder"],
    },
    "stories": [
        {
            "h": [
                "Talkshow '{programma}' verhuist naar de vroege avond",
                "'{programma}' voortaan al om zeven uur",
            ],
            "i": "'{programma}' van {omroep} is vanaf volgende maand al om zeven uur te zien. De talkshow was tot "
            "nu toe een laatavondprogramma.",
            "p": [
                "De omroep hoopt zo een groter en jonger publiek te bereiken. Op het late tijdstip keken vooral vaste kijkers, en dat werden er langzaam minder.",
                "Presentator {persoon} vindt de verhuizing 'spannend, maar vooral leuk'. 'We worden wat luchtiger, maar de gesprekken blijven serieus.'",
                "De vaste rubrieken blijven, waaronder de wekelijkse column van een schrijver.",
            ],
            "t": "Vaste rubrieken blijven",
        },
        {
            "h": [
                "{omroep} zoekt nieuwe presentator voor ochtendprogramma",
                "{persoon} stopt met '{programma}', {omroep} zoekt opvolger",
            ],
            "i": "{omroep} is op zoek naar een nieuwe presentator voor het ochtendprogramma '{programma}'. "
            "{persoon} stopt na tien jaar.",
            "p": [
                "{achternaam} presenteerde het programma tien jaar lang elke ochtend. 'Ik heb genoten, maar ik wil weer eens uitslapen en meer tijd voor mijn gezin.'",
                "Het programma wordt dagelijks door tienduizenden luisteraars gevolgd en is een van de best beluisterde programma's van de omroep.",
                "De omroep hoopt binnen een paar maanden een opvolger te hebben. Tot die tijd nemen vaste invallers het over.",
            ],
            "t": "Na tien jaar",
        },
        {
            "h": [
                "Lokale omroep in {stad} bestaat veertig jaar",
                "Veertig jaar lokale omroep in {stad}: jubileumdag vol live-uitzendingen",
            ],
            "i": "De lokale omroep van {stad} bestaat veertig jaar. Dat wordt gevierd met een jubileumdag vol "
            "live-uitzendingen.",
            "p": [
                "De omroep draait volledig op vrijwilligers. Sommigen zijn er al sinds de eerste uitzending bij, anderen zijn scholieren die er hun eerste ervaring opdoen.",
                "Tijdens de jubileumdag zijn oud-presentatoren te gast en worden oude fragmenten uit het archief uitgezonden.",
                "Volgens voorzitter {persoon} is lokale journalistiek belangrijker dan ooit. 'Als wij niet naar de gemeenteraad gaan, doet niemand het.'",
            ],
            "t": "Draait op vrijwilligers",
        },
        {
            "h": [
                "Finale van '{programma}' best bekeken programma van het weekend",
                "Kijkcijfers: finale '{programma}' trekt ruim een miljoen kijkers",
            ],
            "i": "De finale van '{programma}' was het best bekeken programma van het weekend.",
            "p": [
                "Ruim een miljoen mensen keken live mee, en daarna nog eens honderdduizenden via de app.",
                "Het programma groeide in de loop van het seizoen gestaag.",
                "Een nieuw seizoen is al aangekondigd.",
            ],
            "t": "Nieuw seizoen",
        },
        {
            "h": [
                "Podcast uit {stad} over oude misdaadzaken schiet naar top van hitlijst",
                "Zolderpodcast uit {stad} bovenaan de hitlijst",
            ],
            "i": "Een podcast van twee inwoners van {stad} over oude misdaadzaken uit de regio staat bovenaan de "
            "podcasthitlijst.",
            "p": [
                "De makers doken in de archieven van rechtbanken en kranten en spraken met betrokkenen, van oud-rechercheurs tot buurtbewoners van toen.",
                "Ze maakten de podcast in hun vrije tijd, vanaf een zolderkamer. 'We hadden nooit gedacht dat zoveel mensen zouden luisteren', zegt maker {persoon}.",
                "Een tweede seizoen is in de maak.",
            ],
            "t": "Vanaf een zolderkamer",
        },
        {
            "h": [
                "{omroep} en regionale krant bundelen krachten",
                "Regionale media in {stad} gaan samenwerken",
            ],
            "i": "{omroep} en de regionale krant gaan samenwerken. Verslaggevers gaan verhalen delen en samen onderzoek doen.",
            "p": [
                "Beide media zien hun inkomsten onder druk staan. Door samen te werken, kunnen ze meer verslaggevers op straat houden.",
                "De redacties blijven wel zelfstandig. Elk medium bepaalt zelf wat het publiceert.",
                "Volgens hoofdredacteur {persoon} is de samenwerking goed voor lezers en kijkers. 'Meer ogen en oren in de regio.'",
            ],
            "t": "Zelfstandige redacties",
        },
        {
            "h": [
                "'{programma}' terug op televisie met nieuw decor",
                "Nieuw seizoen '{programma}' begint met verrassende gast",
            ],
            "i": "'{programma}' van {omroep} is terug voor een nieuw seizoen. In de eerste aflevering zat een verrassende gast aan tafel.",
            "p": [
                "Het programma kreeg een nieuw decor en een nieuwe tune, maar de vaste onderdelen bleven.",
                "De eerste aflevering trok ruim een half miljoen kijkers.",
                "Presentator {persoon} is blij met de reacties. 'Het voelt als thuiskomen.'",
            ],
            "t": "Nieuw decor",
        },
        {
            "h": [
                "Scholieren in {stad} maken eigen journaal",
                "Leerlingen in {stad} presenteren nieuwsuitzending bij lokale omroep",
            ],
            "i": "Leerlingen van een middelbare school in {stad} maken elke maand een eigen nieuwsuitzending. Die is te zien bij de lokale omroep.",
            "p": [
                "De scholieren bedenken zelf de onderwerpen, filmen en monteren. Ze worden begeleid door journalisten van de omroep.",
                "Volgens docent {persoon} leren de leerlingen zo kritisch naar nieuws te kijken.",
                "De eerste uitzending ging over de fietsenstalling van de school, die al jaren te klein is.",
            ],
            "t": "Zelf filmen en monteren",
        },
    ],
    "extra": [
        "De omroep wil verder niet ingaan op de plannen.",
        "Het programma is terug te kijken via de app.",
    ],
    "intertitles": ["Kijkcijfers", "Reacties"],
    "quotes": [("Televisie maken blijft teamwerk.", "{persoon3}, eindredacteur")],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["achterklap"] = {
    "scenes": ["abstract"],
    "pools": {"beroep": ["presentator", "cabaretier", "artiest", "tv-maker"]},
    "stories": [
        {
            "h": [
                "{Beroep} {persoon} en partner verwachten eerste kind",
                "{persoon} en {persoon2} worden ouders",
            ],
            "i": "{Beroep} {persoon} en partner {persoon2} verwachten hun eerste kind. Het stel maakte het "
            "nieuws bekend via sociale media.",
            "p": [
                "De baby wordt over een paar maanden verwacht. Het stel deelde een foto van een echo met de tekst 'Binnenkort met z'n drieën'.",
                "De twee zijn sinds drie jaar samen en wonen in {stad}. Ze leerden elkaar kennen tijdens de opnames van een televisieprogramma.",
                "Collega's en fans reageerden massaal met felicitaties.",
            ],
            "t": "Felicitaties",
        },
        {
            "h": [
                "{Beroep} {persoon} trouwt in kasteeltuin bij {stad}",
                "Jawoord voor {persoon} in kasteeltuin",
            ],
            "i": "{persoon} is getrouwd. De ceremonie vond plaats in de tuin van een kasteel bij {stad}.",
            "p": [
                "De ceremonie vond plaats onder een grote eik in de kasteeltuin. Er waren zo'n honderd gasten, onder wie veel bekende collega's.",
                "Het feest ging door tot diep in de nacht. Volgens gasten stond de bruidstaart in het teken van de plek waar het stel elkaar ontmoette: een kermis.",
                "De huwelijksreis gaat naar Scandinavië.",
            ],
            "t": "Honderd gasten",
        },
        {
            "h": [
                "{Beroep} {persoon} schrijft boek over jeugd in {stad}",
                "{persoon} blikt in boek terug op jeugd in {stad}",
            ],
            "i": "{persoon} heeft een boek geschreven over opgroeien in {stad}. Het verschijnt volgende maand.",
            "p": [
                "In het boek beschrijft {achternaam} de zomers bij de grootouders, de moeilijke jaren op de middelbare school en de eerste stappen op het podium.",
                "'Het was confronterend om alles terug te lezen', vertelt {achternaam}. 'Ik heb dingen opgeschreven die ik nooit eerder aan iemand had verteld.'",
                "De boekpresentatie is in de bibliotheek van {stad}, de plek waar {achternaam} als kind de meeste tijd doorbracht.",
            ],
            "t": "Confronterend",
        },
        {
            "h": [
                "Cabaretier {persoon} stopt na twintig jaar met theatertours",
                "Laatste theatertour voor cabaretier {persoon}",
            ],
            "i": "{persoon} stopt met theatertours. De huidige voorstelling wordt de laatste.",
            "p": [
                "{achternaam} wil zich voortaan richten op schrijven en op televisie. 'Twintig jaar elke avond in een andere stad, dat is mooi, maar ook zwaar.'",
                "De laatste voorstellingen zijn al uitverkocht. Er worden extra data toegevoegd in de grote theaters.",
                "'Ik stop op mijn hoogtepunt', aldus de cabaretier. 'Dat is beter dan dat het publiek zegt: was maar eerder gestopt.'",
            ],
            "t": "Extra voorstellingen",
        },
        {
            "h": [
                "{persoon} en {persoon2} samen te zien in nieuwe kerstfilm",
                "Opnames kerstfilm met {persoon} en {persoon2} begonnen in {stad}",
            ],
            "i": "{persoon} en {persoon2} spelen de hoofdrollen in een nieuwe kerstfilm. De opnames zijn deze week "
            "begonnen in {stad}.",
            "p": [
                "De film gaat over twee vreemden die op kerstavond vast komen te zitten in een wegrestaurant, als een sneeuwstorm alle wegen blokkeert.",
                "Het is de eerste keer dat de twee samen voor de camera staan. Op sociale media deelden ze al een foto van de set, vol nepsneeuw.",
                "De film is vanaf december in de bioscoop te zien.",
            ],
            "t": "Vast in de sneeuw",
        },
        {
            "h": [
                "{Beroep} {persoon} verhuist naar boerderij bij {stad}",
                "{persoon} ruilt de stad in voor boerderij bij {stad}",
            ],
            "i": "{persoon} heeft een boerderij gekocht bij {stad}. De {beroep} wil er rust vinden tussen de drukke werkzaamheden door.",
            "p": [
                "Bij de boerderij horen een grote moestuin en een boomgaard.",
                "'Ik wilde altijd al kippen', vertelt {achternaam} in een interview met een tijdschrift.",
                "De verbouwing duurt nog een paar maanden.",
            ],
            "t": "Kippen en een moestuin",
        },
        {
            "h": ["{Beroep} {persoon} wint dansprogramma", "Winst in dansshow voor {beroep} {persoon}"],
            "i": "{persoon} heeft het dansprogramma op televisie gewonnen. In de finale was de jury unaniem.",
            "p": [
                "{achternaam} had nooit eerder gedanst. 'De eerste weken had ik overal spierpijn.'",
                "De finale werd door ruim een miljoen mensen bekeken.",
                "Het prijzengeld gaat naar een goed doel.",
            ],
            "t": "Overal spierpijn",
        },
        {
            "h": [
                "{persoon} en {persoon2} presenteren samen nieuwe quiz",
                "Nieuwe quiz met {persoon} en {persoon2}",
            ],
            "i": "{persoon} en {persoon2} gaan samen een nieuwe quiz presenteren. Het programma is vanaf volgende maand te zien.",
            "p": [
                "In de quiz nemen families het tegen elkaar op.",
                "De twee kennen elkaar al jaren. 'We hebben eindelijk een excuus om samen te werken.'",
                "De opnames zijn inmiddels begonnen.",
            ],
            "t": "Families tegen elkaar",
        },
    ],
    "extra": [
        "Een woordvoerder wilde het nieuws niet verder toelichten.",
        "Fans reageerden enthousiast op het nieuws.",
    ],
    "intertitles": ["Reacties", "Eerder"],
    "quotes": [("We zijn heel gelukkig.", "{persoon}")],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["koningshuis"] = {
    "scenes": ["skyline", "polder"],
    "pools": {"museum": ["Museum Zilverdam", "het Kustmuseum", "het Rijtuigmuseum Oudewaard"]},
    "stories": [
        {
            "h": [
                "Bakkerij in {stad} mag zich voortaan hofleverancier noemen",
                "Bakkerij {achternaam} in {stad} wordt hofleverancier",
            ],
            "i": "Bakkerij {achternaam} in {stad} heeft het predicaat hofleverancier gekregen. Het familiebedrijf "
            "bestaat meer dan honderd jaar.",
            "p": [
                "Het predicaat is een erkenning voor bedrijven die minstens honderd jaar bestaan, een goede naam hebben en belangrijk zijn in hun regio. De bakkerij mag voortaan het koninklijk wapen op de gevel en de verpakkingen voeren.",
                "Het familiebedrijf wordt inmiddels door de vierde generatie gerund. De overgrootvader van de huidige eigenaar begon ooit met een houtoven achter het woonhuis; die oven staat er nog steeds, al wordt er niet meer in gebakken.",
                "Eigenaar {persoon} hoorde het nieuws tijdens het deeg kneden. 'Ik moest even gaan zitten. Dit is niet alleen voor ons, maar ook voor alle medewerkers en klanten die ons al die jaren trouw zijn gebleven.'",
            ],
            "t": "Vierde generatie",
        },
        {
            "h": [
                "Vrijwilliger uit {stad} koninklijk onderscheiden na vijftig jaar reddingsbrigade",
                "Lintje voor {persoon}: vijftig jaar bij de reddingsbrigade in {stad}",
            ],
            "i": "{persoon} uit {stad} is benoemd tot lid in de Orde van Oranje-Nassau. {achternaam} is al vijftig "
            "jaar vrijwilliger bij de reddingsbrigade.",
            "p": [
                "{achternaam} werd verrast tijdens een oefening op het strand. Collega's hadden de burgemeester in het geheim uitgenodigd, die met de versierselen in de hand over het zand kwam aanlopen.",
                "In vijftig jaar hielp {achternaam} honderden zwemmers uit de problemen. Daarnaast gaf {achternaam} zwemles aan kinderen en leidde tientallen nieuwe strandwachten op.",
                "'Ik heb het altijd gedaan omdat het moest gebeuren, niet voor een lintje', zei {achternaam} na afloop. 'Maar ik ben er natuurlijk wel trots op.'",
            ],
            "t": "Verrast op het strand",
        },
        {
            "h": "Paleistuin gaat vaker open voor publiek",
            "i": "Een paleistuin die normaal alleen op bijzondere dagen open is, gaat voortaan elke zaterdag open.",
            "p": [
                "Bezoekers kunnen onder meer de rozentuin, de moestuin en de oude boomgaard bekijken. Een deel van de tuin is meer dan tweehonderd jaar oud en werd onlangs in de oorspronkelijke staat hersteld.",
                "Tuinmannen geven rondleidingen en vertellen over de geschiedenis van de tuin en de planten die er groeien. Voor kinderen is er een speurtocht.",
                "Het aantal bezoekers per dag is beperkt. Kaarten moeten daarom vooraf online worden gereserveerd.",
            ],
            "t": "Rondleidingen",
        },
        {
            "h": [
                "{stad} maakt programma voor Koningsdag bekend",
                "Vrijmarkt en concert: dit is het Koningsdagprogramma van {stad}",
            ],
            "i": "De gemeente {stad} heeft het programma voor Koningsdag bekendgemaakt. Er is onder meer een "
            "vrijmarkt en een concert op het marktplein.",
            "p": [
                "De vrijmarkt in het centrum begint om zes uur 's ochtends. Wie een plekje wil, mag vanaf de avond ervoor met krijt een vak afbakenen; eerder is niet toegestaan.",
                "Voor kinderen is er een spelletjesmiddag in het park, met onder meer zaklopen, koekhappen en een springkussen. Ook is er een kinderoptocht met versierde fietsen.",
                "De dag wordt afgesloten met een concert van de plaatselijke harmonie op het marktplein. Volgens de organisatie wordt het, net als vorig jaar, druk in het centrum.",
            ],
            "t": "Vrijmarkt",
        },
        {
            "h": [
                "Tentoonstelling over koninklijke rijtuigen trekt veel bezoekers naar {museum}",
                "Koninklijke rijtuigen in {museum}: tentoonstelling verlengd",
            ],
            "i": "De tentoonstelling over koninklijke rijtuigen in {museum} is een succes. In de eerste maand "
            "kwamen er al {groot} bezoekers.",
            "p": [
                "Te zien zijn onder meer een oude galakoets, een arrenslee en het tuig van de paarden. Bezoekers kunnen ook zien hoe de koetsen in de loop der jaren zijn gerestaureerd.",
                "Door de grote belangstelling verlengt het museum de tentoonstelling met twee maanden. Op drukke dagen wordt gewerkt met tijdsloten.",
                "In de schoolvakanties zijn er activiteiten voor kinderen, zoals een workshop waarin ze hun eigen koets ontwerpen.",
            ],
            "t": "Verlengd",
        },
        {
            "h": [
                "Harmonie uit {stad} mag zich voortaan koninklijk noemen",
                "Predicaat Koninklijk voor honderdjarige harmonie {stad}",
            ],
            "i": "De harmonie uit {stad} mag zich voortaan 'Koninklijk' noemen. De vereniging bestaat honderd jaar.",
            "p": [
                "Het predicaat kan worden aangevraagd door verenigingen die minstens honderd jaar bestaan en een belangrijke rol spelen in hun gemeenschap.",
                "De harmonie speelt bij vrijwel elk feest en elke herdenking in {stad}.",
                "Voorzitter {persoon} hoorde het nieuws tijdens een repetitie. 'Het hele orkest stond te juichen.'",
            ],
            "t": "Honderd jaar",
        },
        {
            "h": [
                "Historische koninklijke sloep gerestaureerd op werf in {stad}",
                "Koninklijke sloep na jaren restauratie weer te water in {stad}",
            ],
            "i": "Een historische sloep die ooit werd gebruikt bij koninklijke gelegenheden, is na een jarenlange restauratie weer te water gelaten in {stad}.",
            "p": [
                "De sloep is meer dan honderd jaar oud. Vrijwilligers van de werf werkten duizenden uren aan het herstel van de houten romp en het snijwerk.",
                "Het schip is voortaan te bezichtigen in de haven van {stad} en vaart af en toe mee in historische optochten op het water.",
                "Scheepstimmerman {persoon} leidde de restauratie. 'Elke plank hebben we in handen gehad.'",
            ],
            "t": "Duizenden uren werk",
        },
        {
            "h": [
                "Oranjevereniging in {stad} zoekt jonge vrijwilligers",
                "Vergrijzing bij Oranjevereniging {stad}: 'Zonder jongeren geen feest'",
            ],
            "i": "De Oranjevereniging van {stad} zoekt dringend nieuwe, jonge vrijwilligers. Veel bestuursleden zijn al decennia actief en willen het stokje overdragen.",
            "p": [
                "De vereniging organiseert elk jaar de festiviteiten rond Koningsdag, van de kinderoptocht tot de vrijmarkt.",
                "Voorzitter {persoon} is al dertig jaar betrokken. 'We doen het met veel plezier, maar de gemiddelde leeftijd in het bestuur is boven de zestig.'",
                "De vereniging hoopt vooral jonge ouders te vinden, die het feest ook voor hun eigen kinderen willen organiseren.",
            ],
            "t": "Het stokje overdragen",
        },
    ],
    "extra": [
        "Meer informatie staat op de website van de gemeente.",
        "De organisatie verwacht veel bezoekers.",
    ],
    "intertitles": ["Traditie", "Praktisch"],
    "quotes": [("Dit is een erkenning voor iedereen die ons heeft geholpen.", "{persoon3}")],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["slimmer-leven"] = {
    "scenes": ["polder", "abstract"],
    "pools": {},
    "stories": [
        {
            "h": "{Klein} tips om te besparen op je energierekening",
            "i": "Met een paar eenvoudige aanpassingen kun je flink besparen op je energierekening, zonder in de "
            "kou te zitten. Energiecoach {persoon} uit {stad} geeft tips.",
            "p": [
                "Begin bij de verwarming: zet de thermostaat een graad lager en draag een extra trui. Dat scheelt "
                "al snel een paar procent.",
                "Tochtstrips bij deuren en ramen zijn goedkoop en makkelijk aan te brengen.",
                "Douche korter en zet apparaten helemaal uit in plaats van op stand-by.",
            ],
            "t": "Begin bij de verwarming",
            "label": "uitgelegd",
            "box": (
                "Snel besparen",
                "<ul><li>Thermostaat een graad lager</li><li>Tochtstrips</li><li>Korter douchen</li>"
                "<li>Apparaten uit in plaats van stand-by</li></ul>",
            ),
        },
        {
            "h": [
                "Beter slapen? Slaapcoach {persoon} legt uit wat schermen met je nachtrust doen",
                "Slecht slapen door je telefoon? Zo doorbreek je dat",
            ],
            "i": "Wie voor het slapengaan op een scherm kijkt, slaapt vaak slechter. Slaapcoach {persoon} legt uit "
            "waarom, en wat je eraan kunt doen.",
            "p": [
                "Het gaat niet alleen om het licht, maar vooral om wat je ziet. Spannende berichten houden je brein actief.",
                "Leg je telefoon een uur voor het slapengaan weg en lees een boek.",
                "Probeer ook elke dag op hetzelfde tijdstip op te staan, ook in het weekend.",
            ],
            "t": "Vaste tijden",
            "label": "uitgelegd",
        },
        {
            "h": [
                "{Klein} dingen om op te letten als je een tweedehands fiets koopt",
                "Tweedehands fiets kopen? Let hierop",
            ],
            "i": "Een tweedehands fiets is goedkoop, maar let goed op voordat je koopt. Fietsenmaker {persoon} uit "
            "{stad} geeft advies.",
            "p": [
                "Controleer het framenummer. Via de politie kun je online nagaan of een fiets als gestolen is opgegeven. Is het nummer weggevijld, koop de fiets dan niet.",
                "Kijk naar de ketting, de remmen en de banden. Een roestige ketting of versleten remblokken zijn geen ramp, maar vervangen kost geld; neem dat mee in de prijs.",
                "Maak altijd een proefrit en let op vreemde geluiden en op de versnellingen. Vraag bij een elektrische fiets naar de leeftijd van de accu: een nieuwe is duur.",
            ],
            "t": "Controleer het framenummer",
            "label": "uitgelegd",
        },
        {
            "h": [
                "Zo maak je van je balkon een paradijs voor bijen, volgens een hovenier uit {stad}",
                "Ook op een klein balkon help je bijen en vlinders",
            ],
            "i": "Ook op een klein balkon kun je bijen en vlinders helpen. Hovenier {persoon} uit {stad} legt uit hoe.",
            "p": [
                "Kies planten die lang bloeien en veel nectar geven, zoals lavendel, tijm, kattenkruid en bieslook. Zorg voor bloemen in verschillende seizoenen.",
                "Zet een schaaltje water neer met een paar steentjes erin, zodat insecten kunnen drinken zonder te verdrinken.",
                "Gebruik geen bestrijdingsmiddelen. Een paar luizen horen erbij en zijn voedsel voor lieveheersbeestjes.",
            ],
            "t": "Water voor insecten",
        },
        {
            "h": [
                "Boodschappen doen met een lijstje scheelt geld: {persoon} hield het een maand bij",
                "Een maand boodschappen met een lijstje: dit leverde het {persoon} op",
            ],
            "i": "{persoon} uit {stad} deed een maand lang alleen boodschappen met een lijstje. Het leverde een "
            "flinke besparing op.",
            "p": [
                "{achternaam} plande elke zondag de maaltijden voor de hele week en schreef precies op wat er nodig was. In de winkel ging alleen wat op het lijstje stond in het mandje.",
                "Het scheelde vooral in de impulsaankopen: koekjes bij de kassa, een aanbieding die eigenlijk niet nodig was. Ook werd er minder eten weggegooid.",
                "'Het kost even tijd, maar je went eraan', zegt {achternaam}. 'En het geeft rust: je hoeft je om vijf uur niet meer af te vragen wat je gaat eten.'",
            ],
            "t": "Minder weggooien",
        },
        {
            "h": [
                "Zo voorkom je schimmel in huis: {klein} tips",
                "Schimmel in de badkamer? Zo pak je het aan",
            ],
            "i": "Schimmel ontstaat waar het vochtig is en te weinig wordt geventileerd. Met een paar gewoonten voorkom je veel problemen.",
            "p": [
                "Zet na het douchen het raam open of laat de afzuiging nog een halfuur draaien. Trek met een wisser het water van de tegels.",
                "Droog de was bij voorkeur buiten of in een ruimte met goede ventilatie.",
                "Zit de schimmel in de muur of komt hij steeds terug? Dan kan er sprake zijn van een lekkage of een isolatieprobleem. Schakel dan een vakman in.",
            ],
            "t": "Ventileren, ventileren",
            "label": "uitgelegd",
        },
        {
            "h": [
                "Weekmenu voor minder dan vijftig euro: diëtist {persoon} laat zien hoe",
                "Goedkoop en gezond koken: {klein} tips van diëtist {persoon}",
            ],
            "i": "Gezond eten hoeft niet duur te zijn. Diëtist {persoon} uit {stad} stelde een weekmenu samen voor een gezin van vier, voor minder dan vijftig euro.",
            "p": [
                "De basis bestaat uit peulvruchten, seizoensgroenten en volkorenproducten. Die zijn voedzaam en goedkoop.",
                "Kook op zondag een grote pan soep of stoofpot en vries porties in voor later in de week.",
                "Kijk bij het boodschappen doen naar de prijs per kilo in plaats van de prijs per verpakking.",
            ],
            "t": "Koken voor de hele week",
        },
        {
            "h": [
                "Betaal je voor abonnementen die je niet gebruikt? Zo zoek je het uit",
                "Overzicht in je abonnementen: {klein} stappen",
            ],
            "i": "Streamingdiensten, apps, sportschool: veel mensen betalen elke maand voor abonnementen die ze nauwelijks gebruiken. Zo krijg je weer overzicht.",
            "p": [
                "Loop je bankafschriften van de afgelopen drie maanden door en maak een lijst van alle terugkerende betalingen.",
                "Vraag je bij elk abonnement af wanneer je het voor het laatst hebt gebruikt. Twijfel je? Zeg het op; je kunt later altijd opnieuw beginnen.",
                "Veel abonnementen kun je tegenwoordig online met een paar klikken opzeggen. Bewaar de bevestiging.",
            ],
            "t": "Maak een lijst",
            "label": "uitgelegd",
        },
    ],
    "extra": [
        "Twijfel je? Vraag advies bij een deskundige in de buurt.",
        "Kleine aanpassingen kunnen al veel verschil maken.",
    ],
    "intertitles": ["Zo pak je het aan", "Tot slot"],
    "quotes": [("Je hoeft niet alles in één keer te veranderen.", "{persoon}")],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["dieren"] = {
    "scenes": ["polder", "zee"],
    "pools": {"dierenpark": ["Dierenpark Heidestrand", "Dierentuin Zilverdam", "Natuurpark De Oude Waard"]},
    "stories": [
        {
            "h": [
                "Jonge rode panda geboren in {dierenpark}",
                "Gezinsuitbreiding in {dierenpark}: rode panda geboren",
            ],
            "i": "In {dierenpark} is een rode panda geboren. Het jong is gezond en blijft voorlopig in het nest.",
            "p": [
                "Rode panda's zijn in het wild bedreigd. Dierentuinen werken samen in een fokprogramma om de soort te behouden.",
                "Het jong blijft de eerste weken in het nest, waar de moeder het verzorgt. Verzorgers houden het met een camera in de gaten, zodat het dier niet wordt gestoord.",
                "Bezoekers kunnen het jong over een paar weken voor het eerst zien. Het park vraagt bezoekers om een naam te bedenken.",
            ],
            "t": "Bedreigd in het wild",
        },
        {
            "h": [
                "Zeehondenpup die bij {stad} op het strand lag, terug in zee",
                "Aangesterkte zeehond terug in zee bij {stad}",
            ],
            "i": "Een zeehondenpup die een paar weken geleden verzwakt op het strand bij {stad} werd gevonden, is "
            "weer vrijgelaten.",
            "p": [
                "De pup was ondervoed en had een longontsteking. In de opvang kwam het dier weer op krachten.",
                "Tientallen mensen kwamen kijken naar de vrijlating.",
                "De opvang vraagt strandgangers om afstand te houden als ze een zeehond zien.",
            ],
            "t": "Afstand houden",
        },
        {
            "h": [
                "Dierenasiel in {stad} zit vol met konijnen",
                "Asiel in {stad} kan geen konijnen meer opnemen",
            ],
            "i": "Het dierenasiel in {stad} kan geen konijnen meer opnemen. Er zitten er nu {getal}.",
            "p": [
                "Veel mensen onderschatten de zorg die een konijn nodig heeft, zegt het asiel. Konijnen worden vaak gekocht voor kinderen, maar als de eerste interesse voorbij is, belanden ze in een te klein hok in de tuin.",
                "Konijnen leven tot wel tien jaar en hebben ruimte, gezelschap en de juiste voeding nodig. Ook een bezoek aan de dierenarts is niet altijd goedkoop.",
                "Het asiel zoekt dringend nieuwe baasjes. Wie een konijn wil adopteren, krijgt eerst uitleg over de verzorging.",
            ],
            "t": "Onderschatte zorg",
        },
        {
            "h": [
                "Paddentunnel onder weg bij {stad} moet duizenden dieren redden",
                "Padden krijgen eigen tunnel onder de weg bij {stad}",
            ],
            "i": "Onder een drukke weg bij {stad} is een tunnel voor padden en andere kleine dieren aangelegd. Elk jaar werden hier honderden padden doodgereden op weg naar hun voortplantingsplek.",
            "p": [
                "Tot nu toe zetten vrijwilligers elk jaar schermen en emmers langs de weg. De padden werden verzameld en aan de overkant losgelaten.",
                "Vorig jaar droegen de vrijwilligers zo meer dan {groot} padden naar de overkant. De tunnel moet dat werk overnemen.",
                "Ook egels, salamanders en muizen kunnen de tunnel gebruiken. Een wildcamera houdt bij hoeveel dieren erdoor gaan.",
            ],
            "t": "Geen emmers meer",
        },
        {
            "h": [
                "Webcam op ooievaarsnest in {stad}: iedereen kan straks meekijken",
                "Ooievaarsnest in {stad} krijgt eigen webcam",
            ],
            "i": "Op het ooievaarsnest in {stad} is een webcam geplaatst. Vanaf het volgende broedseizoen kan iedereen live meekijken.",
            "p": [
                "Het nest zit op een paal die vrijwilligers jaren geleden plaatsten. Het afgelopen jaar werden er drie jongen groot.",
                "De camera werkt op zonne-energie en is zo geplaatst dat de vogels er geen last van hebben.",
                "Volgens vogelwerkgroep-voorzitter {persoon} is de webcam ook bedoeld voor scholen. 'Kinderen kunnen zo van dichtbij zien hoe een ooievaarsgezin leeft.'",
            ],
            "t": "Op zonne-energie",
        },
        {
            "h": [
                "Honden krijgen eigen speeltuin in {stad}",
                "Hondenspeeltuin in {stad} geopend: tunnel, loopbrug en zandbak",
            ],
            "i": "In {stad} is een speeltuin voor honden geopend. Er staan onder meer een tunnel, een loopbrug en een zandbak om in te graven.",
            "p": [
                "Het terrein is omheind, zodat honden vrij kunnen rennen zonder dat ze de weg op lopen.",
                "Het idee kwam van een groep hondenbezitters die zelf geld inzamelde en meebouwde.",
                "Volgens initiatiefnemer {persoon} is de speeltuin ook goed voor de baasjes. 'Je raakt hier altijd aan de praat.'",
            ],
            "t": "Aan de praat",
        },
        {
            "h": [
                "Otter terug bij {stad}: sporen gevonden langs de beek",
                "Wildcamera legt otter vast bij {stad}",
            ],
            "i": "Langs een beek bij {stad} zijn sporen van otters gevonden. Het is voor het eerst in tientallen jaren dat het dier hier weer voorkomt.",
            "p": [
                "Een boswachter vond pootafdrukken en uitwerpselen. Een wildcamera legde later een otter vast.",
                "De otter was in Nederland ooit uitgestorven, maar rukt langzaam weer op. Schoner water en natuurvriendelijke oevers helpen daarbij.",
                "De gemeente plaatst borden langs de weg bij de beek, zodat automobilisten opletten.",
            ],
            "t": "Wildcamera",
        },
        {
            "h": [
                "Vermiste kat uit {stad} na weken terug dankzij chip",
                "Kat na drie weken weer thuis in {stad}",
            ],
            "i": "Een kat uit {stad} die drie weken vermist was, is weer thuis. Dankzij de chip kon de dierenarts de eigenaar snel vinden.",
            "p": [
                "De kat werd gevonden in een schuur aan de andere kant van {stad}, een paar kilometer van huis.",
                "Eigenaar {persoon} had de hoop bijna opgegeven. 'We hadden overal flyers opgehangen.'",
                "Dierenartsen raden aan om huisdieren te laten chippen en de gegevens actueel te houden.",
            ],
            "t": "Chip bracht uitkomst",
        },
    ],
    "extra": [
        "Wie een dier in nood ziet, kan de dierenambulance bellen.",
        "Het park is dagelijks geopend.",
    ],
    "intertitles": ["Wat kun je doen?", "Bijzonder"],
    "quotes": [("Het is prachtig om te zien hoe het dier herstelt.", "{persoon3}, verzorger")],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["opmerkelijk"] = {
    "scenes": ["polder", "skyline"],
    "pools": {},
    "stories": [
        {
            "h": [
                "Brief die {getal} jaar onderweg was, alsnog bezorgd in {stad}",
                "Verjaardagskaart na {getal} jaar alsnog bezorgd in {stad}",
            ],
            "i": "Een bewoner van {stad} kreeg een brief die {getal} jaar geleden was verstuurd.",
            "p": [
                "De brief was achter een kast op een postkantoor gevallen en werd pas gevonden toen het gebouw werd verbouwd. Een postbezorger zocht het adres op en bracht de brief alsnog langs.",
                "Het bleek een verjaardagskaart te zijn van een tante, die inmiddels is overleden. 'Het was heel bijzonder om haar handschrift weer te zien', zegt de ontvanger.",
                "De kaart heeft een ereplaats gekregen: hij is ingelijst en hangt in de gang.",
            ],
            "t": "Achter een kast",
        },
        {
            "h": [
                "{persoon} uit {stad} kweekt pompoen van {gewicht} kilo",
                "Reuzenpompoen van {gewicht} kilo in moestuin in {stad}",
            ],
            "i": "{persoon} uit {stad} heeft een pompoen van {gewicht} kilo gekweekt.",
            "p": [
                "De pompoen kreeg elke dag tientallen liters water en werd met een zelfgemaakt afdak beschermd tegen de zon. Op het hoogtepunt groeide hij meer dan tien kilo per dag.",
                "Er was een heftruck nodig om de pompoen uit de moestuin te krijgen. De hele straat kwam kijken.",
                "{achternaam} doet met de pompoen mee aan een wedstrijd voor de zwaarste pompoen van het land. Daarna wordt hij uitgehold en versierd.",
            ],
            "t": "Met de heftruck",
        },
        {
            "h": ["Verdwaalde koe wandelt door winkelstraat van {stad}", "Koe gaat winkelen in {stad}"],
            "i": "Winkelend publiek in {stad} keek vreemd op toen er een koe door de winkelstraat liep.",
            "p": [
                "Het dier was door een kapot hek uit een weiland aan de rand van de stad ontsnapt. Via een fietspad kwam de koe in het centrum terecht.",
                "Winkelend publiek maakte foto's en filmpjes, terwijl de koe rustig langs de etalages liep. Bij een groentewinkel werd even stilgestaan.",
                "Na een uur kon de boer de koe met een emmer brokken weer meelokken. Er raakte niemand gewond, en de koe ook niet.",
            ],
            "t": "Terug naar de wei",
        },
        {
            "h": ["Vissers halen oud kanon boven bij {stad}", "Eeuwenoud kanon in visnet bij {stad}"],
            "i": "Vissers hebben bij {stad} een oud kanon opgevist. Het is mogelijk eeuwen oud.",
            "p": [
                "Het kanon raakte verstrikt in het net van een kotter die vlak voor de kust viste. De vissers kregen het met moeite aan boord.",
                "Archeologen onderzoeken de vondst. Het kanon is vermoedelijk afkomstig van een schip dat eeuwen geleden voor de kust is vergaan.",
                "Als het onderzoek klaar is, komt het kanon mogelijk in het museum van {stad}.",
            ],
            "t": "Verstrikt in een net",
        },
        {
            "h": [
                "Bewoners van {stad} houden wedstrijd klompwerpen",
                "Klomp vliegt ruim {getal} meter ver bij kampioenschap in {stad}",
            ],
            "i": "In {stad} werd het jaarlijkse kampioenschap klompwerpen gehouden.",
            "p": [
                "De winnaar gooide een klomp ruim {getal} meter ver. Er waren aparte klassen voor kinderen, volwassenen en ouderen.",
                "Er deden meer dan honderd mensen mee, sommigen in klederdracht. Het publiek moedigde elke worp luidkeels aan.",
                "De opbrengst van de inschrijfgelden gaat naar het dorpshuis.",
            ],
            "t": "Ruim {getal} meter",
        },
        {
            "h": [
                "Verbouwing in {stad} levert spaarpot vol oude munten op",
                "Spaarpot met eeuwenoude munten gevonden onder vloer in {stad}",
            ],
            "i": "Bij een verbouwing in {stad} vond {persoon} een oude spaarpot vol munten onder de vloer. Sommige munten zijn meer dan honderd jaar oud.",
            "p": [
                "De spaarpot lag onder de planken van de woonkamer. De munten zijn al lang geen wettig betaalmiddel meer.",
                "Een muntenexpert schat de waarde op enkele honderden euro's.",
                "{achternaam} wil de munten uitlenen aan het museum van {stad}.",
            ],
            "t": "Onder de planken",
        },
        {
            "h": [
                "Zwaan houdt treinverkeer bij {stad} op",
                "Trein bij {stad} moet stoppen voor koppige zwaan",
            ],
            "i": "Het treinverkeer bij {stad} lag {dag} korte tijd stil vanwege een zwaan op het spoor.",
            "p": [
                "De machinist zag de zwaan op tijd en remde af. Het dier weigerde van het spoor te gaan.",
                "Na een halfuur kon een medewerker van de dierenambulance de zwaan vangen.",
                "De zwaan is in goede gezondheid vrijgelaten bij een vijver verderop.",
            ],
            "t": "Weigerde te wijken",
        },
        {
            "h": [
                "Kerkklok van {stad} loopt na twintig jaar weer gelijk",
                "Gepensioneerde horlogemaker repareert kerkklok in {stad}",
            ],
            "i": "Na twintig jaar loopt de kerkklok van {stad} weer gelijk. Een gepensioneerde horlogemaker repareerde het uurwerk.",
            "p": [
                "Het uurwerk liep steeds een kwartier achter. Inwoners waren er zo aan gewend dat ze er rekening mee hielden.",
                "{persoon} werkte maandenlang in de toren aan het oude mechaniek.",
                "'Nu komt iedereen te vroeg', grapt een bewoner.",
            ],
            "t": "Een kwartier achter",
        },
    ],
    "extra": ["De gemeente kon er zelf ook om lachen.", "Het filmpje werd massaal gedeeld."],
    "intertitles": ["Bijzonder", "Hoe het afliep"],
    "quotes": [("Dit had ik nooit verwacht.", "{persoon}")],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["wetenschap"] = {
    "scenes": ["abstract", "zee"],
    "pools": {"universiteit": ["Universiteit van Zilverdam", "Hogeschool Kustland", "het Deltainstituut"]},
    "stories": [
        {
            "h": [
                "Onderzoekers ontdekken onbekende kever in duinen bij {stad}",
                "Nieuwe keversoort voor Nederland gevonden bij {stad}",
            ],
            "i": "Biologen van {universiteit} hebben in de duinen bij {stad} een kever ontdekt die nog niet eerder in "
            "Nederland was waargenomen.",
            "p": [
                "De kever is maar een paar millimeter groot en leeft verborgen onder mos en dode bladeren. De onderzoekers vonden het diertje tijdens een telling van insecten in de duinen.",
                "Volgens onderzoeker {persoon} laat de vondst zien hoe rijk de duinen zijn. 'We denken dat we dit gebied goed kennen, en dan vinden we ineens iets nieuws.'",
                "De kever is waarschijnlijk meegelift met zand of planten, of heeft zich door het warmere klimaat naar het noorden verspreid. Het onderzoek gaat verder.",
            ],
            "t": "Onder het mos",
        },
        {
            "h": "Studie: kinderen die buiten spelen slapen beter",
            "i": "Kinderen die dagelijks buiten spelen, slapen gemiddeld beter. Dat blijkt uit onderzoek van {universiteit}.",
            "p": [
                "De onderzoekers volgden {groot} kinderen een jaar lang. Ouders hielden bij hoeveel hun kinderen buiten speelden en hoe laat ze in slaap vielen; een deel van de kinderen droeg een slaapmeter.",
                "Kinderen die dagelijks minstens een uur buiten speelden, vielen gemiddeld sneller in slaap en werden 's nachts minder vaak wakker. Volgens de onderzoekers komt dat door meer beweging en meer daglicht.",
                "De onderzoekers pleiten voor meer groene speelplekken bij scholen. 'Buitenspelen is geen luxe, het is goed voor de gezondheid', zegt onderzoeksleider {persoon}.",
            ],
            "t": "Daglicht",
        },
        {
            "h": [
                "Archeologen vinden resten van middeleeuwse boerderij bij {stad}",
                "Middeleeuwse waterput opgegraven in {stad}",
            ],
            "i": "Bij graafwerk voor een nieuwe wijk in {stad} zijn resten van een middeleeuwse boerderij gevonden.",
            "p": [
                "De archeologen vonden sporen van houten palen, scherven van aardewerk en een waterput. Uit de vondsten blijkt dat hier rond het jaar 1200 een boerderij stond.",
                "De waterput is opvallend goed bewaard gebleven, doordat het hout altijd onder water heeft gelegen. Er zaten onder meer resten van een leren schoen en een houten nap in.",
                "De archeologen hebben enkele weken de tijd om alles vast te leggen. Daarna gaat de bouw van de nieuwe wijk verder. De mooiste vondsten komen in het museum van {stad}.",
            ],
            "t": "Een waterput",
        },
        {
            "h": [
                "Sterrenwacht in {stad} opent deuren voor meteorenregen",
                "Vallende sterren kijken bij de sterrenwacht in {stad}",
            ],
            "i": "De volkssterrenwacht in {stad} is deze week extra open voor een meteorenregen.",
            "p": [
                "Bij helder weer zijn tientallen vallende sterren per uur te zien. Het zijn stofdeeltjes van een komeet die in de dampkring opbranden.",
                "Vrijwilligers van de sterrenwacht geven uitleg en laten bezoekers door de grote telescoop kijken naar de maan en de planeten.",
                "De beste tijd om te kijken is na middernacht, op een plek zonder straatverlichting. 'Je hebt geen telescoop nodig, alleen geduld en een warme jas', zegt vrijwilliger {persoon}.",
            ],
            "t": "Na middernacht",
        },
        {
            "h": [
                "{universiteit} test zeewier als veevoer tegen uitstoot",
                "Zeewier in het voer moet koeien minder methaan laten uitstoten",
            ],
            "i": "Onderzoekers van {universiteit} testen of zeewier in veevoer de uitstoot van koeien kan verminderen.",
            "p": [
                "Koeien stoten bij het verteren van gras methaan uit, een sterk broeikasgas. Door een klein beetje zeewier aan het voer toe te voegen, zou die uitstoot flink kunnen dalen.",
                "In de proef krijgen koeien op een proefboerderij een halfjaar lang voer met gedroogd zeewier. De onderzoekers meten hoeveel methaan de dieren uitstoten en of de melk hetzelfde blijft.",
                "De eerste resultaten zijn veelbelovend, maar er zijn ook vragen: kan er genoeg zeewier worden gekweekt, en wat kost het? Het onderzoek loopt nog een jaar.",
            ],
            "t": "Methaan",
            "also": ["klimaat"],
        },
        {
            "h": [
                "{universiteit} onderzoekt mossels als natuurlijke waterzuiveraars",
                "Kunnen mossels het water in de haven van {stad} schoner maken?",
            ],
            "i": "Onderzoekers van {universiteit} onderzoeken of mossels kunnen helpen om vervuild water schoner te maken.",
            "p": [
                "Mossels filteren per dag tientallen liters water. Daarbij halen ze algen en kleine deeltjes uit het water.",
                "In een proef bij {stad} hangen netten met mossels in de haven. Elke week worden er monsters genomen.",
                "De eerste resultaten zijn hoopvol, maar het onderzoek duurt nog twee jaar.",
            ],
            "t": "Tientallen liters per dag",
        },
        {
            "h": [
                "Meetkastjes op schoolpleinen in {stad} meten luchtkwaliteit",
                "Scholieren in {stad} helpen onderzoekers met metingen van de lucht",
            ],
            "i": "Leerlingen van scholen in {stad} helpen onderzoekers met het meten van de luchtkwaliteit. Op {getal} plekken hangen meetkastjes.",
            "p": [
                "De kastjes meten fijnstof en stikstofdioxide. De leerlingen lezen de gegevens uit en bespreken ze in de klas.",
                "Volgens onderzoeker {persoon} van {universiteit} levert dat veel meer meetpunten op dan met gewone meetstations.",
                "De resultaten worden gedeeld met de gemeente.",
            ],
            "t": "Meer meetpunten",
        },
        {
            "h": [
                "Wandelaar vindt fossiele haaientand op strand bij {stad}",
                "Miljoenen jaren oude haaientand gevonden bij {stad}",
            ],
            "i": "Een wandelaar heeft op het strand bij {stad} een fossiele haaientand gevonden van miljoenen jaren oud.",
            "p": [
                "De tand is ongeveer vijf centimeter lang en goed bewaard gebleven.",
                "Volgens deskundigen van {universiteit} komt de tand uit zand dat bij een suppletie van de zeebodem is opgespoten.",
                "Vinder {persoon} schenkt de tand aan een museum.",
            ],
            "t": "Uit de zeebodem",
        },
    ],
    "extra": [
        "Het onderzoek is gepubliceerd in een vakblad.",
        "Meer onderzoek is nodig om de resultaten te bevestigen.",
    ],
    "intertitles": ["Hoe werkt het?", "Vervolgonderzoek"],
    "quotes": [("Wetenschap begint met verwondering.", "{persoon3}, onderzoeker")],
    "boxes": [],
}

# ---------------------------------------------------------------------------------------------------
SECTIONS["goed-nieuws"] = {
    "scenes": ["polder", "zee", "heuvels"],
    "pools": {},
    "stories": [
        {
            "h": [
                "Buurtbewoners in {stad} ruimen samen {getal} zakken zwerfafval op",
                "{getal} zakken zwerfafval opgeruimd door buurt in {stad}",
            ],
            "i": "Bewoners van {stad} hebben in één ochtend {getal} zakken zwerfafval opgehaald.",
            "p": [
                "De actie werd georganiseerd door {persoon}, die zich al langer ergerde aan het afval langs de sloten en in de bosjes. Via de buurtapp meldden zich binnen een paar dagen tientallen helpers.",
                "Ook kinderen van de basisschool deden mee. Zij vonden onder meer een oude fietsband, een verkeersbord en honderden blikjes.",
                "Na afloop was er koffie en taart in het buurthuis. De gemeente haalde de volle zakken op en heeft beloofd extra afvalbakken te plaatsen.",
            ],
            "t": "Koffie en taart",
        },
        {
            "h": [
                "Gestolen fiets van {persoon} ({leeftijd}) na oproep terug",
                "Oproep op sociale media helpt gestolen fiets terug te vinden in {stad}",
            ],
            "i": "{persoon} uit {stad} heeft de gestolen fiets terug, dankzij een oproep op sociale media.",
            "p": [
                "De fiets werd een week geleden bij het station gestolen. {achternaam} plaatste een foto op sociale media, die honderden keren werd gedeeld.",
                "Een oplettende voorbijganger herkende de fiets aan de opvallende rode bel en een sticker op het spatbord. De fiets stond onafgesloten bij een winkelcentrum in {stad2}.",
                "'Ik ben iedereen heel dankbaar', zegt {achternaam}. 'Ik had nooit gedacht dat ik hem terug zou zien.'",
            ],
            "t": "Oplettende voorbijganger",
        },
        {
            "h": [
                "Scholieren in {stad} bezoeken elke week eenzame ouderen",
                "Spelletjes en koffie: scholieren in {stad} bezoeken ouderen",
            ],
            "i": "Scholieren in {stad} bezoeken elke week ouderen die weinig bezoek krijgen.",
            "p": [
                "Elke woensdagmiddag gaan leerlingen van de middelbare school naar een woonzorgcentrum. Ze spelen spelletjes, drinken koffie en praten over vroeger.",
                "Volgens de bewoners is het 'het hoogtepunt van de week'. Sommige ouderen krijgen verder nauwelijks bezoek.",
                "De scholieren zeggen er zelf ook veel van te leren. 'Je hoort verhalen die je nergens anders hoort', zegt {persoon2}, een van de leerlingen.",
            ],
            "t": "Hoogtepunt van de week",
        },
        {
            "h": [
                "Honderdjarige uit {stad} viert verjaardag met ritje op de tandem",
                "Op de tandem naar honderd: {persoon} uit {stad} viert feest",
            ],
            "i": "{persoon} uit {stad} is honderd jaar geworden en vierde dat met een ritje op de tandem.",
            "p": [
                "De tandem werd bestuurd door een kleinkind; {achternaam} zat achterop en trapte mee. Het ritje ging langs het huis waar {achternaam} is geboren.",
                "{achternaam} fietste vroeger elke dag naar het werk, ook als het regende of stormde. 'Fietsen houdt je jong', is het motto.",
                "Na de fietstocht was er een feest met familie, vrienden en buren. Ook de burgemeester kwam feliciteren.",
            ],
            "t": "Felicitaties",
        },
        {
            "h": [
                "Repaircafé in {stad} redt honderden apparaten van de afvalberg",
                "Repaircafé {stad} repareerde {groot} apparaten in een jaar",
            ],
            "i": "Het repaircafé in {stad} heeft het afgelopen jaar {groot} apparaten gerepareerd.",
            "p": [
                "Vrijwilligers repareren er broodroosters, stofzuigers, lampen en kleding. Bezoekers betalen niets; alleen onderdelen moeten ze zelf betalen.",
                "Het is de bedoeling dat bezoekers meekijken en zelf leren repareren. Volgens vrijwilliger {persoon} is het vaak iets kleins: een losse draad of een kapotte zekering.",
                "Het repaircafé zoekt nog vrijwilligers, vooral mensen die kunnen naaien of verstand hebben van elektronica.",
            ],
            "t": "Zelf leren repareren",
        },
        {
            "h": [
                "Basisschool in {stad} loopt {groot} euro bij elkaar voor kinderziekenhuis",
                "Sponsorloop van basisschoolleerlingen in {stad} levert {groot} euro op",
            ],
            "i": "Leerlingen van een basisschool in {stad} hebben met een sponsorloop {groot} euro opgehaald voor een kinderziekenhuis.",
            "p": [
                "De kinderen liepen rondjes om het schoolplein en lieten zich per ronde sponsoren door familie en buren.",
                "Het geld wordt gebruikt voor een speelkamer op de kinderafdeling.",
                "Directeur {persoon} is trots. 'De kinderen hebben echt alles gegeven.'",
            ],
            "t": "Rondjes om het schoolplein",
        },
        {
            "h": [
                "Buurtbewoners in {stad} bouwen samen nieuwe speeltuin",
                "Speeltuin in {stad} gebouwd door de buurt zelf",
            ],
            "i": "Buurtbewoners in {stad} hebben in drie weekenden een nieuwe speeltuin gebouwd. De gemeente leverde het materiaal.",
            "p": [
                "De oude speeltuin was versleten en werd vorig jaar afgebroken.",
                "Kinderen mochten tekeningen maken van hun droomspeeltuin. Veel van die ideeën zijn uitgevoerd.",
                "De opening werd gevierd met een buurtbarbecue.",
            ],
            "t": "Een droomspeeltuin",
        },
        {
            "h": [
                "Nieuwkomer opent eigen bakkerij in {stad}",
                "Rij tot op de stoep bij nieuwe bakkerij in {stad}",
            ],
            "i": "Een nieuwkomer die vijf jaar geleden naar {stad} kwam, heeft een eigen bakkerij geopend. De eerste dag stond er een rij tot op de stoep.",
            "p": [
                "In het land van herkomst had de bakker al een eigen zaak. In Nederland moest eerst de taal worden geleerd en een diploma worden gehaald.",
                "Het assortiment is een mix van Nederlandse klassiekers en brood uit het land van herkomst.",
                "Buurtbewoner {persoon} was een van de eerste klanten. 'De hele straat ruikt nu naar vers brood.'",
            ],
            "t": "Een rij tot op de stoep",
        },
    ],
    "extra": [
        "Het initiatief krijgt navolging in andere plaatsen.",
        "De organisatoren willen volgend jaar weer.",
    ],
    "intertitles": ["Mooi initiatief", "Navolging"],
    "quotes": [("Als iedereen een beetje helpt, komt het goed.", "{persoon}")],
    "boxes": [],
}

# How many articles each section gets (leaf sections at least 12).
ARTICLES_PER_SECTION = {slug: 16 for slug in SECTIONS}
ARTICLES_PER_SECTION["economie"] = 14
