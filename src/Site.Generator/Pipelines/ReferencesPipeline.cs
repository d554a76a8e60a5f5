using Site.Generator.Engine;
using Site.Generator.Rendering;
using Site.Generator.Urls;

namespace Site.Generator.Pipelines;

/// <summary>
/// Works cited (/references/ in English) and the documents of the document studies (/documents/), each with the sections citing
/// them. With a bibliography file, the works page is the study's reference list, rendered by citeproc-js in its
/// first citation style; without one, it is the index of works.yml. Also the study's share image (og:image).
/// </summary>
public sealed class ReferencesPipeline(SiteContext site) : PagePipeline(site)
{
    /// <summary>A bibliography entry as the reference list shows it.</summary>
    public sealed record ReferenceView(Model.Work Work, Html Reference);

    protected override IEnumerable<PageSpec> PageSpecs()
    {
        var references = Site.Model.Works.Where(w => w.ReferenceHtml is not null).Select(w => new ReferenceView(w, new Html(w.ReferenceHtml!))).ToList();
        yield return new PageSpec("works", Page(Site.Urls.Works, "works", T("works"), T("works_description"), HomeCrumb), ("references", references));
        yield return new PageSpec("documents", Page(Site.Urls.Documents, "documents", T("documents"), T("documents_description"), HomeCrumb));
    }

    protected override IEnumerable<PipelineDocument> ExtraFiles() =>
        [PipelineDocument.Create(Citations.ShareImage.Path.TrimStart('/')) with { Bytes = Citations.ShareImage.Draw(Site.Model) }];
}
