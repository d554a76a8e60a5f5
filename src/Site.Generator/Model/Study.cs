namespace Site.Generator.Model;

[Description("The study: what it is, who wrote it, what it asks.")]
public sealed class Study : Entity, IStableKey
{
    string IStableKey.StableKey => "Study";

    [Required] public string Title { get; set; } = "";
    public string? Subtitle { get; set; }
    [Required, Description("How the study was published and is cited: its type and the fields the type needs")] public Publication Publication { get; set; } = new();
    [Required] public int Year { get; set; }
    [Required, Description("BCP 47 language tag of the text, e.g. nb")] public string Language { get; set; } = "";
    [Required] public List<Person> Authors { get; set; } = new();
    public Person? Supervisor { get; set; }
    [Required] public string ResearchProblem { get; set; } = "";
    [Required] public List<ResearchQuestion> ResearchQuestions { get; set; } = new();
    public MainFinding? MainFinding { get; set; }
    [Description("Editorial note, shown on the about page.")] public string? Note { get; set; }
    [Description("Contact details (e-mail addresses, phone numbers) that may be published, e.g. an institution's switchboard")] public List<string> AllowedContacts { get; set; } = new();
    [Description("Interface texts of the site that differ from its language's (theme/i18n), e.g. statement: In the report's words")] public Dictionary<string, string> Strings { get; set; } = new();
    /// <summary>The abstract as plain text, from the chapter <see cref="Publication.AbstractChapter"/> names; set when the study is prepared.</summary>
    public string? Abstract { get; internal set; }

    // The publication's fields as the theme has always read them (site.study.degree …); empty where the type has none.
    public string Degree => Publication.GenreText;
    public string Programme => Publication.Programme ?? "";
    public string Institution => Publication.Institution ?? Publication.Publisher ?? "";
    /// <summary>Degree (or genre), programme and institution, those the type has, for a line such as the home page's.</summary>
    public IReadOnlyList<string> PublicationParts => new[] { Degree, Programme, Institution }.Where(p => p.Length > 0).ToList();

    [Description("URL words of the site that differ from its language's (theme/i18n), e.g. quotes: citations. Published addresses are cited: add redirects when you change one.")] public Dictionary<string, string> Urls { get; set; } = new();
    [Description("The public address of the published site, e.g. https://example.org/: canonical links, citations and the sitemap use it. --base-url overrides it; without either, Netlify's $URL is used, else addresses are root-relative.")] public string? Url { get; set; }
    [Description("What the privacy checks look for besides e-mail addresses and international phone numbers.")] public PrivacySettings? Privacy { get; set; }
    [Description("What the study calls its cases, e.g. school/schools; the plural is the URL segment.")] public CaseTerm CaseTerm { get; set; } = new();
}

public sealed class CaseTerm : Entity
{
    [Required] public string Singular { get; set; } = "case";
    [Required] public string Plural { get; set; } = "cases";
    [Description("The URL word of the cases' pages, when the plural's slug is not the one wanted (or the plural has no letters a–z), e.g. schools.")] public string? Path { get; set; }
}

public sealed class Person : Entity
{
    [Required] public string Given { get; set; } = "";
    [Required] public string Family { get; set; } = "";

    public string FullName => $"{Given} {Family}";
}

public sealed class ResearchQuestion : Entity, IStableKey
{
    string IStableKey.StableKey => "Question:" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Required] public int Number { get; set; }
    [Required] public string Text { get; set; } = "";
    public string? Rationale { get; set; }
    [Description("The section of the discussion that answers the question, e.g. 5.1")] public string? DiscussionSection { get; set; }

    public Section? Discussion { get; internal set; }
    /// <summary>The codes that name this question.</summary>
    public List<Code> Codes { get; } = new();
    public List<Finding> Findings { get; } = new();
    public IEnumerable<Quote> Quotes => Codes.SelectMany(c => c.AllQuotes).Distinct();
    public string Url { get; internal set; } = "";
}

public sealed class MainFinding : Entity
{
    [Required] public string Summary { get; set; } = "";
    public List<MainFindingElement> Elements { get; set; } = new();
}

public sealed class MainFindingElement : Entity
{
    [Required] public string Title { get; set; } = "";
    [Required] public string Text { get; set; } = "";
}
