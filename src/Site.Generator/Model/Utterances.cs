namespace Site.Generator.Model;

/// <summary>
/// What a count of quotes counts: utterances. Where the thesis prints one utterance twice in different words (a
/// table and the running text), the study keeps both wordings verbatim, the second with <c>variant_of</c>; every
/// count on the site counts the utterance once, through this.
/// </summary>
public static class Utterances
{
    /// <summary>The quotes that are an utterance's first wording.</summary>
    public static IEnumerable<Quote> Of(IEnumerable<Quote> quotes) => quotes.Where(q => q.VariantOf is null);

    public static int Count(IEnumerable<Quote> quotes) => quotes.Count(q => q.VariantOf is null);
}
