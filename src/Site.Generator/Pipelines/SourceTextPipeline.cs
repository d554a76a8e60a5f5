using Site.Generator.Engine;
using Site.Generator.Urls;
using Site.Generator.Validation;

namespace Site.Generator.Pipelines;

/// <summary>
/// The source text the quotes were taken from, as a page and as a file: the provenance of every quote. Published
/// without the contact details it holds (the appendices' phone numbers and e-mail addresses), each marked with
/// the note the chapters use; the input file itself stays unchanged, since the quotes are checked against it.
/// </summary>
public sealed class SourceTextPipeline(SiteContext site) : PagePipeline(site)
{
    private string FileName => Site.Urls.Words["source_text_file"];

    private IReadOnlyList<ContactRedaction.Segment>? _segments;

    private IReadOnlyList<ContactRedaction.Segment> Segments =>
        _segments ??= ContactRedaction.Redact(Site.Model.SourceText!, Site.Contacts);

    protected override IEnumerable<PageSpec> PageSpecs()
    {
        if (Site.Model.SourceText is null) yield break;
        yield return new PageSpec("source-text", Page(Site.Urls.SourceText, "source-text", T("source_text"), T("source_text_description"), HomeCrumb),
            ("segments", Segments), ("redacted", Segments.Any(s => s.Redacted)), ("file", Site.Urls.SourceText + FileName));
    }

    protected override IEnumerable<PipelineDocument> ExtraFiles() =>
        Site.Model.SourceText is null ? [] : [TextFile(Site.Urls.SourceText.TrimStart('/') + FileName, ContactRedaction.AsText(Segments, T("contact_redacted")))];
}
