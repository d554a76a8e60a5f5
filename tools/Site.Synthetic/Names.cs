namespace Site.Synthetic;

/// <summary>Fixed lists of Norwegian municipalities, first names (for pseudonyms) and surnames (for cited works).</summary>
public static class Names
{
    public static readonly string[] Municipalities =
    [
        "Bærum", "Orkland", "Trondheim", "Bodø", "Tromsø", "Molde", "Hamar", "Lillehammer", "Gjøvik", "Askøy", "Larvik",
        "Sandnes", "Ålesund", "Harstad", "Kongsberg", "Narvik", "Steinkjer", "Levanger", "Voss", "Alta", "Drammen",
        "Halden", "Moss", "Arendal", "Grimstad", "Førde", "Lyngdal", "Rana", "Vefsn", "Kristiansund",
    ];

    public static readonly string[] FirstNames =
    [
        "Anne", "Eva", "Hilde", "Inger", "Jan", "Kari", "Kjell", "Ole", "Per", "Thomas", "Lise", "Nina", "Mona", "Tone",
        "Siri", "Ingrid", "Marit", "Randi", "Liv", "Berit", "Astrid", "Solveig", "Grete", "Hanne", "Camilla", "Silje",
        "Ida", "Marte", "Kristin", "Heidi", "Elin", "Trine", "Bente", "Wenche", "Gunn", "Ragnhild", "Torill", "Sissel",
        "Vigdis", "Åse", "Lars", "Knut", "Arne", "Bjørn", "Geir", "Terje", "Svein", "Odd", "Rune", "Morten", "Trond",
        "Tor", "Hans", "Erik", "Nils", "Harald", "Øystein", "Espen", "Anders", "Magnus", "Martin", "Jonas", "Henrik",
        "Sindre", "Eirik", "Håkon", "Sverre", "Vidar", "Leif", "Stein", "Frode", "Dag", "Jon", "Gunnar", "Helge",
        "Roar", "Kåre", "Asbjørn", "Ivar", "Torbjørn",
    ];

    public static readonly string[] Surnames =
    [
        "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
        "Berg", "Haugen", "Hagen", "Eriksen", "Bakken", "Moen", "Dahl", "Solberg", "Strand", "Lund", "Sæther", "Holm",
        "Aasen", "Gullmark", "Teece", "Walker", "Rogers", "Damanpour", "Jacobsen", "Torfing", "Sørensen", "Osborne",
        "Hartley", "Zahra", "Winter", "Eisenhardt", "Barney", "Schumpeter", "Tidd", "Bessant", "Fagerberg", "Borins",
        "Mulgan", "Arundel", "Meyer", "Voldsund", "Amdam", "Kvale", "Yin", "Brinkmann",
    ];
}
