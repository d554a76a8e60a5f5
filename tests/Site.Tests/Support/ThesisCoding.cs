using Site.Generator.Model;

namespace Site.Tests.Support;

/// <summary>The thesis's two levels of coding (Gioia: aggregate dimensions over themes), read from a loaded study.</summary>
public static class ThesisCoding
{
    public static List<Code> Dimensions(this StudyModel model) => model.Coding.Codes;

    public static IEnumerable<Code> Themes(this StudyModel model) => model.Coding.Codes.SelectMany(d => d.Codes);

    /// <summary>The one code a quote of the thesis has: its theme.</summary>
    public static string ThemeId(this Quote quote) => quote.CodeIds.Single();
}
