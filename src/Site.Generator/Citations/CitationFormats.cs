namespace Site.Generator.Citations;

/// <summary>
/// Writes a <see cref="Citation"/> in the formats researchers import; one class per format does the work. The
/// styled references (APA, Chicago, …) are citeproc-js's (<see cref="StudyCitations"/>).
/// </summary>
public static class CitationFormats
{
    public static string BibTex(Citation c) => BibTexEntry.Write(c);

    public static string Ris(Citation c) => RisRecord.Write(c);

    public static string CslJson(Citation c) => CslItem.Json(c);
}
