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
            "h": "{corporatie} bouwt {getal} huurwoningen op oud fabrieksterrein in {stad}",
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
            "h": "Minder treinen tussen {stad} en {stad2} door werk aan het spoor",
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
            "h": "Leerlingen van {school} in {stad} krijgen voortaan les zonder telefoon",
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
            "h": "Huisartsenpost {stad} opent aparte lijn voor vragen zonder spoed",
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
            "h": "Bibliotheek in {stad} gaat ook op zondag open na geslaagde proef",
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
            "h": "Inzameling in {stad} levert {klein} vrachtwagens vol hulpgoederen op voor Oekraïne",
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
            "h": "Oekraïense gezinnen in {stad} mogen langer blijven in opvang aan de rivier",
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
            "h": "Overgangsregering in {land} belooft verkiezingen binnen een jaar",
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
            "h": "Bosbranden in het zuiden van {land} na dagen onder controle",
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
            "h": "Brand in leegstaande boerderij bij {stad} zorgt voor veel rook",
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
            "h": "Lange file na ongeluk met vrachtwagen vol bloembollen bij {stad}",
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
            "h": "Politie zoekt getuigen na inbraken in tuinhuisjes in {stad}",
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
            "h": "Zwembad in {stad} weken dicht door kapotte luchtbehandeling",
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
            "h": "Stroomstoring treft duizenden huishoudens in {stad} en {stad2}",
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
            "h": "{partij} aan kop in peiling voor verkiezingen in Zilverdam",
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
            "h": "Provincie trekt {bedrag} euro uit voor veilige fietsroutes naar scholen",
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
            "h": "Gemeenteraad van {stad} stemt in met fusie met {stad2}",
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
            "h": "Gemeenten vragen duidelijkheid over opvang van Oekraïners na komende zomer",
            "i": "Gemeenten in de regio rond {stad} vragen het kabinet om snel duidelijkheid over de opvang van "
            "Oekraïense vluchtelingen. Contracten voor opvanglocaties lopen binnenkort af.",
            "p": [
                "Veel opvanglocaties zijn gehuurd voor een beperkte periode. Gemeenten willen weten of ze die "
                "contracten moeten verlengen, en wie dat betaalt.",
                "Burgemeester {persoon} van {stad} zegt dat onduidelijkheid vooral slecht is voor de vluchtelingen "
                "zelf. 'Kinderen zitten hier op school, ouders hebben hier werk. Zij willen weten waar ze aan toe zijn.'",
                "Het ministerie laat weten dat er voor de zomer een besluit komt.",
            ],
            "t": "Contracten lopen af",
            "dossier": "oekraine",
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
            "h": "{bedrijf} neemt {getal} mensen extra aan door groeiende vraag",
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
            "h": "Pop-upwinkels zorgen voor minder leegstand in winkelstraat {stad}",
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
            "h": "Startende ondernemers in {stad} kunnen werkplek huren in oude school",
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
            "h": "Eerste herfststorm zorgt voor omgewaaide bomen in {stad}",
            "i": "De eerste storm van het seizoen heeft in {stad} en omgeving tientallen bomen omver geblazen. Op "
            "het hoogtepunt werden windstoten van meer dan honderd kilometer per uur gemeten.",
            "p": [
                "De brandweer rukte sinds de vroege ochtend {getal} keer uit voor stormschade. Op verschillende "
                "plekken vielen takken op auto's en fietspaden. Er raakte niemand gewond.",
                "Op het spoor tussen {stad} en {stad2} lag een boom op de bovenleiding, waardoor urenlang geen treinen "
                "reden.",
                "Volgens weerkundigen is het normaal dat de eerste najaarsstorm veel bomen raakt: veel bomen dragen "
                "dan nog hun bladeren en vangen veel wind.",
            ],
            "t": "Bomen met blad vangen veel wind",
            "dossier": "storm",
            "also": ["algemeen"],
        },
        {
            "h": "Strand bij {stad} flink afgekalfd na storm, gemeente vult zand aan",
            "i": "De storm van afgelopen dagen heeft een groot deel van het strand bij {stad} weggeslagen. Op "
            "sommige plekken ligt de duinvoet nu bloot.",
            "p": [
                "Strandpaviljoens die nog niet waren afgebroken voor de winter, liepen schade op. Eén trap naar het "
                "strand is volledig weggespoeld.",
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
            "h": "Waterschap Lage Venen begint aan versterking van dijk bij {stad}",
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
            "h": "Zonnepanelen op sporthallen in {stad} leveren meer op dan verwacht",
            "i": "De zonnepanelen die vorig jaar op vier sporthallen in {stad} zijn gelegd, hebben {procent} procent "
            "meer stroom opgeleverd dan was berekend.",
            "p": [
                "De zonnige zomer speelde daarbij een rol, maar ook de nieuwe omvormers deden het beter dan gedacht. "
                "De stroom wordt gebruikt voor de verlichting en de douches in de hallen.",
                "Wat over is, gaat naar een buurtbatterij in de wijk. Daardoor kunnen omliggende huizen 's avonds "
                "ook gebruikmaken van de zonnestroom.",
                "De gemeente wil nu ook de daken van scholen en het zwembad vol leggen.",
            ],
            "t": "Buurtbatterij in de wijk",
            "also": ["economie"],
        },
        {
            "h": "Meer zout water in sloten bij {stad}, boeren moeten oppassen",
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
            "h": "Boeren bij {stad} proberen gewassen die beter tegen droogte kunnen",
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
            "h": "Start-up uit {stad} maakt app die vrije parkeerplekken aanwijst",
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
            "h": "{stad} test slimme lantaarnpalen die dimmen als er niemand is",
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
            "h": "Scholieren in {stad} leren programmeren met zelfgebouwde robots",
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
            "h": "{club} wint met {score} van {club2} en klimt naar de tweede plaats",
            "i": "{club} heeft de uitwedstrijd tegen {club2} gewonnen met {score}. Door de zege stijgt de ploeg naar "
            "de tweede plaats.",
            "p": [
                "{club} begon sterk en kwam al na een kwartier op voorsprong. Spits {persoon} schoot een voorzet van "
                "rechts in één keer binnen.",
                "Na rust kwam {club2} beter in de wedstrijd, maar de verdediging van de bezoekers hield stand. In "
                "de slotfase besliste {persoon2} het duel met een kopbal uit een hoekschop.",
                "Trainer {persoon3} was tevreden over de inzet van zijn ploeg. 'We hebben laten zien dat we ook "
                "kunnen lijden.'",
            ],
            "t": "Beslissing uit een hoekschop",
        },
        {
            "h": "{club} en {club2} houden elkaar in evenwicht: {gelijk}",
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
            "h": "Spits {persoon} verlengt contract bij {club} met drie jaar",
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
            "h": "Trainer {persoon} vertrekt na dit seizoen bij {club}",
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
            "h": "Vrouwen van {club} voor het eerst in halve finale van de beker",
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
            "h": "Amateurclub in {stad} krijgt na jaren wachten eindelijk kunstgrasveld",
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
            "h": "{coureur} wint {gp} na gevecht met {coureur2}",
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
            "h": "{coureur} pakt pole position in {gp}",
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
            "h": "Regen gooit roet in het eten bij vrije trainingen voor {gp}",
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
            "h": "{coureur} krijgt gridstraf na botsing in eerste ronde",
            "i": "{coureur} moet bij de volgende race vijf plaatsen achteraan starten. De stewards gaven hem de "
            "schuld van een botsing met {coureur2} in de eerste ronde van de {gp}.",
            "p": [
                "De twee raakten elkaar in de eerste bocht. {coureur2} viel uit met een kapotte ophanging.",
                "{coureur} vindt de straf te zwaar. 'Het was een race-incident. Niemand deed het met opzet.'",
                "{team} overweegt geen beroep aan te tekenen.",
            ],
            "t": "Race-incident of schuld?",
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
            "h": "{renner} sprint naar ritzege in {koers}",
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
            "h": "{renner} neemt leiding over na zware bergrit in {koers}",
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
            "h": "Valpartij in slotkilometer: {renner} moet opgeven in {koers}",
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
            "h": "{ploeg} presenteert ploeg met opvallend veel jonge Nederlanders",
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
            "h": "Toertocht in {stad} trekt recordaantal deelnemers",
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
            "h": "{tennisser} bereikt kwartfinale op {toernooi}",
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
            "h": "{tennisser} verliest na drie sets van {tennisser2}",
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
            "h": "Jeugdtalent {persoon} uit {stad} wint nationaal kampioenschap",
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
            "h": "Tennisclub in {stad} bouwt overkapte banen voor de winter",
            "i": "Tennisclub {stad} krijgt {klein} overkapte banen. Leden kunnen daardoor ook in de winter buiten "
            "tennissen, zonder last van regen.",
            "p": [
                "De club groeide de afgelopen jaren flink, vooral door de populariteit van padel en tennis onder "
                "jongeren.",
                "De overkapping wordt betaald met een lening en een bijdrage van de gemeente.",
                "De bouw begint na het zomerseizoen.",
            ],
            "t": "Groei door jongeren",
        },
        {
            "h": "{tennisser} en {tennisser2} winnen dubbeltitel op {toernooi}",
            "i": "{tennisser} en {tennisser2} hebben het dubbelspel op {toernooi} gewonnen. Het is hun eerste titel "
            "als koppel.",
            "p": [
                "Het duo speelt pas sinds dit seizoen samen, maar vond elkaar snel.",
                "In de finale werd een matchpoint tegen weggewerkt. In de beslissende tiebreak was het koppel sterker.",
                "Met de titel stijgen beide spelers op de wereldranglijst voor het dubbelspel.",
            ],
            "t": "Matchpoint weggewerkt",
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
            "h": "Hockeysters van {hockeyclub} blijven ongeslagen na zege op {hockeyclub2}",
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
            "h": "Schaatser {persoon} rijdt baanrecord op ijsbaan in {stad}",
            "i": "{persoon} heeft op de ijsbaan van {stad} een baanrecord gereden op de 1500 meter. Het oude record "
            "stond al zes jaar.",
            "p": [
                "De omstandigheden waren ideaal: koud, droog en nauwelijks wind.",
                "{achternaam} was zelf verrast. 'Ik wilde vooral mijn techniek testen.'",
                "Volgende maand begint het wereldbekerseizoen.",
            ],
            "t": "Ideale omstandigheden",
        },
        {
            "h": "Korfbalvereniging uit {stad} promoveert naar de hoofdklasse",
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
            "h": "Darter {persoon} gooit perfecte leg op toernooi in {stad}",
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
                "{achternaam} was ruim een seconde sneller dan het oude record.",
                "Trainer {persoon2} ziet een grote toekomst. 'Maar we doen het stap voor stap.'",
                "{achternaam} traint tien keer per week, vaak al om zes uur 's ochtends.",
            ],
            "t": "Vroeg uit bed",
        },
    ],
    "extra": [
        "De competitie wordt na de winterstop hervat.",
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
            "h": "Recensie: '{film}' is een ingetogen drama over een familie aan de kust",
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
            "h": "Tweede seizoen van '{serie}' komt volgend voorjaar",
            "i": "De populaire serie '{serie}' krijgt een tweede seizoen. De opnames beginnen deze winter in {stad}.",
            "p": [
                "Het eerste seizoen werd een verrassend succes. Vooral jongere kijkers ontdekten de serie via de "
                "streamingdienst.",
                "Volgens maker {persoon} gaat het nieuwe seizoen verder waar het eerste ophield. Meer wil hij nog "
                "niet kwijt.",
                "De hele hoofdcast keert terug, aangevuld met een paar nieuwe gezichten.",
            ],
            "t": "Hele cast keert terug",
        },
        {
            "h": "Filmfestival {stad} opent met première van '{film}'",
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
            "h": "Opnames voor nieuwe serie zetten haven van {stad} tijdelijk op slot",
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
            "h": "Kleine bioscoop in {stad} viert vijftigjarig bestaan met gratis voorstellingen",
            "i": "Filmhuis {stad} bestaat vijftig jaar. Dat wordt gevierd met een week gratis voorstellingen.",
            "p": [
                "Het filmhuis begon ooit in een zaaltje boven een café en heeft nu drie zalen.",
                "Bezoekers mochten kiezen welke films er tijdens de feestweek draaien.",
                "Vrijwilliger {persoon} werkt er al dertig jaar. 'Ik heb hier duizenden films gezien.'",
            ],
            "t": "Begonnen boven een café",
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
            "Mira Solberg",
        ],
        "festival": ["Dijkfestival", "Duinklanken", "Kadepop"],
        "zaal": ["poppodium De Kade", "De Loods", "concertzaal Het Anker"],
    },
    "stories": [
        {
            "h": "{band} kondigt nieuw album en clubtour aan",
            "i": "{band} brengt in het voorjaar een nieuw album uit. Daarna volgt een tour langs {klein} kleine zalen.",
            "p": [
                "Het album werd opgenomen in een boerderij bij {stad}. Volgens de band klinkt het rauwer dan "
                "voorgaand werk.",
                "De eerste single verschijnt vrijdag.",
                "De tour begint in {zaal}. Kaarten gaan volgende week in de verkoop.",
            ],
            "t": "Opgenomen in een boerderij",
        },
        {
            "h": "Recensie: {band} in {zaal} is een feest van herkenning",
            "i": "{band} speelde gisteravond een uitverkocht concert in {zaal}. Het publiek zong vanaf het eerste "
            "nummer mee.",
            "p": [
                "De setlijst was een mix van oude hits en nummers van het nieuwe album.",
                "Hoogtepunt was een akoestische versie van de grootste hit, midden in het publiek.",
                "Alleen het geluid was soms wat te hard. Maar dat deerde niemand.",
            ],
            "t": "Midden in het publiek",
            "label": "review",
        },
        {
            "h": "{festival} maakt eerste namen bekend: {band} is hoofdact",
            "i": "{festival} heeft de eerste artiesten voor de volgende editie bekendgemaakt. {band} is hoofdact.",
            "p": [
                "Het festival vindt plaats in de uiterwaarden bij {stad}.",
                "De organisatie belooft meer schaduwplekken en gratis drinkwater, na klachten over de hitte vorig jaar.",
                "Kaarten zijn vanaf vrijdag te koop.",
            ],
            "t": "Meer schaduw",
        },
        {
            "h": "Muziekschool in {stad} krijgt instrumentenverzameling van overleden musicus",
            "i": "De muziekschool in {stad} heeft {getal} instrumenten gekregen uit de nalatenschap van een "
            "plaatselijke musicus.",
            "p": [
                "Het gaat onder meer om gitaren, een contrabas en een oude piano.",
                "De instrumenten worden uitgeleend aan leerlingen die zelf geen instrument kunnen betalen.",
                "Volgens directeur {persoon} is de gift 'een droom die uitkomt'.",
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
    ],
    "extra": [
        "De band speelt deze zomer ook op een aantal festivals.",
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
            "h": "Debuutroman '{boek}' van {persoon} genomineerd voor literatuurprijs",
            "i": "'{boek}', de eerste roman van {persoon}, staat op de shortlist van een literaire prijs voor debutanten.",
            "p": [
                "De roman vertelt het verhaal van drie generaties vrouwen in een dorp aan de rivier.",
                "De jury noemt het boek 'overtuigend en ontroerend'.",
                "De winnaar wordt over twee weken bekendgemaakt.",
            ],
            "t": "Drie generaties",
        },
        {
            "h": "{museum} haalt zeldzame zeekaarten uit het depot",
            "i": "{museum} toont vanaf zaterdag een verzameling zeldzame zeekaarten die jarenlang in het depot lagen.",
            "p": [
                "De oudste kaart is meer dan driehonderd jaar oud. Hij laat een kustlijn zien die er nu heel anders uitziet.",
                "Restauratoren werkten maandenlang aan de kaarten.",
                "Bezoekers kunnen met een vergrootglas de kleinste details bekijken.",
            ],
            "t": "Jarenlang in het depot",
        },
        {
            "h": "Recensie: '{boek}' is een meeslepend verhaal over opgroeien",
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
            "h": "Theater in {stad} zoekt inwoners voor voorstelling over geschiedenis van de stad",
            "i": "Het theater in {stad} zoekt inwoners die willen meespelen in een voorstelling over de geschiedenis "
            "van de stad. Ervaring is niet nodig.",
            "p": [
                "De voorstelling wordt gespeeld in de open lucht, op het plein voor het stadhuis.",
                "Regisseur {persoon} zoekt vooral mensen met verhalen. 'Iedereen in deze stad heeft er een.'",
                "De repetities beginnen in het voorjaar.",
            ],
            "t": "Iedereen heeft een verhaal",
        },
        {
            "h": "Boekhandel in {stad} na sluiting overgenomen door lezers",
            "i": "De enige boekhandel van {stad} gaat toch niet dicht. Een groep van ruim {groot} lezers neemt de "
            "winkel over als coöperatie.",
            "p": [
                "De vorige eigenaar stopte vanwege zijn pensioen en vond geen opvolger.",
                "Leden betalen een eenmalige inleg en krijgen korting op hun boeken.",
                "De winkel wordt gerund door een bedrijfsleider en vrijwilligers.",
            ],
            "t": "Coöperatie",
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
            "h": "Talkshow '{programma}' verhuist naar de vroege avond",
            "i": "'{programma}' van {omroep} is vanaf volgende maand al om zeven uur te zien. De talkshow was tot "
            "nu toe een laatavondprogramma.",
            "p": [
                "De omroep hoopt zo een groter publiek te bereiken.",
                "Presentator {persoon} vindt het 'spannend, maar vooral leuk'.",
                "De vaste rubrieken blijven.",
            ],
            "t": "Vaste rubrieken blijven",
        },
        {
            "h": "{omroep} zoekt nieuwe presentator voor ochtendprogramma",
            "i": "{omroep} is op zoek naar een nieuwe presentator voor het ochtendprogramma '{programma}'. "
            "{persoon} stopt na tien jaar.",
            "p": [
                "{achternaam} wil meer tijd voor het gezin en voor andere projecten.",
                "Het programma wordt dagelijks door tienduizenden luisteraars gevolgd.",
                "De omroep hoopt voor de zomer een opvolger te hebben.",
            ],
            "t": "Na tien jaar",
        },
        {
            "h": "Lokale omroep in {stad} bestaat veertig jaar",
            "i": "De lokale omroep van {stad} bestaat veertig jaar. Dat wordt gevierd met een jubileumdag vol "
            "live-uitzendingen.",
            "p": [
                "De omroep draait volledig op vrijwilligers.",
                "Tijdens de jubileumdag zijn oud-presentatoren te gast.",
                "Volgens voorzitter {persoon} is lokale journalistiek belangrijker dan ooit.",
            ],
            "t": "Draait op vrijwilligers",
        },
        {
            "h": "Finale van '{programma}' best bekeken programma van het weekend",
            "i": "De finale van '{programma}' was het best bekeken programma van het weekend.",
            "p": [
                "Ruim een miljoen mensen keken live mee, en daarna nog eens honderdduizenden via de app.",
                "Het programma groeide in de loop van het seizoen gestaag.",
                "Een nieuw seizoen is al aangekondigd.",
            ],
            "t": "Nieuw seizoen",
        },
        {
            "h": "Podcast uit {stad} over oude misdaadzaken schiet naar top van hitlijst",
            "i": "Een podcast van twee inwoners van {stad} over oude misdaadzaken uit de regio staat bovenaan de "
            "podcasthitlijst.",
            "p": [
                "De makers doken in archieven en spraken met betrokkenen.",
                "Ze maakten de podcast in hun vrije tijd, vanaf een zolderkamer.",
                "Een tweede seizoen is in de maak.",
            ],
            "t": "Vanaf een zolderkamer",
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
    "pools": {"beroep": ["presentator", "acteur", "cabaretier", "artiest"]},
    "stories": [
        {
            "h": "{Beroep} {persoon} en partner verwachten eerste kind",
            "i": "{Beroep} {persoon} en partner {persoon2} verwachten hun eerste kind. Het stel maakte het "
            "nieuws bekend via sociale media.",
            "p": [
                "De baby wordt in het voorjaar verwacht.",
                "Het stel is sinds drie jaar samen en woont in {stad}.",
                "Collega's en fans reageerden massaal met felicitaties.",
            ],
            "t": "Felicitaties",
        },
        {
            "h": "{Beroep} {persoon} trouwt in kasteeltuin bij {stad}",
            "i": "{persoon} is getrouwd. De ceremonie vond plaats in de tuin van een kasteel bij {stad}.",
            "p": [
                "Er waren zo'n honderd gasten, onder wie veel bekende collega's.",
                "Het feest ging door tot diep in de nacht.",
                "De huwelijksreis gaat naar Scandinavië.",
            ],
            "t": "Honderd gasten",
        },
        {
            "h": "{Beroep} {persoon} schrijft boek over jeugd in {stad}",
            "i": "{persoon} heeft een boek geschreven over opgroeien in {stad}. Het verschijnt volgende maand.",
            "p": [
                "In het boek beschrijft {achternaam} de zomers bij de grootouders en de eerste stappen op het podium.",
                "'Het was confronterend om alles terug te lezen', vertelt {achternaam}.",
                "De presentatie is in de bibliotheek van {stad}.",
            ],
            "t": "Confronterend",
        },
        {
            "h": "Cabaretier {persoon} stopt na twintig jaar met theatertours",
            "i": "{persoon} stopt met theatertours. De huidige voorstelling wordt de laatste.",
            "p": [
                "{achternaam} wil zich richten op schrijven en op televisie.",
                "De laatste voorstellingen zijn al uitverkocht. Er worden extra data toegevoegd.",
                "'Ik stop op mijn hoogtepunt', aldus de cabaretier.",
            ],
            "t": "Extra voorstellingen",
        },
        {
            "h": "{persoon} en {persoon2} samen te zien in nieuwe kerstfilm",
            "i": "{persoon} en {persoon2} spelen de hoofdrollen in een nieuwe kerstfilm. De opnames zijn deze week "
            "begonnen in {stad}.",
            "p": [
                "De film gaat over twee vreemden die op kerstavond vast komen te zitten in een sneeuwstorm.",
                "Het is de eerste keer dat de twee samen voor de camera staan.",
                "De film is vanaf december in de bioscoop te zien.",
            ],
            "t": "Vast in de sneeuw",
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
            "h": "Bakkerij in {stad} mag zich voortaan hofleverancier noemen",
            "i": "Bakkerij {achternaam} in {stad} heeft het predicaat hofleverancier gekregen. Het familiebedrijf "
            "bestaat meer dan honderd jaar.",
            "p": [
                "Het predicaat is een erkenning voor bedrijven die lang bestaan en een goede naam hebben.",
                "De bakkerij wordt inmiddels door de vierde generatie gerund.",
                "Eigenaar {persoon} hoorde het nieuws tijdens het deeg kneden. 'Ik moest even gaan zitten.'",
            ],
            "t": "Vierde generatie",
        },
        {
            "h": "Vrijwilliger uit {stad} koninklijk onderscheiden na vijftig jaar reddingsbrigade",
            "i": "{persoon} uit {stad} is benoemd tot lid in de Orde van Oranje-Nassau. {achternaam} is al vijftig "
            "jaar vrijwilliger bij de reddingsbrigade.",
            "p": [
                "{achternaam} werd verrast tijdens een oefening op het strand.",
                "In al die jaren hielp {achternaam} honderden zwemmers uit de problemen.",
                "De burgemeester spelde de versierselen op.",
            ],
            "t": "Verrast op het strand",
        },
        {
            "h": "Paleistuin gaat deze zomer vaker open voor publiek",
            "i": "Een paleistuin die normaal alleen op bijzondere dagen open is, gaat deze zomer elke zaterdag open.",
            "p": [
                "Bezoekers kunnen onder meer de rozentuin en de oude boomgaard bekijken.",
                "Er zijn rondleidingen door tuinmannen.",
                "Kaarten moeten vooraf worden gereserveerd.",
            ],
            "t": "Rondleidingen",
        },
        {
            "h": "{stad} maakt programma voor Koningsdag bekend",
            "i": "De gemeente {stad} heeft het programma voor Koningsdag bekendgemaakt. Er is onder meer een "
            "vrijmarkt en een concert op het marktplein.",
            "p": [
                "De vrijmarkt begint om zes uur 's ochtends.",
                "Voor kinderen is er een spelletjesmiddag in het park.",
                "De dag wordt afgesloten met een optreden van de plaatselijke harmonie.",
            ],
            "t": "Vrijmarkt",
        },
        {
            "h": "Tentoonstelling over koninklijke rijtuigen trekt veel bezoekers naar {museum}",
            "i": "De tentoonstelling over koninklijke rijtuigen in {museum} is een succes. In de eerste maand "
            "kwamen er al {groot} bezoekers.",
            "p": [
                "Te zien zijn onder meer een oude galakoets en tuigage.",
                "Het museum verlengt de tentoonstelling met twee maanden.",
                "In de vakanties zijn er speciale activiteiten voor kinderen.",
            ],
            "t": "Verlengd",
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
            "h": "{Klein} tips om deze winter te besparen op je energierekening",
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
            "h": "Beter slapen? Slaapcoach {persoon} legt uit wat schermen met je nachtrust doen",
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
            "h": "{Klein} dingen om op te letten als je een tweedehands fiets koopt",
            "i": "Een tweedehands fiets is goedkoop, maar let goed op voordat je koopt. Fietsenmaker {persoon} uit "
            "{stad} geeft advies.",
            "p": [
                "Controleer het framenummer: is de fiets niet als gestolen opgegeven?",
                "Kijk naar de ketting, de remmen en de banden. Vervangen kan duur worden.",
                "Maak een proefrit en let op vreemde geluiden.",
            ],
            "t": "Controleer het framenummer",
            "label": "uitgelegd",
        },
        {
            "h": "Zo maak je van je balkon een paradijs voor bijen, volgens een hovenier uit {stad}",
            "i": "Ook op een klein balkon kun je bijen en vlinders helpen. Hovenier {persoon} uit {stad} legt uit hoe.",
            "p": [
                "Kies bloemen die lang bloeien, zoals lavendel, tijm en kattenkruid.",
                "Zet een schaaltje water neer met een paar steentjes erin, zodat insecten kunnen drinken.",
                "Gebruik geen bestrijdingsmiddelen.",
            ],
            "t": "Water voor insecten",
        },
        {
            "h": "Boodschappen doen met een lijstje scheelt geld: {persoon} hield het een maand bij",
            "i": "{persoon} uit {stad} deed een maand lang alleen boodschappen met een lijstje. Het leverde een "
            "flinke besparing op.",
            "p": [
                "Door vooraf te plannen kocht {achternaam} minder impulsaankopen.",
                "Ook werd er minder eten weggegooid.",
                "'Het kost even tijd, maar je went eraan', zegt {achternaam}.",
            ],
            "t": "Minder weggooien",
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
            "h": "Jonge rode panda geboren in {dierenpark}",
            "i": "In {dierenpark} is een rode panda geboren. Het jong is gezond en blijft voorlopig in het nest.",
            "p": [
                "Rode panda's zijn in het wild bedreigd. Dierentuinen werken samen om de soort te behouden.",
                "Bezoekers kunnen het jong over een paar weken voor het eerst zien.",
                "Het park vraagt bezoekers om een naam te bedenken.",
            ],
            "t": "Bedreigd in het wild",
        },
        {
            "h": "Zeehondenpup die bij {stad} op het strand lag, terug in zee",
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
            "h": "Dierenasiel in {stad} zit vol met konijnen",
            "i": "Het dierenasiel in {stad} kan geen konijnen meer opnemen. Er zitten er nu {getal}.",
            "p": [
                "Veel mensen onderschatten de zorg die een konijn nodig heeft, zegt het asiel.",
                "Konijnen leven tot wel tien jaar en hebben ruimte en gezelschap nodig.",
                "Het asiel zoekt dringend nieuwe baasjes.",
            ],
            "t": "Onderschatte zorg",
        },
        {
            "h": "Vrijwilligers helpen padden veilig de weg over bij {stad}",
            "i": "Vrijwilligers in {stad} helpen elke avond honderden padden de weg over. De dieren trekken naar "
            "hun voortplantingsplek.",
            "p": [
                "Langs de weg staan schermen en emmers. De padden worden verzameld en aan de overkant losgelaten.",
                "Vorig jaar werden zo meer dan {groot} padden gered.",
                "Automobilisten wordt gevraagd langzaam te rijden.",
            ],
            "t": "Emmers langs de weg",
        },
        {
            "h": "Ooievaars broeden voor het eerst in jaren weer in {stad}",
            "i": "In {stad} broedt voor het eerst in jaren weer een ooievaarspaar.",
            "p": [
                "Het nest zit op een paal die vrijwilligers jaren geleden plaatsten.",
                "Omwonenden houden het nest nauwlettend in de gaten.",
                "Als alles goed gaat, komen de eieren over een maand uit.",
            ],
            "t": "Geduld beloond",
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
            "h": "Brief die {getal} jaar onderweg was, alsnog bezorgd in {stad}",
            "i": "Een bewoner van {stad} kreeg een brief die {getal} jaar geleden was verstuurd.",
            "p": [
                "De brief was achter een kast op een postkantoor gevallen en werd bij een verbouwing gevonden.",
                "Het was een verjaardagskaart van een tante.",
                "'Ik heb hem ingelijst', zegt de ontvanger.",
            ],
            "t": "Achter een kast",
        },
        {
            "h": "{persoon} uit {stad} kweekt pompoen van {gewicht} kilo",
            "i": "{persoon} uit {stad} heeft een pompoen van {gewicht} kilo gekweekt.",
            "p": [
                "De pompoen kreeg elke dag tientallen liters water.",
                "Er was een heftruck nodig om hem te verplaatsen.",
                "{achternaam} doet mee aan een wedstrijd voor de zwaarste pompoen.",
            ],
            "t": "Met de heftruck",
        },
        {
            "h": "Verdwaalde koe wandelt door winkelstraat van {stad}",
            "i": "Winkelend publiek in {stad} keek vreemd op toen er een koe door de winkelstraat liep.",
            "p": [
                "Het dier was uit een weiland aan de rand van de stad ontsnapt.",
                "Na een uur kon de boer de koe weer meenemen.",
                "Er raakte niemand gewond, en de koe ook niet.",
            ],
            "t": "Terug naar de wei",
        },
        {
            "h": "Vissers halen oud kanon boven bij {stad}",
            "i": "Vissers hebben bij {stad} een oud kanon opgevist. Het is mogelijk eeuwen oud.",
            "p": [
                "Het kanon raakte verstrikt in een net.",
                "Archeologen onderzoeken de vondst.",
                "Mogelijk komt het kanon in het museum van {stad}.",
            ],
            "t": "Verstrikt in een net",
        },
        {
            "h": "Bewoners van {stad} houden wedstrijd klompwerpen",
            "i": "In {stad} werd het jaarlijkse kampioenschap klompwerpen gehouden.",
            "p": [
                "De winnaar gooide een klomp ruim {getal} meter ver.",
                "Er deden meer dan honderd mensen mee.",
                "De opbrengst gaat naar het dorpshuis.",
            ],
            "t": "Ruim {getal} meter",
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
            "h": "Onderzoekers ontdekken onbekende kever in duinen bij {stad}",
            "i": "Biologen van {universiteit} hebben in de duinen bij {stad} een kever ontdekt die nog niet eerder in "
            "Nederland was waargenomen.",
            "p": [
                "De kever is maar een paar millimeter groot en leeft onder mos.",
                "Volgens onderzoeker {persoon} laat de vondst zien hoe rijk de duinen zijn.",
                "Het onderzoek gaat verder.",
            ],
            "t": "Onder het mos",
        },
        {
            "h": "Studie: kinderen die buiten spelen slapen beter",
            "i": "Kinderen die dagelijks buiten spelen, slapen gemiddeld beter. Dat blijkt uit onderzoek van {universiteit}.",
            "p": [
                "De onderzoekers volgden {groot} kinderen een jaar lang.",
                "Buitenspelen zorgt voor meer beweging en daglicht.",
                "De onderzoekers pleiten voor meer groene speelplekken.",
            ],
            "t": "Daglicht",
        },
        {
            "h": "Archeologen vinden resten van middeleeuwse boerderij bij {stad}",
            "i": "Bij graafwerk voor een nieuwe wijk in {stad} zijn resten van een middeleeuwse boerderij gevonden.",
            "p": [
                "Er werden palen, aardewerk en een waterput gevonden.",
                "De archeologen hebben enkele weken de tijd.",
                "Daarna gaat de bouw verder.",
            ],
            "t": "Een waterput",
        },
        {
            "h": "Sterrenwacht in {stad} opent deuren voor meteorenregen",
            "i": "De volkssterrenwacht in {stad} is deze week extra open voor een meteorenregen.",
            "p": [
                "Bij helder weer zijn tientallen vallende sterren per uur te zien.",
                "Vrijwilligers geven uitleg.",
                "De beste tijd is na middernacht.",
            ],
            "t": "Na middernacht",
        },
        {
            "h": "{universiteit} test zeewier als veevoer tegen uitstoot",
            "i": "Onderzoekers van {universiteit} testen of zeewier in veevoer de uitstoot van koeien kan verminderen.",
            "p": [
                "Koeien stoten methaan uit, een sterk broeikasgas.",
                "De eerste resultaten zijn veelbelovend.",
                "Het onderzoek loopt nog een jaar.",
            ],
            "t": "Methaan",
            "also": ["klimaat"],
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
            "h": "Buurtbewoners in {stad} ruimen samen {getal} zakken zwerfafval op",
            "i": "Bewoners van {stad} hebben in één ochtend {getal} zakken zwerfafval opgehaald.",
            "p": [
                "De actie werd georganiseerd door {persoon}.",
                "Kinderen van de basisschool deden ook mee.",
                "Na afloop was er koffie en taart in het buurthuis.",
            ],
            "t": "Koffie en taart",
        },
        {
            "h": "Gestolen fiets van {persoon} ({leeftijd}) na oproep terug",
            "i": "{persoon} uit {stad} heeft de gestolen fiets terug, dankzij een oproep op sociale media.",
            "p": [
                "De fiets werd een week geleden bij het station gestolen.",
                "Een oplettende voorbijganger herkende de fiets.",
                "'Ik ben iedereen heel dankbaar', zegt {achternaam}.",
            ],
            "t": "Oplettende voorbijganger",
        },
        {
            "h": "Scholieren in {stad} bezoeken elke week eenzame ouderen",
            "i": "Scholieren in {stad} bezoeken elke week ouderen die weinig bezoek krijgen.",
            "p": [
                "Ze spelen spelletjes, drinken koffie en praten over vroeger.",
                "Volgens de ouderen is het 'het hoogtepunt van de week'.",
                "De scholieren zeggen er zelf ook veel van te leren.",
            ],
            "t": "Hoogtepunt van de week",
        },
        {
            "h": "Honderdjarige uit {stad} viert verjaardag met ritje op de tandem",
            "i": "{persoon} uit {stad} is honderd jaar geworden en vierde dat met een ritje op de tandem.",
            "p": [
                "De tandem werd bestuurd door een kleinkind.",
                "{achternaam} fietste vroeger elke dag naar het werk.",
                "De burgemeester kwam feliciteren.",
            ],
            "t": "Felicitaties",
        },
        {
            "h": "Repaircafé in {stad} redt honderden apparaten van de afvalberg",
            "i": "Het repaircafé in {stad} heeft het afgelopen jaar {groot} apparaten gerepareerd.",
            "p": [
                "Vrijwilligers repareren er broodroosters, stofzuigers en kleding.",
                "Bezoekers leren zelf ook repareren.",
                "Het repaircafé zoekt nog vrijwilligers.",
            ],
            "t": "Zelf leren repareren",
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
