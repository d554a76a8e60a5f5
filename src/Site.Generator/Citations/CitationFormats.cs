namespace Site.Generator.Citations;

/// <summary>Writes a <see cref="Citation"/> in the formats researchers paste or import; one class per format does the work.</summary>
public static class CitationFormats
{
    /// <summary>APA 7 reference as plain text, as a reference manager's citeproc renders it.</summary>
    public static string Apa(Citation c) => ApaReference.Text(c);

    /// <summary>The same APA 7 reference as HTML, with the title in italics.</summary>
    public static string ApaHtml(Citation c) => ApaReference.Html(c);

    public static string Chicago(Citation c) => ChicagoReference.Text(c);

    public static string BibTex(Citation c) => BibTexEntry.Write(c);

    public static string Ris(Citation c) => RisRecord.Write(c);

    public static string CslJson(Citation c) => CslItem.Json(c);
}
