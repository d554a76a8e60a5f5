namespace Site.Generator.Model;

/// <summary>An interview quote: first-order data, verbatim.</summary>
public sealed class Quote : IdentifiedEntity
{
    [Required, Description("Verbatim, without quotation marks")] public string Text { get; set; } = "";
    [Required, YamlKey("speaker"), Description("Informant id")] public string SpeakerId { get; set; } = "";
    [Required, YamlKey("codes"), Description("The ids of its codes, at any level of the coding")] public List<string> CodeIds { get; set; } = new();
    [Description("Number of the table of representative quotes it stands in")] public int? Table { get; set; }
    [YamlKey("case"), Description("Case id, where the speaker does not imply it")] public string? CaseId { get; set; }
    [Description("Editorial note, shown with the quote")] public string? Note { get; set; }
    [YamlKey("variant_of"), Description("Id of the quote this one words differently: the same utterance printed twice (a table and the running text). Counts count the utterance once.")] public string? VariantOfId { get; set; }

    /// <summary>Position in the data (file order), used for 'order in the thesis'.</summary>
    public int Order { get; internal set; }

    // Relations, set when the study is linked.
    public Informant Speaker { get; internal set; } = null!;
    /// <summary>Its codes, in the order the data names them; the first is the one it is listed under.</summary>
    public List<Code> Codes { get; } = new();
    /// <summary>For each level of the coding, the quote's codes there and the codes above them: its place in the hierarchy.</summary>
    public IReadOnlyList<LevelCodes> CodesByLevel =>
        Codes.SelectMany(c => c.SelfAndAncestors()).Distinct().GroupBy(c => c.Level).OrderBy(g => g.Key.Depth)
            .Select(g => new LevelCodes(g.Key, g.ToList())).ToList();
    /// <summary>The research questions of its codes.</summary>
    public IEnumerable<ResearchQuestion> Questions => Codes.Select(c => c.Question).OfType<ResearchQuestion>().Distinct();
    /// <summary>The quote's case: its own, or its speaker's.</summary>
    public Case? Case { get; internal set; }
    /// <summary>True when the case is the speaker's inferred one (the quote names none of its own).</summary>
    public bool CaseIsInferred => CaseId is null && Speaker?.CaseIsInferred == true;
    /// <summary>Every section where the quote stands, in reading order.</summary>
    public List<Section> Sections { get; } = new();
    public List<Finding> Findings { get; } = new();
    /// <summary>The concepts of the findings the quote supports.</summary>
    public IEnumerable<Concept> Concepts => Findings.SelectMany(f => f.Concepts).Distinct();
    public string Url { get; internal set; } = "";
    /// <summary>The quote this one is another wording of (same speaker, case and theme); null for an utterance's first wording.</summary>
    public Quote? VariantOf { get; internal set; }
    /// <summary>The other wordings of this utterance, when it is the first.</summary>
    public List<Quote> Variants { get; } = new();
    /// <summary>The other printed wordings of the same utterance, whichever of them this is.</summary>
    public IEnumerable<Quote> OtherWordings => VariantOf is { } first ? first.Variants.Where(v => v != this).Prepend(first) : Variants;
}

/// <summary>The codes of one level that a quote or finding is coded with.</summary>
public sealed record LevelCodes(CodingLevel Level, IReadOnlyList<Code> Codes);
