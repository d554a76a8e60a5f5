namespace Site.Synthetic;

/// <summary>
/// Norwegian-looking prose from fixed word lists: subject, verb, object and adverbial slots, so sentences have
/// the length and rhythm of the thesis's text. No source file is read; the same random sequence gives the same text.
/// Nothing here is a surname or a number, so generated prose never looks like an in-text citation or a phone number.
/// </summary>
public sealed class NorwegianText(SeededRandom random)
{
    private static readonly string[] Subjects =
    [
        "vi", "kommunen", "ledelsen", "de ansatte", "politikerne", "innbyggerne", "enheten", "organisasjonen",
        "administrasjonen", "mange medarbeidere", "lederne", "prosjektgruppen", "innovasjonsteamet", "rådmannen",
        "tjenesteområdet", "sektoren", "fagmiljøet", "virksomheten", "arbeidsgruppen", "hver avdeling",
        "de folkevalgte", "brukerne", "partnerne", "kollegaene", "sykehjemmet", "skolen", "barnehagen",
        "helsetjenesten", "kommunestyret", "styringsgruppen",
    ];

    private static readonly string[] Verbs =
    [
        "jobber med", "utvikler", "prøver ut", "snakker om", "trenger", "mangler", "etablerer", "deler", "forbedrer",
        "styrker", "diskuterer", "vurderer", "tester", "følger opp", "legger til rette for", "prioriterer", "tar i bruk",
        "evaluerer", "skaper", "bygger", "endrer", "planlegger", "støtter", "fremmer", "undersøker", "lærer av",
        "satser på", "gjennomfører", "implementerer", "beskriver",
    ];

    private static readonly string[] Objects =
    [
        "nye løsninger", "bedre tjenester", "felles rutiner", "en tydelig strategi", "digitale verktøy", "kompetanse",
        "kulturen for innovasjon", "samarbeidet på tvers", "små forbedringer", "store endringer", "erfaringene",
        "prosessene", "ideene", "gevinstene", "ressursene", "arbeidsmetodene", "tjenestetilbudet", "budsjettet",
        "handlingsplanen", "gode eksempler", "kunnskapen", "risikoen", "tilliten", "innovasjonsarbeidet", "nettverket",
        "pilotprosjektet", "brukerbehovene", "målene", "dialogen", "rammene",
    ];

    private static readonly string[] Adverbials =
    [
        "i hverdagen", "på tvers av sektorer", "sammen med innbyggerne", "uten ekstra midler", "over tid",
        "i hele organisasjonen", "når det passer", "med støtte fra ledelsen", "i liten skala",
        "i samarbeid med andre kommuner", "fra dag til dag", "på en systematisk måte", "gjennom prosjekter",
        "i tjenestene", "etter hvert", "hvert år", "i praksis", "i større grad", "på sikt", "innenfor rammene",
        "i møte med brukerne", "med tydelige mål", "uten formell plan", "på eget initiativ", "i starten",
        "der det trengs", "i fellesskap", "mer enn før", "i det daglige", "ute i driften",
    ];

    private static readonly string[] Connectors = ["og", "men", "fordi", "samtidig som", "slik at", "selv om", "mens", "når"];

    private static readonly string[] SpokenOpeners =
    [
        "jeg tror at", "det er jo slik at", "vi ser at", "egentlig handler det om at", "jeg opplever at",
        "for oss er det viktig at", "det handler om at", "jeg mener at", "sånn sett kan man si at", "det vi ser er at",
        "ærlig talt tror jeg at", "hos oss er det sånn at",
    ];

    private static readonly string[] AnalysisOpeners =
    [
        "vi observerer at", "funnene viser at", "informantene beskriver at", "det fremkommer at",
        "materialet tyder på at", "samtidig ser vi at", "flere informanter fremhever at", "dette illustrerer at",
        "videre observerer vi at", "det kan tyde på at",
    ];

    private static readonly string[] TitleNouns =
    [
        "Innovasjon", "Ledelse", "Kompetanse", "Samarbeid", "Kultur", "Strategi", "Medvirkning", "Digitalisering",
        "Læring", "Styring", "Tillit", "Risiko", "Ressurser", "Nettverk", "Eierskap", "Motivasjon", "Kommunikasjon",
        "Organisering", "Forankring", "Gevinstrealisering", "Endringsvilje", "Brukerinvolvering", "Prioritering",
        "Kunnskapsdeling", "Forbedringsarbeid",
    ];

    /// <summary>Four to nine words, capitalised, no final stop: a heading.</summary>
    public string Title() => Capitalise($"{random.Pick(TitleNouns).ToLowerInvariant()} {random.Pick(Adverbials)}");

    /// <summary>A heading that names two things, for dimensions and findings.</summary>
    public string LongTitle() => Capitalise($"{Clause()} {random.Pick(Adverbials)}");

    /// <summary>A sentence of the analysis, as the researchers write.</summary>
    public string Sentence() =>
        Capitalise(random.Chance(0.4) ? $"{random.Pick(AnalysisOpeners)} {Clause()}" : Clause(withAdverbial: true)) +
        (random.Chance(0.35) ? $", {random.Pick(Connectors)} {Clause()}" : "") + ".";

    public string Paragraph(int minSentences, int maxSentences) =>
        string.Join(' ', Enumerable.Range(0, random.Between(minSentences, maxSentences)).Select(_ => Sentence()));

    /// <summary>What an informant said: spoken, sometimes with an omission «(…)», sometimes without a final stop, as transcribed.</summary>
    public string Spoken()
    {
        var parts = new List<string> { $"{random.Pick(SpokenOpeners)} {Clause(withAdverbial: random.Chance(0.6))}" };
        var more = random.Between(0, 3);
        for (var i = 0; i < more; i++)
            parts.Add(random.Chance(0.2) ? $"(…) {Clause(withAdverbial: true)}" : $"{random.Pick(Connectors)} {Clause(withAdverbial: random.Chance(0.5))}");
        var text = Capitalise(string.Join(random.Chance(0.5) ? ", " : " ", parts));
        return random.Chance(0.6) ? text + "." : text;
    }

    private static readonly (string Nb, string En)[] ConceptAdjectives =
    [
        ("Åpen", "Open"), ("Dynamisk", "Dynamic"), ("Inkrementell", "Incremental"), ("Radikal", "Radical"),
        ("Organisatorisk", "Organisational"), ("Strategisk", "Strategic"), ("Kollektiv", "Collective"),
        ("Digital", "Digital"), ("Sosial", "Social"), ("Offentlig", "Public"), ("Brukerdrevet", "User-driven"),
        ("Medarbeiderdrevet", "Employee-driven"), ("Tverrfaglig", "Interdisciplinary"), ("Adaptiv", "Adaptive"),
        ("Relasjonell", "Relational"),
    ];

    private static readonly (string Nb, string En)[] ConceptNouns =
    [
        ("innovasjon", "innovation"), ("læring", "learning"), ("kapabilitet", "capability"), ("ledelse", "leadership"),
        ("styring", "governance"), ("kompetanse", "competence"), ("endring", "change"), ("kultur", "culture"),
        ("samskaping", "co-creation"), ("entreprenørskap", "entrepreneurship"), ("rutine", "routine"),
        ("kapasitet", "capacity"), ("legitimitet", "legitimacy"), ("absorpsjon", "absorption"),
    ];

    // Declared after its word lists: static fields are initialised in text order.
    /// <summary>A concept's name with its English form, from paired word lists.</summary>
    public static IReadOnlyList<(string Name, string NameEn)> ConceptNames { get; } =
        (from adjective in ConceptAdjectives from noun in ConceptNouns
         select ($"{adjective.Nb} {noun.Nb}", $"{adjective.En} {noun.En}")).ToList();

    /// <summary>The content words of a text, for ids made of "a few key words".</summary>
    public static IEnumerable<string> KeyWords(string text) =>
        text.Split([' ', ',', '.', '(', ')', '…'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 6);

    private string Clause(bool withAdverbial = false) =>
        $"{random.Pick(Subjects)} {random.Pick(Verbs)} {random.Pick(Objects)}" + (withAdverbial ? " " + random.Pick(Adverbials) : "");

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
